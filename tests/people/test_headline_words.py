"""nlp.headline_words: common words of a title-case headline are not part of the name they run into."""

from __future__ import annotations

from newsprism.nlp.entity_repairs import repaired_entities
from newsprism.nlp.headline_words import headline_word, in_title_case_line


def test_a_dictionary_word_on_a_title_case_line_is_a_headline_word(nlp):
    doc = nlp(
        "Analysis: Sondland Testimony Both Injures And Helps Trump\nHe said the testimony helps nobody."
    )
    helps = next(t for t in doc if t.text == "Helps")
    assert in_title_case_line(helps) and headline_word(helps)
    said = next(t for t in doc if t.text == "He")
    assert not in_title_case_line(said)


def test_a_headline_word_before_a_surname_written_alone_is_cut(nlp):
    text = (
        "Giuliani Associate Willing To Tell Congress Nunes Met With Official\n"
        "Rep. Devin Nunes denied it. Nunes said the claim was false. Later Nunes spoke again."
    )
    people = [s.text for s in repaired_entities(nlp(text)) if s.label_ == "PERSON"]
    assert "Congress Nunes" not in people
