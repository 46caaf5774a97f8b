"""Issue 20 (branch events49): leftovers of the earlier rounds and blind30's false events as general
rules: one person fighting no one, thanks naming no doer, a belief in a relative clause, a state kept,
"not a single" doer, an owed act's infinitive, a consequence warned of after "must ... or", the
author's own text, a tally "so far", and a hostile plan held off (CONCEDE); invented sentences."""

from __future__ import annotations

from test_events import events_of

from newsprism.events import rules


def _first(nlp, text: str) -> str | None:
    found = events_of(nlp, text)
    return found[0].type if found else None


def test_one_person_fighting_no_one_is_no_fight(nlp):
    text = "Senator Odile Marchetti has fought on the front lines."
    assert _first(nlp, text) is None
    with rules.switched_off(["lone_fights"]):
        assert _first(nlp, text) == "ASSAULT"
    assert _first(nlp, "The governor wanted to show his supporters he was fighting back.") is None
    # a force fighting, or someone fought, stays a fight
    assert _first(nlp, "Tarsian fighters fought on the front lines near Ostrava.") == "ASSAULT"
    assert _first(nlp, "He fought the police outside the stadium.") == "ASSAULT"


def test_thanks_naming_no_doer_thank_no_one(nlp):
    text = '"I am thankful that most of the ordinance has been blocked," resident Lina Oduya said.'
    assert _first(nlp, text) is None
    with rules.switched_off(["thanks_for_states"]):
        assert _first(nlp, text) == "SUPPORT"
    assert (
        _first(nlp, '"I am very thankful that he let go of the extra staff," Mayor Pell said.') == "SUPPORT"
    )


def test_a_belief_in_a_relative_clause_judges_no_one(nlp):
    text = (
        "Governor Pell has not been shy about using his pardon power to help allies and those he believes"
        " have been wronged by the courts."
    )
    assert _first(nlp, text) is None
    with rules.switched_off(["relative_beliefs"]):
        assert _first(nlp, text) == "ACCUSE"


def test_a_state_kept_is_no_aid(nlp):
    text = (
        "Many Tollan senators have said they will not vote for spending legislation to keep the federal"
        " government funded past a Monday deadline."
    )
    assert _first(nlp, text) is None
    with rules.switched_off(["kept_states"]):
        assert _first(nlp, text) == "AID"
    assert _first(nlp, "The Tarsian ministry funded the rebels in Ostrava.") == "AID"


def test_not_a_single_doer_did_it(nlp):
    text = (
        "Talk show host Bram Teller told the Daily Ledger that not a single listener called in to his morning"
        " program to express support for Mayor Quill."
    )
    assert _first(nlp, text) is None
    with rules.switched_off(["not_a_single"]):
        assert _first(nlp, text) == "SUPPORT"
    assert _first(nlp, "One senator voted to support Mayor Quill.") == "SUPPORT"


def test_the_infinitive_of_an_owed_act_is_owed(nlp):
    text = "Tarsia's envoy must convince the council elders to accept the deal."
    assert _first(nlp, text) is None
    with rules.switched_off(["owed_complements"]):
        assert _first(nlp, text) == "AGREE"


def test_a_consequence_warned_of_after_must_or_is_no_act(nlp):
    text = "The rights must be granted to the groups we dislike or sooner or later they will be denied to the groups we favour."
    assert _first(nlp, text) is None
    with rules.switched_off(["warned_consequences", "unannounced_futures"]):  # a bare forecast too
        assert _first(nlp, text) == "REJECT"


def test_the_authors_own_text_does_no_act(nlp):
    from newsprism.events.aimless import aims_at_no_one
    from newsprism.events.lexicon import load_lexicon

    doc = nlp("The Marlow agency has restored many of the listings discussed in this article.")
    discussed = next(t for t in doc if t.lower_ == "discussed")
    assert aims_at_no_one(discussed, load_lexicon())
    with rules.switched_off(["own_text"]):
        assert not aims_at_no_one(discussed, load_lexicon())
    other = nlp("The Marlow agency has restored many of the listings discussed in the council.")
    assert not aims_at_no_one(next(t for t in other if t.lower_ == "discussed"), load_lexicon())


def test_a_tally_so_far_is_no_one_event(nlp):
    text = "So far, nine governors have rejected the plan."
    assert _first(nlp, text) is None
    with rules.switched_off(["tallies_so_far"]):
        assert _first(nlp, text) == "REJECT"
    assert _first(nlp, "So far the Ostravan rebels have refused to give in to the demands.") == "REJECT"


def test_a_hostile_plan_held_off_is_a_concession(nlp):
    text = "The Tarsian president delayed plans to raise tariffs on Ostravan goods."
    found = events_of(nlp, text)
    assert found[0].type == "CONCEDE" and "president" in found[0].actors[0]
    with rules.switched_off(["halted_plans"]):
        assert _first(nlp, text) == "THREATEN"
    assert (
        _first(nlp, "The Tarsian president announced plans to raise tariffs on Ostravan goods.") == "THREATEN"
    )
