"""The events stage on invented sentences: types, participants, flags, place, date, quotes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsprism.cli.main import app
from newsprism.events.extract import actor_spans, extract_events, load_lexicon
from newsprism.ingest.layout import layout_of
from newsprism.models import Article, Quote

PUBLISHED = "2023-03-09"  # a Thursday


def events_of(nlp, text: str, published: str | None = PUBLISHED, quotes=None):
    doc = nlp(text)
    return extract_events(
        doc, Article(article_id="t1", source="test", text=text, published=published), quotes
    )


def main_event(nlp, text: str, **kwargs):
    found = events_of(nlp, text, **kwargs)
    assert found, f"no event in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The two parties agreed to form a coalition government.", "AGREE"),
        ("The foreign ministers of Peru and Chile held talks in Lima.", "CONSULT"),
        ("The mayor praised the firefighters for their courage.", "SUPPORT"),
        ("The junta lifted the nationwide curfew after a week.", "CONCEDE"),
        ("Customs agencies of the two states shared intelligence on smugglers.", "COOPERATE"),
        ("Japan donated ten ambulances to hospitals in Manila.", "AID"),
        ("The militia withdrew from the oil fields on Monday.", "RETREAT"),
        ("The farmers' union urged the government to cut fuel taxes.", "REQUEST"),
        ("The prosecutor accused the bank of laundering money.", "ACCUSE"),
        ("The council rejected the developer's proposal for a new stadium.", "REJECT"),
        ("The rebels threatened to attack the capital.", "THREATEN"),
        ("Thousands of teachers marched through the capital demanding higher pay.", "PROTEST"),
        ("The United States imposed sanctions on three shipping companies.", "SANCTION"),
        ("The government deployed troops to the southern provinces.", "MOBILIZE"),
        ("Police arrested six journalists outside the ministry.", "COERCE"),
        ("Gunmen attacked a bus carrying pilgrims, killing nine people.", "ASSAULT"),
    ],
)
def test_each_type(nlp, text, event_type):
    assert main_event(nlp, text).type == event_type


def test_conjoined_actors_and_location(nlp):
    event = main_event(nlp, "Brazil and Argentina met in Moscow on Thursday.")
    assert event.type == "CONSULT"
    assert event.actors == ["Brazil", "Argentina"]
    assert event.location == "Moscow"
    assert (event.date, event.date_granularity, event.date_text) == ("2023-03-09", "day", "on Thursday")


def test_light_verb_with_recipient(nlp):
    event = main_event(nlp, "The European Union imposed sanctions on Belarus last week.")
    assert event.type == "SANCTION"
    assert event.trigger == "imposed sanctions"
    assert event.recipients == ["Belarus"]
    assert (event.date, event.date_granularity) == ("2023-02-27", "week")


def test_person_name_without_title(nlp):
    event = main_event(nlp, "Chinese President Xi Jinping criticized the new tariffs.")
    assert event.actors == ["Xi Jinping"]


def test_offsets_point_at_the_names(nlp):
    text = "Rebels in the north attacked an army convoy near Kano."
    event = main_event(nlp, text)
    assert event.type == "ASSAULT"
    for (start, end), name in zip(actor_spans(event), event.actors, strict=True):
        assert text[start:end] == name
    for (start, end), name in zip(event.recipient_offsets, event.recipients, strict=True):
        assert text[start:end] == name
    assert text[event.trigger_start :].startswith("attacked")
    assert (event.start, event.end) == (0, len(text))
    assert event.actor_entity_ids == [None] * len(event.actors)


def test_passive_agent_is_actor(nlp):
    event = main_event(nlp, "Two aid workers were abducted by gunmen in the province.")
    assert event.type == "ASSAULT"
    assert event.actors == ["gunmen"]
    assert "aid workers" in event.recipients[0]


def test_negated_acts_are_kept_only_on_request(nlp):
    text = "The two sides did not agree on a timetable."
    assert events_of(nlp, text) == []  # an act said not to have happened is no event
    doc = nlp(text)
    kept = extract_events(doc, Article(article_id="t1", source="test", text=text), keep_negated=True)
    assert kept[0].type == "AGREE" and kept[0].negated
    assert not main_event(nlp, "The two sides agreed on a timetable.").negated
    refusal = main_event(nlp, "The two sides refused to agree on a timetable.")  # a refusal is an act
    assert refusal.type == "REJECT" and not refusal.negated


def test_negated_setting_keeps_them(nlp, monkeypatch):
    from newsprism.events import extract

    monkeypatch.setenv("NEWSPRISM_EVENTS_NEGATED", "true")
    extract.negated_kept.cache_clear()
    try:
        found = events_of(nlp, "The two sides did not agree on a timetable.")
    finally:
        monkeypatch.delenv("NEWSPRISM_EVENTS_NEGATED")
        extract.negated_kept.cache_clear()
    assert found and found[0].negated


def test_future(nlp):
    event = main_event(nlp, "The prime minister will meet union leaders on Monday.")
    assert event.type == "CONSULT" and event.future and not event.hypothetical
    assert (event.date, event.date_granularity) == ("2023-03-13", "day")
    assert main_event(nlp, "The envoy plans to visit Tehran next week.").future
    assert main_event(nlp, "The leaders are scheduled to meet in Oslo.").future


def test_hypothetical_hostile_act_is_a_threat_when_someone_says_it(nlp):
    event = main_event(
        nlp, "Washington could impose tariffs on steel from Vietnam, the trade secretary said."
    )
    assert event.type == "THREATEN" and event.hypothetical
    conditional = main_event(nlp, "If the talks fail, the army would attack the town, a commander said.")
    assert conditional.hypothetical and conditional.type == "THREATEN"
    # said by no one it is the writer's speculation, not a threat
    assert not events_of(nlp, "Washington could impose tariffs on steel from Vietnam.")


def test_reported_promise_is_an_agreement_by_the_speaker(nlp):
    event = main_event(nlp, "Iraq said it would allow the inspectors to return.")
    assert event.type == "AGREE" and event.future
    assert event.actors == ["Iraq"]


def test_reported_demand_on_another(nlp):
    event = main_event(nlp, "The minister said Syria must withdraw its troops.")
    assert event.type == "REQUEST"
    assert event.actors == ["minister"] and event.recipients == ["Syria"]


def test_complement_is_part_of_the_event(nlp):
    found = events_of(nlp, "The rebels threatened to shell the city.")
    assert [e.type for e in found] == ["THREATEN"]
    assert found[0].mode == "violence"


def test_several_events_main_first(nlp):
    found = events_of(nlp, "Police arrested 30 protesters after the crowd burned a police station.")
    types = [e.type for e in found]
    assert types[0] == "COERCE" and "COERCE" in types and len(found) == 2


def test_modifier_is_not_an_event(nlp):
    assert events_of(nlp, "The meeting room was painted blue.") == []
    assert events_of(nlp, "She works at the protest museum.") == []


def test_event_noun_with_participants(nlp):
    event = main_event(nlp, "A meeting between the two foreign ministers took place in Cairo.")
    assert event.type == "CONSULT" and event.location == "Cairo"


def test_modes(nlp):
    assert main_event(nlp, "Jets bombed a fuel depot outside the city.").mode == "aerial"
    assert main_event(nlp, "Prisoners began a hunger strike on Monday.").mode == "strike-hun"  # PLOVER's name
    assert main_event(nlp, "The president telephoned his French counterpart.").mode == "phone"


def test_no_date_takes_publication_date(nlp):
    event = main_event(nlp, "Soldiers opened fire on the crowd.")
    assert (event.date, event.date_granularity, event.date_text) == (PUBLISHED, None, None)
    undated = main_event(nlp, "Soldiers opened fire on the crowd on Friday.", published=None)
    assert (undated.date, undated.date_granularity) == (None, None)


def test_tied_to_quote(nlp):
    text = 'The minister accused the opposition of "spreading lies about the election," he said.'
    quoted = "spreading lies about the election,"
    start = text.index(quoted)
    quote = Quote(article_id="t1", text=quoted, start=start, end=start + len(quoted), kind="partial")
    event = main_event(nlp, text, quotes=[quote])
    assert event.type == "ACCUSE"
    assert event.quote_id is None and event.quote_start == start
    quote.quote_id = "t1:q0"
    assert main_event(nlp, text, quotes=[quote]).quote_id == "t1:q0"


def test_lexicon_is_data():
    lexicon = load_lexicon()
    assert lexicon.verbs["accuse"][0] == "ACCUSE"
    assert lexicon.nouns["talks"][0] == "CONSULT"
    assert "hold" in lexicon.light_verbs


def test_reported_act_outranks_closing_attribution(nlp):
    event = main_event(
        nlp, "Soldiers beat dozens of detainees in the camp, a monitoring group charged on Friday."
    )
    assert event.type == "ASSAULT"
    assert event.actors == ["Soldiers"]


def test_verbal_protest_is_an_accusation(nlp):
    event = main_event(nlp, "The ministry is ignoring the court ruling, a lawyers' association protested.")
    assert event.type == "ACCUSE"


def test_declining_to_comment_is_no_rejection(nlp):
    assert [e.type for e in events_of(nlp, "The spokesman declined to comment on the report.")] == []
    assert main_event(nlp, "The spokesman declined the invitation.").type == "REJECT"


def test_object_control_gives_the_actor(nlp):
    # what a deal only requires is owed, not done (transparent_verbs: require), so a let-verb
    found = events_of(nlp, "The truce let the army withdraw from the valley.")
    retreat = next(e for e in found if e.type == "RETREAT")
    assert retreat.actors == ["army"]


def test_members_of_a_group_are_the_group(nlp):
    event = main_event(nlp, "Members of the farmers' union blocked the highway near Lyon.")
    assert event.type == "PROTEST"
    assert "union" in event.actors[0]


def test_undoing_a_hostile_act_is_a_concession_and_a_cooperative_one_a_sanction(nlp):
    assert main_event(nlp, "The government ended the curfew in the capital.").type == "CONCEDE"
    assert main_event(nlp, "Sweden suspended aid to the regime.").type == "SANCTION"


def test_refused_future_cooperation_is_a_rejection(nlp):
    event = main_event(nlp, "The government said it would not release the detained activists.")
    assert event.type == "REJECT"


def test_title_with_apposed_name_gives_the_name(nlp):
    event = main_event(nlp, "The Kenyan foreign minister, Amina Wekesa, arrived in Addis Ababa on Monday.")
    assert event.actors == ["Amina Wekesa"]
    assert event.type == "CONSULT" and event.location == "Addis Ababa"


def test_event_noun_takes_the_tense_of_its_verb(nlp):
    event = main_event(nlp, "The strike will begin on Friday.")
    assert event.type == "PROTEST" and event.future
    assert event.date == "2023-03-10"


def test_dateline_is_not_an_actor(nlp):
    """The events stage leaves out the dateline cleaning stored on the article (ingest.layout)."""
    for text in (
        "KAMPALA, March 3 (Wire) - Uganda and Kenya opened talks on a new pipeline.",
        "ASHBY/BELOSK (Wire) - Uganda and Kenya opened talks on a new pipeline.",
        "(Wire) - Uganda and Kenya opened talks on a new pipeline.",
    ):
        article = Article(article_id="d1", source="test", text=text, dateline=layout_of(text).dateline)
        event = extract_events(nlp(text), article)[0]
        assert event.type == "CONSULT"
        assert event.actors == ["Uganda", "Kenya"]


def test_questions_and_objectless_verbs_are_no_events(nlp):
    assert events_of(nlp, "Asked whether the deal was at risk, the minister smiled.") == []
    assert events_of(nlp, "The exhibition closes on Sunday.") == []
    assert main_event(nlp, "Bus drivers struck for better pay.").type == "PROTEST"


def test_quoted_rejection_is_the_speakers_and_tied_to_the_quote(nlp):
    text = '"We reject this proposal," the foreign minister said on Monday.'
    quoted = "We reject this proposal,"
    quote = Quote(article_id="t1", text=quoted, start=1, end=1 + len(quoted), kind="direct", quote_id="t1:q3")
    event = main_event(nlp, text, quotes=[quote])
    assert event.type == "REJECT"
    assert event.actors == ["foreign minister"]
    assert event.quote_id == "t1:q3"
    assert (event.date, event.date_granularity) == ("2023-03-06", "day")


def test_proposal_is_an_offer(nlp):
    event = main_event(nlp, "Norway proposed talks between the two governments in Oslo.")
    assert event.type == "AGREE" and event.actors == ["Norway"]
    assert main_event(nlp, "The rebels proposed to attack the airport.").type == "THREATEN"


def test_idioms_and_interviews_are_no_events(nlp):
    assert events_of(nlp, "The senator talked to reporters after the vote.") == []
    assert events_of(nlp, "Republicans could kill the bill next week.") == []


def test_block_takes_its_type_from_the_object(nlp):
    assert main_event(nlp, "Farmers blocked the highway with tractors.").type == "PROTEST"
    assert main_event(nlp, "The Senate blocked the spending bill.").type == "REJECT"


def test_some_verbs_need_someone_doing_them(nlp):
    assert events_of(nlp, "Longer deadlines allow smaller towns to count ballots.") == []
    assert main_event(nlp, "The governor allowed the shops to reopen.").type == "CONCEDE"


def test_a_surname_tagged_as_a_common_noun_still_acts(nlp):
    # the small model tags a sentence-initial "Trump" as the noun "trump"; without an article it is a name
    event = main_event(nlp, "Trump thanked the Saudi king for his support.")
    assert event.type == "SUPPORT" and event.actors == ["Trump"]


def test_court_striking_down_a_measure_is_a_sanction(nlp):
    # issue 20: court rulings are SANCTION (PLOVER: judicial decisions against a party)
    event = main_event(nlp, "The court struck down the law on Tuesday.")
    assert event.type == "SANCTION" and event.actors == ["court"] and event.trigger == "struck down"
    assert main_event(nlp, "A federal judge blocked the administration's asylum policy.").type == "SANCTION"
    passive = main_event(nlp, "The asylum rule was blocked by a federal judge.")
    assert passive.type == "SANCTION" and passive.actors == ["federal judge"]
    assert main_event(nlp, "The Senate blocked the spending bill.").type == "REJECT"  # not a court


def test_generic_opinions_are_no_events(nlp):
    assert events_of(nlp, "Most economists agree that inflation will fall next year.") == []
    assert events_of(nlp, "Many voters support a shorter working week.") == []
    assert events_of(nlp, "Residents say they support the new bus lanes.") == []
    assert events_of(nlp, "The new rules will do little to cut emissions.") == []
    assert events_of(nlp, "A poll found 63 percent of voters support the plan.") == []
    assert events_of(nlp, "Even many of his critics agree that the senator knows the subject.") == []
    assert events_of(nlp, "Policymakers and budget experts generally agree on the need to act.") == []
    assert main_event(nlp, "Most lawmakers agreed to the compromise on Friday.").type == "AGREE"
    assert events_of(nlp, "Young voters tend to support higher minimum wages.") == []
    assert events_of(nlp, "A majority of nurses oppose the new shift rules.") == []
    assert events_of(nlp, "Stocks retreated from their highs on Friday.") == []
    assert main_event(nlp, "Government troops retreated from the border town.").type == "RETREAT"


def test_parties_agreeing_or_supporting_are_still_events(nlp):
    assert main_event(nlp, "The two sides agreed that talks would resume in March.").type == "AGREE"
    assert main_event(nlp, "Several opposition parties endorsed the candidate.").type == "SUPPORT"
    assert main_event(nlp, "Russia cut diplomatic ties with Lithuania.").type == "SANCTION"


def test_joint_ventures_and_shipments_of_food(nlp):
    assert main_event(nlp, "Two carmakers formed a joint venture to build batteries.").type == "COOPERATE"
    shipment = main_event(nlp, "The agency delivered 500 tonnes of rice to flooded villages.")
    assert shipment.type == "AID" and shipment.mode == "humanitarian"


def test_recipients_inside_quantities_relations_and_conditions(nlp):
    arrest = main_event(nlp, "Police arrested dozens of protesters outside the parliament.")
    assert arrest.recipients == ["protesters"]
    threat = main_event(nlp, "Turkey threatened to break off diplomatic relations with Austria.")
    assert threat.type == "THREATEN" and threat.recipients == ["Austria"]
    strike = main_event(nlp, "Dockworkers threatened to walk out unless the port authority raised wages.")
    assert strike.recipients == ["port authority"]
    asylum = main_event(nlp, "Chile granted asylum to three Venezuelan army officers.")
    assert asylum.recipients == ["Venezuelan army officers"]


def test_equipment_from_a_force_is_the_force(nlp):
    event = main_event(nlp, "Helicopters from the navy rescued dozens of fishermen.")
    assert event.actors == ["navy"]


def _quote_at(text: str, quoted: str, cue: str | None = None) -> Quote:
    start = text.index(quoted)
    cue_start = text.index(cue) if cue else None
    return Quote(article_id="t1", text=quoted, start=start, end=start + len(quoted), kind="partial",
                 cue=cue, cue_start=cue_start)  # fmt: skip


def test_statement_added_to_a_speech_act_is_its_quote(nlp):
    # a refusal (a report denied is a statement, no event: test_event_statements.py)
    text = 'The mayor rejected the plan on Monday, saying "nothing of the kind will happen."'
    quote = _quote_at(text, "nothing of the kind will happen.", cue="saying")
    event = main_event(nlp, text, quotes=[quote])
    assert event.type == "REJECT" and event.quote_start == quote.start


def test_quote_in_another_clause_is_not_the_events(nlp):
    text = 'The minister called for talks after the rebels demanded "an end to the shelling."'
    quote = _quote_at(text, "an end to the shelling.")
    by_trigger = {e.trigger: e for e in events_of(nlp, text, quotes=[quote])}
    assert by_trigger["called for"].quote_start is None
    assert by_trigger["demanded"].quote_start == quote.start


def test_hyphenated_nouns_trailing_particles_and_amounts_in_aid(nlp):
    assert main_event(nlp, "Nurses staged a sit-in at the hospital.").type == "PROTEST"
    assert main_event(nlp, "The rebels pulled back their artillery from the hills.").type == "RETREAT"
    grant = main_event(nlp, "Japan gave $20 million in humanitarian aid to Nepal.")
    assert grant.type == "AID" and grant.recipients == ["Nepal"]
    assert main_event(nlp, "Ministers from six countries gathered in Nairobi for talks.").type == "CONSULT"


def test_only_what_a_reversal_verb_acts_on_is_undone(nlp):
    event = main_event(nlp, "The militia began withdrawing from the hills under the truce.")
    assert event.type == "RETREAT"


def test_act_after_a_preposition_takes_the_verbs_subject(nlp):
    event = main_event(nlp, "Angry villagers resorted to throwing stones at the police convoy.")
    assert event.actors == ["Angry villagers"] and event.recipients == ["police convoy"]


def test_particle_objects_bans_on_trade_and_naval_deployments(nlp):
    vote = main_event(nlp, "The assembly voted down the governor's tax plan.")
    assert vote.type == "REJECT" and vote.recipients == ["governor"]
    assert main_event(nlp, "The union banned exports of timber to the neighbouring state.").type == "SANCTION"
    assert main_event(nlp, "The navy sent three destroyers to the gulf.").type == "MOBILIZE"
    threat = main_event(nlp, "Hackers threatened to leak the files unless the city paid a ransom.")
    assert threat.recipients == ["city"]


def test_one_sentence_dispatches_are_stored_and_give_their_event(tmp_path):
    """A text of one sentence, and one whose headline is its only sentence, are articles."""
    sentence = "Police arrested six journalists outside the ministry on Tuesday."
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(sentence + "\n", encoding="utf-8")
    same = {"id": "d2", "headline": sentence, "body": sentence, "published": "2023-03-09"}
    (folder / "same.json").write_text(json.dumps(same), encoding="utf-8")
    twice = "Police arrested six journalists outside the ministry."  # a page: headline, then as body
    (folder / "twice.txt").write_text(f"{twice}\n\n{twice}\n", encoding="utf-8")
    db = str(tmp_path / "news.db")
    runner = CliRunner()
    result = runner.invoke(app, ["analyze", str(folder), "--db", db, "--processes", "1"])
    assert result.exit_code == 0, result.output
    assert "3 new, 0 updated, 0 unchanged, 0 failed articles" in result.stdout
    listed = runner.invoke(app, ["events", "--db", db, "--format", "jsonl"])
    events = [json.loads(line) for line in listed.stdout.splitlines() if line.strip()]
    assert len(events) == 3 and {e["type"] for e in events} == {"COERCE"}
    dated = next(e for e in events if e["article_id"] == "d2")
    assert dated["date"] == "2023-03-07"
