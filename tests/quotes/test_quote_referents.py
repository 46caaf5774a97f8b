"""quotes.referents and the participle cue rule: a bare name is a surname; a speech participle
hung on a named subject's clause inside a report is that subject's."""

from __future__ import annotations

from newsprism.quotes import rules
from newsprism.quotes.extract import extract_quotes

SQUARE = (
    "Reporter Mohammed Jamjoom filed from the square on Friday, Jamjoom said.\n\n"
    "The activist Yanar Mohammed joined the crowd near the bridge.\n\n"
    '"We will stay here until every one of our demands is met," Mohammed said.\n'
)

THREAT = (
    "Roger Stone was convicted on Friday of lying to Congress.\n\n"
    "Prosecutors said Stone also had confronted the witness, saying he was "
    '"going to take that dog away from you."\n'
)


def _speakers(nlp, text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in extract_quotes(nlp(text), "a")}


def test_a_bare_name_is_the_surname_of_the_person_called_so(nlp):
    spoken = _speakers(nlp, SQUARE)
    assert spoken["We will stay here until every one of our demands is met"] == "Yanar Mohammed"


def test_a_participle_of_a_named_subject_inside_a_report_is_that_subjects(nlp):
    assert _speakers(nlp, THREAT)["going to take that dog away from you."] == "Roger Stone"
    with rules.switched_off(["participle_speaker"]):
        assert _speakers(nlp, THREAT)["going to take that dog away from you."] != "Roger Stone"
