"""Issue 17's thirty-fourth people round (the lead's reading of the week of 2020-06-01): a given
name's own spelling keeps its gender when folding makes it another gender's name ("Jeri" is not
"Jerry"); a relative's full name opening a sentence is not read through the shared surname as an
earlier namesake; a glued "LABEL:Headline" teaser line is page furniture; bodies, prizes and shops
named after someone are no people; "of <place>" after a name, a plural title before it, a closing
bracket inside it are no part of it. Names and sentences invented."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsprism.ingest.clean import explain
from newsprism.nlp.entity_cleaning import clean_entities, name_text
from newsprism.nlp.entity_lists import non_person_label
from newsprism.people.names import given_name_gender
from newsprism.people.salience import read_article
from newsprism.quotes.extract import extract_quotes

CHIEF = (
    "LEDGEWATER — Ledgewater Chief Teri Vandermeer has condemned the shooting at the depot.\n\n"
    "But Vandermeer sees the unrest from an unusual place.\n\n"
    "She is one of very few women to lead a big city force.\n\n"
    "She said the footage was hard to watch.\n\n"
    '"It broke my heart," she said.\n\n'
    "Her sons are 24 and 26. One, Marcus Vandermeer, plays hockey in Sweden.\n\n"
    '"We must stay calm," she said.'
)


def test_a_spelling_keeps_its_own_gender():
    assert given_name_gender("Teri") == "female"  # folds to "Terry", listed for men too
    assert given_name_gender("Jerri") == "female"  # folds to "Jerry", Gerald's nickname
    assert given_name_gender("Bibi") == "male"  # a hand-listed nickname keeps its folded route


def test_she_is_the_woman_the_article_is_about(nlp):
    found = {q.text: q.speaker for q in extract_quotes(nlp(CHIEF), "t1")}
    assert found["It broke my heart"] == "Teri Vandermeer"
    assert found["We must stay calm"] == "Teri Vandermeer"


def test_a_relatives_full_name_is_not_read_as_an_earlier_namesake(nlp):
    text = (
        "Judge Walter Okoro heard the case on Monday. His son is a lawyer.\n\n"
        "Ben Okoro, who often quotes his father, posted a long message on Tuesday."
    )
    doc = nlp(text)
    article = read_article(doc, lambda offset: False)
    at = text.index("Ben Okoro")
    assert (at, "Walter Okoro") not in article.subjects


def test_a_glued_teaser_line_is_furniture():
    text = (
        "The council met on Monday to vote on the budget.\n\n"
        "PSNI:Chief Dana Roe apologises after saying the march was 'a disgrace'\n\n"
        "Pay talks:3 unions walk out of the meeting over pensions\n\n"
        "Ana Ruiz said: We will vote again next week.\n\n"
        "The vote is set for 10:30 on Friday."
    )
    reasons = dict(explain(text))
    assert reasons["PSNI:Chief Dana Roe apologises after saying the march was 'a disgrace'"] == "topic_link"
    assert reasons["Pay talks:3 unions walk out of the meeting over pensions"] == "topic_link"
    assert reasons["Ana Ruiz said: We will vote again next week."] is None
    assert reasons["The vote is set for 10:30 on Friday."] is None


def test_bodies_named_after_someone_are_no_people():
    assert non_person_label("Velma Okafor Fellowships") == "ORG"
    assert non_person_label("Hattie Morrow List") == "ORG"  # "List" is a surname too, after a name
    assert non_person_label("Brannock Nations") == "ORG"
    assert non_person_label("Ida Fenn Cycles") == "ORG"
    assert non_person_label("Robert B. List") is None  # after an initial: a man named List
    assert non_person_label("Robert List") is None
    assert non_person_label("Midtown Corvallis") == "GPE"


def _cleaned(nlp, words, pos, ents):
    doc = Doc(nlp.vocab, words=words, pos=pos)
    doc.ents = [Span(doc, s, e, label) for s, e, label in ents]
    return [(doc[r.start : r.end].text, r.label) for r in clean_entities(doc, frozenset({"PERSON", "ORG"}))]


def test_a_place_after_of_is_no_part_of_the_name(nlp):
    words = ["Rep.", "Dana", "Kowalski", "of", "Ohio", "is", "retiring", "."]
    pos = ["PROPN", "PROPN", "PROPN", "ADP", "PROPN", "AUX", "VERB", "PUNCT"]
    assert _cleaned(nlp, words, pos, [(1, 5, "PERSON")]) == [("Dana Kowalski", "PERSON")]


def test_a_plural_title_typed_org_is_the_first_person_of_a_list(nlp):
    words = ["Presidents", "Harlow", ",", "Fenwick", "and", "Dobbs", "used", "it", "."]
    pos = ["NOUN", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PRON", "PUNCT"]
    found = _cleaned(nlp, words, pos, [(0, 2, "ORG"), (3, 4, "PERSON"), (5, 6, "PERSON")])
    assert found[0] == ("Harlow", "PERSON")


def test_a_bracket_closed_inside_a_name_is_no_part_of_its_name(nlp):
    words = ["to", "exploit", "(", "Jonas", ")", "Farrow", "'s", "death", "."]
    spaces = [True, True, False, False, True, False, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    assert name_text(doc[3:6]) == "Jonas Farrow"  # written "(Jonas) Farrow", span "Jonas) Farrow"
    assert name_text(doc[2:6]) == "(Jonas) Farrow"  # both brackets: a nickname's, kept
