"""Issue 17's sixteenth people round (read from the unseen11 AllSides set): a condition named after
a person ("Halvorsen's syndrome"), a town written before its state and then alone, a summary box's
label in lower case ("Story highlights"), an irregular past tense in a headline, a university's
short name, and a full name of three words in a title-case list line beside its last two words."""

from __future__ import annotations

from newsprism.entities import extract_mentions
from newsprism.entities.name_repair import repair_mentions
from newsprism.models import Article
from newsprism.nlp.entity_lists import non_person_label


def _people(nlp, text: str) -> dict[str, str]:
    """Written text -> the repaired local name of every PERSON mention."""
    article = Article(article_id="a1", source="a1.txt", text=text)
    mentions = repair_mentions(extract_mentions(nlp(text), article))
    return {m.text: m.local_name for m in mentions if m.label == "PERSON"}


def test_a_condition_named_after_a_person_is_no_person(nlp):
    text = (
        "Doctors said the boy had Halvorsen's syndrome, a mild form of the disorder. "
        "Children with Halvorsen's are rarely violent, said Dr. Rena Colby. "
        "Many families live with Halvorsen's every day, Colby said."
    )
    people = _people(nlp, text)
    assert not any("Halvorsen" in t for t in people), people
    assert "Rena Colby" in people or "Dr. Rena Colby" in people, people


def test_a_person_written_in_the_possessive_stays_a_person(nlp):
    text = "Senator Halvorsen's staff met on Monday. Halvorsen's office said the bill was ready."
    assert any("Halvorsen" in t for t in _people(nlp, text))


def test_a_town_before_its_state_is_a_place_in_every_mention(nlp):
    from newsprism.nlp.entity_cleaning import Repaired
    from newsprism.nlp.person_relabels import _towns_before_a_state

    doc = nlp("A gunman struck in Marlow, Colo., killing nine. The Marlow shooting shook Edna Pike.")
    later = next(t.i for t in doc if t.text == "Marlow" and t.i > 4)
    found = [
        Repaired(4, 5, "PERSON"),
        Repaired(later, later + 1, "PERSON"),
        Repaired(later + 3, later + 5, "PERSON"),
    ]
    assert doc[later + 3 : later + 5].text == "Edna Pike"
    _towns_before_a_state(doc, found)
    assert [item.label for item in found] == ["GPE", "GPE", "PERSON"]


def test_a_state_after_a_comma_makes_a_town_but_a_titled_name_after_it_does_not(nlp):
    from newsprism.nlp.entity_lists import before_a_state

    doc = nlp("A gunman struck in Marlow, Colo., killing nine. Vigils spread to Dunmore, Colorado.")
    assert before_a_state(doc, 4, 5) and doc[4].text == "Marlow"
    dunmore = next(t.i for t in doc if t.text == "Dunmore")
    assert before_a_state(doc, dunmore, dunmore + 1)
    doc = nlp("Reporters asked Ruiz, Texas Gov. Dale Orwin and Senator Kemp about the vote.")
    assert doc[2].text == "Ruiz" and not before_a_state(doc, 2, 3)
    doc = nlp("For Quint, South Carolina is do-or-die.")
    assert not before_a_state(doc, 1, 2)
    doc = nlp("The award went to Quint, Virginia and Sam.")
    assert not before_a_state(doc, 4, 5)  # "Virginia" is a given name: a list of people


def test_a_summary_box_label_in_lower_case_is_no_person(nlp):
    from newsprism.nlp.entity_cleaning import Repaired
    from newsprism.nlp.person_relabels import _furniture_labels

    doc = nlp("Senators weigh new limits\nStory highlights Senator Mara Quint wants limits")
    story = next(t.i for t in doc if t.text == "Story")
    quint = next(t.i for t in doc if t.text == "Mara")
    found = [Repaired(story, story + 1, "PERSON"), Repaired(quint, quint + 2, "PERSON")]
    _furniture_labels(doc, found)
    assert [item.label for item in found] == ["", "PERSON"]


def test_an_irregular_past_tense_is_a_headline_word(nlp):
    from newsprism.nlp.headline_words import headline_word

    doc = nlp("If Harlow Took Executive Action On Guns, What Might Follow\n\nHarlow spoke today.")
    assert doc[2].text == "Took"
    assert headline_word(doc[2])
    assert not headline_word(doc[1])  # the name itself is no dictionary word


def test_a_university_short_name_is_an_organisation():
    assert non_person_label("Vermont Tech") == "ORG"
    assert non_person_label("Tess Holbrook") is None


def test_a_list_line_keeps_a_three_word_name_whose_last_two_words_are_written_alone(nlp):
    from newsprism.nlp.entity_cleaning import Repaired
    from newsprism.nlp.headline_trim import trim_headline_words

    doc = nlp(
        "Quetanzi Brown Fielding — US District Court For The Western District\n\n"
        "Brown Fielding was a surprising name. Colleagues praised Quetanzi’s intellect."
    )
    later = next(t.i for t in doc if t.text == "Brown" and t.i > 0)
    given = next(t.i for t in doc if t.text == "Quetanzi" and t.i > 0)
    whole = Repaired(0, 3, "PERSON")
    found = [whole, Repaired(later, later + 2, "PERSON"), Repaired(given, given + 1, "PERSON")]
    trim_headline_words(doc, found)
    assert doc[whole.start : whole.end].text == "Quetanzi Brown Fielding"
