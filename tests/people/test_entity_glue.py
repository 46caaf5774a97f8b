"""A word a scraped page glued onto a name ("Mara Lynn VeltThe") is cut off the name's entity."""

from __future__ import annotations

from newsprism.nlp.entity_glue import glue_point, in_hyphen_chain
from newsprism.nlp.entity_repairs import repaired_entities


def test_a_glued_dictionary_word_or_name_is_cut_where_the_name_is_written_alone():
    standalone = frozenset({"Velt", "Orrin", "McTavish"})
    assert glue_point("VeltThe", standalone) == 4
    assert glue_point("VeltMORE", standalone) == 4
    assert glue_point("VeltDemocrats", standalone) == 4
    assert glue_point("VeltOrrin", standalone) == 4  # another name of the article
    assert glue_point("VeltAmash", standalone) == 4  # a long capitalised word: a headline's name
    assert glue_point("VeltQzo", standalone) == 0  # neither a word, nor seen alone, nor long
    assert glue_point("KettleThe", standalone) == 0  # the head is no word of the article


def test_inner_capitals_of_one_name_are_kept():
    standalone = frozenset({"Mc", "Mac", "De", "Le", "Tavish", "Vos", "Bron"})
    for word in ("McTavish", "MacTavish", "DeVos", "LeBron"):
        assert glue_point(word, standalone) == 0


def test_the_pipeline_ends_a_hover_cards_name_at_the_glue(nlp):
    text = (
        "Former deputy director Andrew Velt Andrew George VeltThe curious timeline began. "
        "Aide Mara Oskin Mara Lynn OskinMORE called on Friday."
    )
    persons = [e.text for e in repaired_entities(nlp(text)) if e.label_ == "PERSON"]
    assert "Andrew George Velt" in persons or "Andrew Velt" in persons
    assert not [p for p in persons if p.endswith(("The", "MORE"))]
    assert "Mara Oskin" in persons


def _persons(doc) -> list[str]:
    return [e.text for e in repaired_entities(doc) if e.label_ == "PERSON"]


def test_a_dictionary_word_after_a_possessive_is_the_owners_thing_not_a_given_name(nlp):
    from spacy.tokens import Doc

    words = ["bad", "ones", "and", "Acme", "'s", "Libra", "Velt", "has", "considered", "it"]
    pos = ["ADJ", "NOUN", "CCONJ", "PROPN", "PART", "PROPN", "PROPN", "AUX", "VERB", "PRON"]
    ents = ["O", "O", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    assert _persons(Doc(nlp.vocab, words=words, pos=pos, ents=ents)) == ["Velt"]
    words[5] = "Mara"  # a given name after a possessive is the person's: "Acme's Mara Velt"
    assert _persons(Doc(nlp.vocab, words=words, pos=pos, ents=ents)) == ["Mara Velt"]


def test_a_hover_cards_given_name_read_with_the_name_before_starts_the_card(nlp):
    from spacy.tokens import Doc

    words = ["said", "President", "Velt", "Andrew", "George", "Velt", "on", "Friday"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "B-PERSON", "I-PERSON", "O", "O"]
    doc = Doc(nlp.vocab, words=words, ents=ents)
    from newsprism.nlp.entity_glue import split_glued_names

    split_glued_names(doc)
    assert [e.text for e in doc.ents] == ["Velt", "Andrew George Velt"]


def test_a_person_span_holding_a_possessive_is_the_owner_or_the_full_name_owned(nlp):
    from spacy.tokens import Doc

    words = ["Velt", "’s", "Twitter", "post", "came", "late"]
    pos = ["PROPN", "PART", "PROPN", "NOUN", "VERB", "ADV"]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O"]
    assert _persons(Doc(nlp.vocab, words=words, pos=pos, ents=ents)) == ["Velt"]
    words = ["Acme", "'s", "Mara", "Velt", "came", "late"]
    pos = ["PROPN", "PART", "PROPN", "PROPN", "VERB", "ADV"]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"]
    assert _persons(Doc(nlp.vocab, words=words, pos=pos, ents=ents)) == ["Mara Velt"]


def test_a_card_missing_its_given_name_takes_it_and_a_glued_given_name_is_cut(nlp):
    from spacy.tokens import Doc

    from newsprism.nlp.entity_glue import split_glued_names

    words = ["Andrew", "Velt", "Andrew", "George", "Velt", "said", "so"]
    doc = Doc(nlp.vocab, words=words, ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    split_glued_names(doc)
    assert [e.text for e in doc.ents] == ["Andrew George Velt"]
    assert glue_point("VeltJon", frozenset({"Velt"})) == 4  # a given name glued on: the next name


def test_a_hyphenated_given_name_is_taken_whole(nlp):
    """spaCy stops "Moon Jae-in" at the hyphen; a short syllable after it belongs to the name, a
    dictionary word ("Biden-led") does not."""
    doc = nlp("South Korean President Moon Jae-in met Kim Jong-un. Joe Biden-led talks went on.")
    names = [s.text for s in repaired_entities(doc) if s.label_ == "PERSON"]
    assert "Moon Jae-in" in names and "Kim Jong-un" in names
    assert "Joe Biden" in names


def test_a_bracket_glued_to_a_surname_ends_the_name(nlp):
    """ "Rep. Doug Collins(R-Ga.)": the tokenizer keeps "Collins(R" whole; the name ends at "("."""
    assert glue_point("Collins(R", frozenset()) == len("Collins")
    assert glue_point("(R", frozenset()) == 0
    doc = nlp("Rep. Doug Collins(R-Ga.) of Georgia, the ranking member, disagreed on Tuesday.")
    assert "Doug Collins" in [s.text for s in repaired_entities(doc) if s.label_ == "PERSON"]


def test_two_entities_the_article_writes_elsewhere_as_one_are_joined(nlp):
    from spacy.tokens import Span

    from newsprism.nlp.entity_joins import join_split_names

    doc = nlp.make_doc("Cambridge Analytica denied it. Facebook suspended Cambridge Analytica on Friday.")
    doc.ents = [
        Span(doc, 0, 2, label="PERSON"),
        Span(doc, 5, 6, label="ORG"),
        Span(doc, 7, 8, label="GPE"),
        Span(doc, 8, 9, label="PERSON"),
    ]
    join_split_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Cambridge Analytica", "PERSON"),
        ("Facebook", "ORG"),
        ("Cambridge Analytica", "PERSON"),
    ]
    doc = nlp.make_doc("Texas Ted Cruz spoke. Ted Cruz left.")
    doc.ents = [
        Span(doc, 0, 1, label="GPE"),
        Span(doc, 1, 3, label="PERSON"),
        Span(doc, 5, 7, label="PERSON"),
    ]
    join_split_names(doc)
    assert len(doc.ents) == 3


def test_a_piece_of_a_word_of_three_hyphenated_parts_is_inside_a_compound(nlp):
    """ "Bel" of "Bel-a-Mare" is a piece of a place's name; one part more ("Harlan-era",
    "Min-jun", "Ross-Whitcombe") is no compound of that kind."""
    doc = nlp(
        "Guests dined at Bel-a-Mare while Park Min-jun praised the Harlan-era rules of Ada Ross-Whitcombe."
    )
    at = {t.text: t.i for t in doc}
    assert in_hyphen_chain(doc, at["Bel"], at["Bel"] + 1)
    assert in_hyphen_chain(doc, at["Mare"], at["Mare"] + 1)
    for word in ("Min", "Harlan", "Ross"):
        assert not in_hyphen_chain(doc, at[word], at[word] + 1), word
