"""Curly apostrophes: the model reads O’Connell as O'Connell, the text stays as written."""

from __future__ import annotations

import pytest

from newsprism.config import Settings
from newsprism.nlp import apostrophes
from newsprism.nlp.model import load_model
from newsprism.quotes.extract import extract_quotes

CURLY = "Host Bill O’Reilly argued the deal was finished. “It is done,” O’Reilly said."
SENTENCES = [
    CURLY,
    "Priya D’Souza, the council’s treasurer, said the budget was balanced.",
    "Maeve O’Donnell told reporters she’s not running again, and they don’t know why.",
    "“We can’t wait,” said Declan O’Hara, who’s chaired the harbor board for years.",
]


@pytest.fixture(scope="module")
def straight_nlp():
    """The pipeline as configured: the setting is on by default."""
    assert Settings.load().straight_apostrophes
    return load_model(Settings.load().model)


def _reading(doc):
    return [
        (t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_.replace("’", "'"), t.ent_iob_, t.ent_type_) for t in doc
    ]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_curly_apostrophe_is_read_as_a_straight_one(straight_nlp, text):
    """Tags, parse, lemmas and entities of the curly text are those of its straight spelling, while
    every token keeps its own characters and offsets."""
    curly = straight_nlp(text)
    straight = straight_nlp(apostrophes.straight_spelling(text))
    assert [(apostrophes.straight_spelling(t.text), t.idx) for t in curly] == [
        (t.text, t.idx) for t in straight
    ]
    assert curly.text == text
    assert _reading(curly) == _reading(straight)


def test_a_name_with_a_curly_apostrophe_is_one_proper_name_and_speaks(straight_nlp):
    doc = straight_nlp(CURLY)
    assert [t.tag_ for t in doc if t.text == "O’Reilly"] == ["NNP", "NNP"]
    assert "Bill O’Reilly" in [e.text for e in doc.ents if e.label_ == "PERSON"]
    found = extract_quotes(doc, "t1")
    assert [(q.text, q.speaker) for q in found] == [
        ("the deal was finished", "Bill O’Reilly"),
        ("It is done", "Bill O’Reilly"),
    ]
    for quote in found:
        assert CURLY[quote.speaker_start : quote.speaker_end] == quote.speaker_mention


def test_contractions_take_the_lemmas_and_parts_of_speech_of_their_straight_spelling(straight_nlp):
    doc = straight_nlp("She’s sure they’re right, but we don’t think it’ll pass.")
    read = {t.text: (t.lemma_, t.pos_) for t in doc}
    assert read["’s"] == ("be", "AUX")
    assert read["’re"] == ("be", "AUX")
    assert read["n’t"] == ("not", "PART")
    assert read["’ll"][0] == "will"


def test_quote_marks_standing_alone_keep_their_side(straight_nlp):
    """An opening ‘ is told from a closing ’ by its shape: a lone mark is no word and is left be."""
    doc = straight_nlp("She called it ‘a disgrace’ on Monday.")
    marks = {t.text: t.tag_ for t in doc if t.text in "‘’"}
    assert marks == {"‘": "``", "’": "''"}


def test_the_setting_off_leaves_the_model_as_it_was():
    """Switched off, the component is absent and the curly name is misread as before."""
    nlp = load_model(Settings.load().model, straight_apostrophes=False)
    assert apostrophes.COMPONENT not in nlp.pipe_names
    doc = nlp("Priya D’Souza, the council’s treasurer, said the budget was balanced.")
    assert "Priya D’Souza" not in [e.text for e in doc.ents]


def test_a_label_quoted_beside_a_possessed_claim_is_the_labellers(straight_nlp):
    """Read right, "Avery’s claim" is possessed; the quoted noun phrase set beside the claim is the
    governor's name for it, not Avery's words (quotes/possessed.py)."""
    text = (
        "At a rally in Dayton, Governor Lena Marsh called Senator Tom Avery’s claim “another "
        "outrageous charge.” “This is what a desperate campaign looks like,” she said."
    )
    found = extract_quotes(straight_nlp(text), "t1")
    assert [q.speaker for q in found] == ["Lena Marsh", "Lena Marsh"]
