"""Issue-20 missed events of stop 44 (branch types44b): a member removed from a committee is
expelled as from an office, and a court's finding told in a that-clause is a ruling."""

from __future__ import annotations

import pytest
from test_events import events_of

from newsprism.events import rules


def _events(nlp, text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(e.type, e.mode, list(e.recipients)) for e in events_of(nlp, text)]


@pytest.mark.parametrize(
    "text, removed",
    [
        ("The majority leader removed Alvarez from the budget committee after the indictment.", "Alvarez"),
        ("The chairwoman removed him from the oversight panel on Friday.", "him"),
    ],
)
def test_removal_from_a_committee_is_an_expulsion(nlp, text, removed):
    assert ("SANCTION", "expel", [removed]) in _events(nlp, text)
    with rules.switched_off(["bodies_left"]):
        assert not any(t == "SANCTION" for t, _, _ in _events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The staff removed the old chairs from the committee room.",
        "The clerk removed the bill from the committee's agenda.",
    ],
)
def test_things_removed_from_a_committee_are_no_expulsion(nlp, text):
    assert not any(t == "SANCTION" for t, _, _ in _events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The appeals court found that the county had violated the voting law.",
        "A federal judge held that the ordinance was unconstitutional.",
        "The tribunal concluded that the ministry had breached the contract.",
    ],
)
def test_a_court_finding_is_a_ruling(nlp, text):
    assert [t for t, _, _ in _events(nlp, text)][:1] == ["SANCTION"]
    with rules.switched_off(["court_findings"]):
        assert not any(t == "SANCTION" for t, _, _ in _events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The court held a hearing on the motion on Tuesday.",
        "The judge found time to meet the students after the session.",
        "Researchers found that the river had risen two feet.",
    ],
)
def test_no_finding_without_a_court_and_a_clause(nlp, text):
    assert not any(t == "SANCTION" for t, _, _ in _events(nlp, text))


@pytest.mark.parametrize(
    "text, judged",
    [
        ('The mayor said the commissioner "can\'t be trusted" with the budget.', "commissioner"),
        ("Activists said Ortega could not be believed.", "Ortega"),
    ],
)
def test_someone_denied_trust_is_criticised(nlp, text, judged):
    assert ("ACCUSE", "disapprove", [judged]) in _events(nlp, text)
    with rules.switched_off(["distrusted"]):
        assert not any(t == "ACCUSE" for t, _, _ in _events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The auditor said the figures cannot be trusted.",
        '"We can\'t be trusted with this," the treasurer said.',
        "The mayor said the commissioner can be trusted.",
    ],
)
def test_no_distrust_of_things_oneself_or_without_negation(nlp, text):
    assert not any(t == "ACCUSE" for t, _, _ in _events(nlp, text))


def test_a_role_word_subject_acts(nlp):
    text = "The coach praised the quarterback after the game."
    assert [t for t, _, _ in _events(nlp, text)] == ["SUPPORT"]
    with rules.switched_off(["role_actors"]):
        assert _events(nlp, text) == []


def test_distrust_only_thought_is_no_criticism(nlp):
    assert _events(nlp, "Many voters think the commissioner can't be trusted.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The senator said the governor is not fit to serve.", "ACCUSE"),
        ("The senator said neither Alvarez nor Brooks is fit to lead the party.", "ACCUSE"),
        ("The senator said the governor is fit to serve.", "SUPPORT"),
    ],
)
def test_fitness_for_a_post_judges_someone(nlp, text, expected):
    assert [t for t, _, _ in _events(nlp, text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The senator made an impassioned case for Alvarez at the convention.",
            ("SUPPORT", None, ["Alvarez"]),
        ),
        ("The anchor offered a spirited defense of the spokeswoman.", ("SUPPORT", None, ["spokeswoman"])),
        ("Critics made the case against the nominee on Tuesday.", ("ACCUSE", "disapprove", ["nominee"])),
    ],
)
def test_a_case_pleaded_for_someone(nlp, text, expected):
    assert expected in _events(nlp, text)
    with rules.switched_off(["cases_pleaded"]):
        assert expected not in _events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator made the case for the highway bill.",
        "The garrison mounted a defense of the city.",
        "He was asked to make his case against the governor.",
    ],
)
def test_no_plea_for_things_places_or_pleas_asked(nlp, text):
    assert not any(t in ("SUPPORT", "ACCUSE") for t, _, _ in _events(nlp, text))


@pytest.mark.parametrize(
    "text, judged",
    [
        ('"The commissioner should be ashamed of himself," the mayor said.', "commissioner"),
        ("The mayor said Alvarez should be embarrassed by the vote.", "Alvarez"),
    ],
)
def test_a_reproach_is_criticism(nlp, text, judged):
    assert ("ACCUSE", "disapprove", [judged]) in _events(nlp, text)
    with rules.switched_off(["shamed"]):
        assert ("ACCUSE", "disapprove", [judged]) not in _events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        '"I should be ashamed," the mayor said.',
        "The mayor said she was ashamed of the vote.",
        "The mayor said nobody should be embarrassed to ask for help.",
    ],
)
def test_no_reproach_of_oneself_or_a_feeling_told(nlp, text):
    assert not any(t == "ACCUSE" for t, _, _ in _events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said anybody who signed the letter should be embarrassed.",
        "The mayor said no governor should ever be ashamed of asking for help.",
    ],
)
def test_no_reproach_of_no_one_in_particular(nlp, text):
    assert not any(t == "ACCUSE" for t, _, _ in _events(nlp, text))
