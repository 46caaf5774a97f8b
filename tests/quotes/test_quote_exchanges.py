"""quotes.exchanges: the answer to a question put to someone is theirs, never the asker's."""

from __future__ import annotations

from newsprism.quotes import rules
from newsprism.quotes.extract import extract_quotes

HEARING = (
    "Senator Amy Klobuchar questioned Judge Brett Kavanaugh on Thursday.\n\n"
    '"Was there ever a time you drank so much that you could not remember what happened?" '
    "Klobuchar asked Kavanaugh.\n\n"
    '"You are asking about blackout. I do not know. Have you?"\n\n'
    '"Could you answer the question?" Senator Dick Durbin asked him.\n\n'
    '"I am not going to answer that," he replied.\n\n'
    '"Why would anyone do that?" Durbin asked. "It makes no sense."\n'
)


def test_answers_go_to_the_one_asked_and_a_speaker_goes_on_after_a_question_to_the_air(nlp):
    found = [(q.text, q.speaker) for q in extract_quotes(nlp(HEARING), "a")]
    assert ("You are asking about blackout. I do not know. Have you?", "Brett Kavanaugh") in found
    assert ("I am not going to answer that", "Brett Kavanaugh") in found
    assert ("It makes no sense.", "Dick Durbin") in found  # no one was asked: his own turn goes on


def test_without_the_rule_the_asker_would_take_the_answer(nlp):
    with rules.switched_off(["exchanges"]):
        found = dict((q.text, q.speaker) for q in extract_quotes(nlp(HEARING), "a"))
    assert found["You are asking about blackout. I do not know. Have you?"] != "Brett Kavanaugh"
