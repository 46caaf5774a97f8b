"""Behaviour of the quotes stage on invented news text, with the real spaCy pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.evaluation import quotes as quote_eval
from newsprism.quotes.extract import extract_quotes, make_quotes_component

GOLD = Path(__file__).resolve().parents[2] / "eval" / "quotes_gold"


def only(found, fragment: str):
    matches = [q for q in found if fragment in q.text]
    assert len(matches) == 1, [q.text for q in found]
    return matches[0]


def test_direct_quote_with_inverted_speaker_and_appositive(quotes_of):
    found = quotes_of(
        "Talks resumed in Lisbon on Monday.\n\n"
        "“We are ready to sign the agreement this week,” said Laura Mendes, the trade minister of "
        "Portugal, after the first session."
    )
    quote = only(found, "ready to sign")
    assert quote.kind == "direct"
    assert quote.text == "We are ready to sign the agreement this week"
    assert quote.speaker == "Laura Mendes"
    assert quote.cue == "said"
    assert quote.speaker_type == "PERSON"


def test_split_quote_parts_share_the_pronoun_speaker(quotes_of):
    found = quotes_of(
        "Anna Petrova, the agency's spokeswoman, briefed reporters on Monday.\n\n"
        '"We are ready," she said. "The rest is up to them."'
    )
    first, second = only(found, "We are ready"), only(found, "The rest is up")
    assert first.speaker == second.speaker == "Anna Petrova"
    assert first.speaker_mention == "she"
    assert first.kind == second.kind == "direct"


def test_partial_quote_inside_reported_speech(quotes_of):
    found = quotes_of(
        "Tom Becker, a spokesman for the port authority, spoke on Friday. Becker said the office had "
        'been "encouraging" talks between the unions for months.'
    )
    quote = only(found, "encouraging")
    assert quote.kind == "partial"
    assert quote.speaker == "Tom Becker"  # the surname at the cue, the full name as introduced
    assert quote.speaker_mention == "Becker"


def test_quote_running_over_paragraphs_keeps_its_speaker(quotes_of):
    found = quotes_of(
        '"The harvest was the worst in twenty years," Ruth Adler said. "We lost half the wheat.\n\n'
        '"Next year we will plant earlier and hope for rain."'
    )
    assert [q.speaker for q in found] == ["Ruth Adler"] * 3
    assert found[2].text == "Next year we will plant earlier and hope for rain."


def test_quotation_with_no_cue_continues_the_previous_speaker(quotes_of):
    found = quotes_of(
        '"The river rose two meters in an hour," said Jonas Berg, who farms near the dam.\n\n'
        '"Nobody warned us. Nobody came."'
    )
    assert only(found, "Nobody warned us").speaker == "Jonas Berg"


def test_indirect_speech_three_ways(quotes_of):
    said_that = only(
        quotes_of("Mayor Paul Brandt said that the bridge would reopen in May."), "bridge would reopen"
    )
    assert (said_that.kind, said_that.text, said_that.speaker) == (
        "indirect",
        "the bridge would reopen in May",
        "Paul Brandt",
    )
    said_after = only(quotes_of("The bridge will reopen in May, Paul Brandt said."), "bridge will")
    assert (said_after.kind, said_after.speaker) == ("indirect", "Paul Brandt")
    assert said_after.text == "The bridge will reopen in May"
    according = quotes_of("According to the regional transport office, the bridge will reopen in May.")
    quote = only(according, "bridge will reopen")
    assert quote.kind == "indirect" and quote.cue == "according to"
    assert quote.text == "the bridge will reopen in May"


def test_person_of_a_place_is_the_speaker_not_the_place(quotes_of):
    found = quotes_of(
        "Ohio Lawmaker Opposes Budget\n\nSenator Jo Reed of Ohio said on Monday that she would vote "
        "against the budget."
    )
    assert only(found, "vote against").speaker == "Jo Reed"


def test_pronoun_resolves_to_most_recent_person(quotes_of):
    found = quotes_of(
        "Carla Diaz, a nurse at the city hospital, has worked nights for eleven years.\n\n"
        '"We are exhausted, and nobody is listening," she told reporters.'
    )
    assert only(found, "exhausted").speaker == "Carla Diaz"


def test_title_resolves_to_the_person_introduced_with_it(quotes_of):
    found = quotes_of(
        "Chilean President Marta Solis met Peruvian President Diego Vargas in Lima on Tuesday.\n\n"
        '"We need a lasting agreement on water," the Chilean president said.'
    )
    quote = only(found, "lasting agreement")
    assert quote.speaker == "Marta Solis"
    assert quote.speaker_mention == "the Chilean president"


def test_role_with_appositive_name(quotes_of):
    found = quotes_of(
        '"Our position has not changed," said a Foreign Ministry spokesperson, Liang Wei, at a briefing.'
    )
    assert only(found, "position has not changed").speaker == "Liang Wei"


def test_organisations_and_countries_speak(quotes_of):
    found = quotes_of(
        "Norway's Ministry of Fisheries announced new quotas on Monday. The ministry said in a statement "
        "that the cod stock had recovered.\n\nBrazil said it would send a delegation to the talks."
    )
    ministry = only(found, "cod stock")
    assert ministry.kind == "indirect"
    assert "Ministry of Fisheries" in ministry.speaker and ministry.speaker_type == "ORG"
    brazil = only(found, "send a delegation")
    assert (brazil.speaker, brazil.speaker_type) == ("Brazil", "GPE")


def test_unnamed_official_gets_no_name(quotes_of):
    found = quotes_of(
        "Maria Lopez, the labour minister, opened the meeting.\n\n"
        '"We disagree with the proposal," a government official told reporters.'
    )
    quote = only(found, "We disagree")
    assert quote.speaker is None
    assert quote.speaker_mention == "a government official"


def test_titles_nicknames_and_disclaimers_are_not_quotes(quotes_of):
    found = quotes_of(
        'Her novel "The Silent Orchard" won the prize on Thursday. Boxer Leon "The Hammer" Diaz '
        "watched from the front row.\n\n"
        '"I wrote it in one winter," said the author, Ilse Brandt.\n\n'
        '" The views expressed here are those of the author and do not necessarily reflect those of '
        'the Daily Courier."'
    )
    texts = [q.text for q in found]
    assert not any("Silent Orchard" in t or "Hammer" in t for t in texts)
    assert all(q.speaker is None for q in found if "views expressed" in q.text)
    assert only(found, "one winter").speaker == "Ilse Brandt"


def test_pronoun_never_names_the_person_the_quote_talks_about(quotes_of):
    found = quotes_of('Coach Pablo Ruiz resigned on Monday.\n\n"Ruiz let us all down," he said.')
    quote = only(found, "let us all down")
    assert quote.speaker is None and quote.speaker_mention == "he"


def test_scare_quote_without_speaker_has_no_person(quotes_of):
    found = quotes_of('The so-called "peace dividend" never arrived in the border towns.')
    quote = only(found, "peace dividend")
    assert quote.kind == "partial" and quote.speaker is None


def test_apostrophes_brackets_and_nested_quotes(quotes_of):
    found = quotes_of(
        "Russia’s envoy said the talks’ outcome wasn’t settled and it’s too early to judge.\n\n"
        '"The people [of the region] deserve answers," said Omar Haddad. '
        "\"He told me: 'Never give up,'\" he added."
    )
    assert not any(q.text.startswith("s ") or q.kind == "partial" for q in found)
    assert only(found, "[of the region]").speaker == "Omar Haddad"
    nested = only(found, "Never give up")
    assert nested.text == "He told me: 'Never give up,'" and nested.speaker == "Omar Haddad"


def test_mixed_quote_starts_inside_a_sentence(quotes_of):
    found = quotes_of(
        'Judge Ana Ruiz told the defendant that he had betrayed "every family in this town. You made '
        'a choice."'
    )
    quote = only(found, "every family")
    assert quote.kind == "mixed" and quote.speaker == "Ana Ruiz"


def test_spacy_component_stores_quotes_on_the_doc(nlp):
    doc = nlp('"It works," said Pia Lund.')
    component = make_quotes_component(nlp, "newsprism_quotes")
    assert [q.speaker for q in component(doc)._.quotes] == ["Pia Lund"]


def test_empty_text_has_no_quotes(nlp):
    assert extract_quotes(nlp(""), "empty") == []


@pytest.mark.parametrize(
    ("split", "minimum"),
    [
        ("dev", 0.95),
        ("test", 0.95),
        ("test2", 0.93),
        ("test3", 0.95),
        ("test4", 0.93),
        ("test5", 0.95),
        ("test6", 0.94),
        ("test7", 0.86),
    ],
)
def test_gold_set_span_and_speaker_f1(nlp, split, minimum):
    articles = quote_eval.load_gold(GOLD / f"{split}.jsonl")
    predictions = {a.article_id: extract_quotes(nlp(a.text), a.article_id) for a in articles}
    scored = quote_eval.score_gold(articles, predictions)
    assert scored["span"][2] >= 0.95
    assert scored["span_speaker"][2] >= minimum, scored["problems"]


def test_basil_recall(nlp, shared):
    data = shared / "data" / "basil-dev"
    if not data.is_dir():
        pytest.skip(f"{data} is not present")
    articles = quote_eval.load_basil(data)[:50]
    predictions = {a: extract_quotes(nlp(text), a) for a, text, _ in articles}
    scored = quote_eval.score_basil(articles, predictions)
    assert scored["span_recall"] >= 0.9
    assert scored["person_speaker_accuracy"] >= 0.7
