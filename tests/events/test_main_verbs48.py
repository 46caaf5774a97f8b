"""Issue 20 (branch events48): main-clause verbs that were no triggers (approve, direct, a court
stopping or handing down a sentence), words typed wrong (execute, recruit, "work out"), a standing
opposition to a thing and an owed act's conjunct; invented sentences."""

from __future__ import annotations

from test_events import events_of

from newsprism.events import rules


def _first(nlp, text: str) -> str | None:
    found = events_of(nlp, text)
    return found[0].type if found else None


def test_approving_a_deal_is_the_main_clause_act_not_the_relative_clause_one(nlp):
    text = "The Varn Commission approved the acquisition, a deal it rejected under the previous chairman."
    assert _first(nlp, text) == "SUPPORT"  # the approval (PLOVER), not the relative clause's REJECT
    assert _first(nlp, "The ministry approved the Tollan League's request for a rally permit.") == "CONCEDE"


def test_approving_ones_own_bill_or_approving_of_someone_is_no_event(nlp):
    assert _first(nlp, "The Corvane Senate approved the bill by a vote of 60 to 38.") is None
    assert (
        _first(nlp, "A survey found 40% of voters approving of Governor Pell's handling of the flood.")
        is None
    )


def test_directing_someone_to_act_is_a_demand_and_a_courts_direction_its_ruling(nlp):
    assert _first(nlp, "Governor Pell directed the state police to close the border crossings.") == "REQUEST"
    text = "The court directed the Corvane election board to keep the measure off the ballot."
    assert _first(nlp, text) == "SANCTION"
    assert _first(nlp, "A federal judge stopped the city of Marlow from closing the shelter.") == "SANCTION"
    # a document's provision is no one's demand
    assert _first(nlp, "The resolution directs the city of Marlow to create a commission.") is None


def test_a_sentence_handed_down_by_a_court_is_a_sanction(nlp):
    text = "The court handed down a sentence of ten years to the former mayor of Marlow."
    assert _first(nlp, text) == "SANCTION"


def test_executing_someone_is_an_attack_and_executing_a_warrant_no_event(nlp):
    assert _first(nlp, "The Tarsian regime executed three dissidents last week.") == "ASSAULT"
    assert _first(nlp, "The gunmen managed to plan and execute attacks on the Vell embassy.") == "ASSAULT"
    assert _first(nlp, "Officers executed a search warrant at the home of councillor Brannock.") is None


def test_recruiting_spies_or_volunteers_mobilises_no_one(nlp):
    assert _first(nlp, "The Tarsian agency has tried to recruit spies inside the Vell ministry.") is None
    assert (
        _first(nlp, "The Ostrava rebels have been recruiting fighters in the border villages.") == "MOBILIZE"
    )


def test_working_out_with_someone_is_no_cooperation(nlp):
    text = "In recent years, Justice Brannock has worked out twice a week with a personal trainer."
    assert _first(nlp, text) is None
    with rules.switched_off(["particle_idioms"]):
        assert _first(nlp, text) == "COOPERATE"
    assert _first(nlp, "Senator Vail worked with Governor Pell on the flood relief bill.") == "COOPERATE"


def test_being_opposed_to_a_thing_naming_no_one_is_a_view(nlp):
    text = "Asked about it, the nominee revealed that she is opposed to the legalization of cannabis."
    assert _first(nlp, text) is None
    with rules.switched_off(["standing_opposition"]):
        assert _first(nlp, text) == "REJECT"
    assert _first(nlp, "Tarsia is opposed to Ostrava's mediation in the border talks.") == "REJECT"
    assert _first(nlp, "Senator Vail is opposed to Governor Pell.") == "REJECT"
    assert _first(nlp, "Every candidate in the Vell party is opposed to the Pope.") == "REJECT"  # a role word


def test_an_owed_infinitives_conjunct_is_owed_too(nlp):
    text = "With the accord needing time to be written into law and approved by the Tarsian council, talks go on."
    assert "SUPPORT" not in [e.type for e in events_of(nlp, text)]
    with rules.switched_off(["owed_conjuncts"]):
        assert "SUPPORT" in [e.type for e in events_of(nlp, text)]


def test_deploying_a_figure_or_a_means_moves_no_forces(nlp):
    text = '"The full weight of our government is being deployed to find them," the Tarsian minister said.'
    assert _first(nlp, text) is None
    assert _first(nlp, "The Vell navy deployed three warships to the strait.") == "MOBILIZE"
