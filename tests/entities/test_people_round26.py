"""Issue 17's twenty-sixth round (helper people46b): one person one entity, a role is a role.

Names are invented; the rules are general (given-names data, a copula, quotation marks)."""

from __future__ import annotations

from newsprism.entities import extract_mentions
from newsprism.entities.role_filters import no_role
from newsprism.models import Article
from newsprism.nlp.entity_cleaning import Repaired
from newsprism.nlp.given_name_orgs import given_names_before_orgs


def _roles(nlp, text: str) -> dict[str, list[str]]:
    article = Article(article_id="a1", source="a1.txt", text=text, outlet="o")
    found: dict[str, list[str]] = {}
    for m in extract_mentions(nlp(text), article):
        if m.label == "PERSON":
            found.setdefault(m.text, []).extend(m.roles)
    return found


def _token(doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


def test_a_surname_typed_org_after_a_given_name_and_a_role_noun_is_a_person(nlp):
    doc = nlp("GOP strategist and CNN commentator Ana Velardo, a vocal critic, acknowledged the problem.")
    at = _token(doc, "Velardo")
    found = [Repaired(at, at + 1, "ORG")]
    given_names_before_orgs(doc, found)
    assert (found[0].start, found[0].label) == (at - 1, "PERSON")


def test_an_org_after_a_given_name_with_no_person_cue_stays(nlp):
    doc = nlp("The deal went to Jordan Velardo, which makes pipes.")
    at = _token(doc, "Velardo")
    found = [Repaired(at, at + 1, "ORG")]
    given_names_before_orgs(doc, found)
    assert found[0].label == "ORG"


def test_a_lone_suffix_set_off_by_commas_is_nobody(nlp):
    found = _roles(nlp, "Harold Brandt, Jr., says there is no way the senator misunderstood the president.")
    assert "Jr." not in found and "Jr" not in found


def test_a_title_after_a_copula_is_its_subjects(nlp):
    found = _roles(nlp, "While Brandt is an eccentric candidate, Kessling is a poor one.")
    assert not any("candidate" in r for r in found.get("Kessling", []))


def test_a_role_inside_quotation_marks_is_the_speakers_words(nlp):
    found = _roles(
        nlp, '"Our very weak and ineffective leader, Otto Kessling, had a bad call," Brandt wrote.'
    )
    assert not any("leader" in r for r in found.get("Otto Kessling", []))


def test_roles_that_are_no_roles():
    assert no_role("thanks so much for being with us", "Henry Marlow")
    assert no_role("pet candidate", "Henry Marlow")
    assert no_role("Marlow’s longtime adviser Sidney Blumwald", "Blumwald")
    assert not no_role("Marlow’s son", "Henry Marlow Jr.")
    assert not no_role("Senate Majority Leader", "Henry Marlow")
    assert not no_role("analyst at Goldman Sachs", "Henry Marlow")
