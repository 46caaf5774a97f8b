"""Headlines, hover cards and particles around names on real news pages (issue 17): a headline's
verb is no part of a name, a surname run into its full name is two names, an Arabic article
before a surname does not change whose it is, and a twin introduced as a relative is still the
subject of his own article. Invented names and sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsprism.entities.bearers import person_shaped
from newsprism.entities.mentions import extract_mentions
from newsprism.entities.name_repair import clean_person_name
from newsprism.models import Article
from newsprism.nlp.entity_lists import (
    before_hover_card,
    is_headline_verb,
    non_person_label,
    person_list_parts,
)
from newsprism.people import names


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Attacks Mara Velt", "Mara Velt"),  # a list of a politician's tweet topics
        ("Attacks N.F.L.", ""),  # the verb and an acronym: no one's name
        ("Praises Velt", "Velt"),
        ("Pro-Velt", "Velt"),  # a stance prefix
        ("Anti-Velt", "Velt"),
        ("Burns Velt", "Burns Velt"),  # a verb form that is a surname stays
    ],
)
def test_a_headline_verb_or_stance_prefix_before_a_name_is_cut(written, name):
    assert clean_person_name(written) == name


def test_headline_verbs_are_capitalised_third_person_forms_that_are_no_names():
    assert is_headline_verb("Slams") and is_headline_verb("Says") and is_headline_verb("Denies")
    assert not is_headline_verb("slams")  # written in a sentence: not a headline
    assert not is_headline_verb("Burns") and not is_headline_verb("Banks")  # surnames


def _doc(nlp, words: list[str], label: str, start: int, end: int) -> Doc:
    """A parse given by hand: ``words[start:end]`` is one entity of ``label``."""
    ents = ["O"] * len(words)
    ents[start] = f"B-{label}"
    for i in range(start + 1, end):
        ents[i] = f"I-{label}"
    pos = ["PROPN" if w[:1].isupper() else "NOUN" for w in words]
    return Doc(nlp.vocab, words=words, pos=pos, ents=ents)


def test_two_names_around_a_headline_verb_are_two_people(nlp):
    doc = _doc(nlp, ["Justice", "Quill", "Slams", "Velt", "in", "rebuke"], "PERSON", 1, 4)
    assert person_list_parts(doc, 1, 4, "PERSON") == [(1, 2), (3, 4)]


def test_a_surname_run_into_its_full_name_is_two_names(nlp):
    words = ["dump", "Quill", "for", "Velt", "Nikki", "Velt", ":", "truthful"]
    doc = _doc(nlp, words, "ORG", 3, 6)
    assert person_list_parts(doc, 3, 6, "ORG") == [(3, 4), (4, 6)]
    doc = _doc(nlp, ["Nikki", "Velt", "Nikki", "Quill"], "PERSON", 0, 4)  # no repeat: not split so
    assert person_list_parts(doc, 0, 4, "PERSON") != [(0, 1), (1, 4)]


def test_a_hover_card_with_a_bracketed_nickname_ends_the_name(nlp):
    words = ["Nikki", "Velt", "Zorimra", "(", "Nikki", ")", "VeltVelt", "seeks", "calm"]
    doc = _doc(nlp, words, "PERSON", 0, 3)
    assert before_hover_card(doc, 0, 3) == 2  # "Zorimra" is no listed given name, the bracket says so


def test_an_arabic_article_before_a_surname_is_the_same_surname():
    assert names.compatible(names.parse_person("Bashir al-Qadiri"), names.parse_person("Qadiri"))
    assert names.compatible(names.parse_person("Bashir Qadiri"), names.parse_person("Bashir al-Qadiri"))
    assert names.parse_person("Al Velt").first == "al"  # the given name Al stays
    assert names.parse_person("Ursula von der Quill").last.startswith("vonder")  # other particles glue


def test_an_organisation_full_name_with_an_unlisted_given_name_may_join_a_person():
    assert person_shaped("ORG", "Zorvath Kelling")  # "Tulsi Gabbard" typed ORG
    assert not person_shaped("ORG", "Analytica Group")


def test_a_slogan_around_a_name_is_nobody():
    assert non_person_label("Screw Velt") == ""


def _mentions(nlp, text: str):
    return extract_mentions(nlp(text), Article(article_id="a1", source="t", text=text))


def test_the_twin_an_article_is_about_takes_the_bare_surname(nlp):
    text = (
        "Joaquin Velt faces backlash for a tweet. Rep. Joaquin Velt, the twin brother and campaign "
        "chairman of presidential hopeful Julian Velt, posted a list of donors. Julian Velt said nothing. Joaquin Velt defended the list. "
        "Velt said he would not delete it."
    )
    bare = [m for m in _mentions(nlp, text) if m.text == "Velt"]
    assert bare and all(m.local_name == "Joaquin Velt" for m in bare)


def test_a_relative_named_after_the_subject_does_not_take_the_surname(nlp):
    text = (
        "President Mara Velt met the governor. Her daughter Ines Velt joined them. "
        "Mara Velt spoke first. Velt said the talks went well."
    )
    bare = [m for m in _mentions(nlp, text) if m.text == "Velt"]
    assert bare and all(m.local_name != "Ines Velt" for m in bare)


def test_a_date_before_a_title_is_no_part_of_the_role(nlp):
    """ "Yesterday President Velt spoke", parsed with the date word attached to the name."""
    from newsprism.entities.mention_roles import title_phrase as _title_phrase

    words = ["Yesterday", "President", "Velt", "spoke", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
        heads=[2, 2, 3, 3, 3],
        deps=["npadvmod", "compound", "nsubj", "ROOT", "punct"],
        ents=["B-DATE", "O", "B-PERSON", "O", "O"],
    )
    assert _title_phrase(doc, 2, doc[2]) == "President"


def test_a_count_before_a_title_is_no_part_of_the_role(nlp):
    """ "80 angered President Velt" (a count of people, then a verb read as an adjective): the
    role is the title alone; a year in front of a title stays ("2020 presidential candidate")."""
    from newsprism.entities.mention_roles import title_phrase as _title_phrase

    def role(words, pos, tags):
        doc = Doc(
            nlp.vocab,
            words=words,
            pos=pos,
            heads=[len(words) - 3] * (len(words) - 3) + [len(words) - 2] * 3,
            deps=["amod"] * (len(words) - 3) + ["nsubj", "ROOT", "punct"],
            ents=tags + ["B-PERSON", "O", "O"],
        )
        return _title_phrase(doc, len(words) - 3, doc[len(words) - 3])

    words = ["80", "angered", "President", "Velt", "spoke", "."]
    assert (
        role(words, ["NUM", "ADJ", "PROPN", "PROPN", "VERB", "PUNCT"], ["B-CARDINAL", "O", "O"])
        == "President"
    )
    words = ["2020", "presidential", "candidate", "Velt", "spoke", "."]
    pos = ["NUM", "ADJ", "NOUN", "PROPN", "VERB", "PUNCT"]
    assert role(words, pos, ["O", "O", "O"]) == "2020 presidential candidate"


def test_county_and_caucus_names_are_no_people():
    assert non_person_label("Dorval County") == "GPE"
    assert non_person_label("Orleans Parish") == "GPE"
    assert non_person_label("Freedom Caucus") == "ORG"


def test_a_one_word_name_with_its_own_article_is_a_thing(nlp):
    from newsprism.nlp.entity_lists import names_a_thing

    words = ["A", "hard", "Grexlow", "looms", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["DET", "ADJ", "PROPN", "VERB", "PUNCT"],
        heads=[2, 2, 3, 3, 3],
        deps=["det", "amod", "nsubj", "ROOT", "punct"],
    )
    assert names_a_thing(doc, 2, 3)
    words = ["The", "Donald", "spoke", "."]  # a given name keeps its article
    pos, deps = ["DET", "PROPN", "VERB", "PUNCT"], ["det", "nsubj", "ROOT", "punct"]
    doc = Doc(nlp.vocab, words=words, pos=pos, heads=[1, 2, 2, 2], deps=deps)
    assert not names_a_thing(doc, 1, 2)


def test_a_hover_card_repeating_the_given_name_is_no_surname_run_into_a_name(nlp):
    words = ["Secretary", "Mara", "Velt", "Mara", "VeltFox", "'s", "host", "says"]
    doc = _doc(nlp, words, "PERSON", 1, 4)  # the model's span "Mara Velt Mara"
    assert person_list_parts(doc, 1, 4, "PERSON") == [(1, 3)]


def test_a_hover_card_whose_surname_runs_into_the_next_headline_is_the_person(nlp):
    from newsprism.nlp.entity_glue import split_glued_names

    words = ["Speaker", "Dana", "Quillon", "Dana", "QuillonOvernight", "Energy", ":", "talks", "end"]
    doc = _doc(nlp, words, "PERSON", 1, 3)  # the model tags the card as nothing
    split_glued_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Dana Quillon", "PERSON"), ("Dana Quillon", "PERSON")]
    assert doc[5].text == "Overnight"  # the headline's word is cut off the surname
    words = ["Sen.", "Dana", "Quillon", "Dana", "Marie", "QuillonGOP", "senators", "balk"]
    doc = _doc(nlp, words, "PERSON", 1, 5)  # the model ran the name into the card's first words
    split_glued_names(doc)
    assert [e.text for e in doc.ents] == ["Dana Quillon", "Dana Marie Quillon"]
    doc = _doc(nlp, ["Dana", "Quillon", "met", "QuillonCorp", "staff"], "PERSON", 0, 2)
    split_glued_names(doc)
    assert [e.text for e in doc.ents] == ["Dana Quillon"]  # a lower-case word between: no card
