"""quotes.blocks: paragraphs quoted without marks (after a colon lead-in, list lines, transcripts)."""

from __future__ import annotations

from newsprism.quotes import rules
from newsprism.quotes.extract import extract_quotes


def _quotes(nlp, text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in extract_quotes(nlp(text), "a")]


def test_a_paragraph_after_said_in_a_statement_colon_is_the_speakers_words(nlp):
    text = (
        "Senator Maria Lopez criticized the budget on Monday. She said in a statement:\n\n"
        "The budget cuts vital services for families and we will fight it at every step.\n\n"
        "Mayor Tom Reed wrote on Twitter:\n\n"
        "We will rebuild this city together. Thank you to every first responder. "
        "pic.twitter.com/abc123 — Tom Reed (@TomReed) June 11, 2020\n\n"
        "The council meets again next week."
    )
    found = _quotes(nlp, text)
    assert (
        "The budget cuts vital services for families and we will fight it at every step.",
        "Maria Lopez",
        "direct",
    ) in found
    # the embed's signature and picture link are not the mayor's words
    assert (
        "We will rebuild this city together. Thank you to every first responder.",
        "Tom Reed",
        "direct",
    ) in found
    assert not any("council meets" in words for words, _, _ in found)
    with rules.switched_off(["blocks"]):
        assert not any(words.startswith("We will rebuild") for words, _, _ in _quotes(nlp, text))


def test_list_lines_after_a_reporting_lead_in_are_reported_by_its_speaker(nlp):
    text = (
        "Economist Jane Park says the state should try a few measures first:\n\n"
        "Cut the sales tax on food\n\nExpand the earned income credit\n\nRaise the minimum wage\n\n"
        '"It would help," Park said.'
    )
    found = _quotes(nlp, text)
    for line in ("Cut the sales tax on food", "Expand the earned income credit", "Raise the minimum wage"):
        assert (line, "Jane Park", "indirect") in found


def test_a_lead_in_without_speech_is_not_a_quote(nlp):
    text = "The storm closed three roads on Monday:\n\nMain Street, the bridge and Route 9 stayed shut for hours.\n"
    assert _quotes(nlp, text) == []


def test_transcript_labels_name_each_turns_speaker_and_a_nested_report_is_not_separate(nlp):
    text = (
        "AMY GOODMAN: Welcome to the program. What happened on Monday?\n\n"
        "JOHN SMITH: Well, the vote failed and the senator walked out.\n\n"
        "AMY GOODMAN: Why did she do that?\n\n"
        "JOHN SMITH: She said the bill was unfair to workers.\n"
    )
    found = _quotes(nlp, text)
    assert found == [
        ("Welcome to the program. What happened on Monday?", "Amy Goodman", "direct"),
        ("Well, the vote failed and the senator walked out.", "John Smith", "direct"),
        ("Why did she do that?", "Amy Goodman", "direct"),
        ("She said the bill was unfair to workers.", "John Smith", "direct"),
    ]


def test_labels_that_are_not_people_are_not_speakers(nlp):
    text = (
        "UPDATE: The vote was moved to Tuesday.\n\nREAD MORE: Senate passes the bill\n\n"
        "Photo: Getty Images\n\nThe senator left early."
    )
    assert _quotes(nlp, text) == []


def test_question_and_answer_lines_give_answers_to_the_interviewee_and_leave_questions_unnamed(nlp):
    text = (
        "Governor Ellen Marsh sat down with us on Friday. Marsh spoke about the budget, and Marsh "
        "said she would sign it. Marsh also spoke about schools.\n\n"
        "Q: Will you sign the bill?\n\nA: Yes, I will sign it this week.\n\n"
        "Q: What about the schools?\n\nA: We will fund every one of them.\n"
    )
    found = {words: speaker for words, speaker, _ in _quotes(nlp, text)}
    assert found["Will you sign the bill?"] is None
    assert found["What about the schools?"] is None
    assert found["Yes, I will sign it this week."] == "Ellen Marsh"
    assert found["We will fund every one of them."] == "Ellen Marsh"


def test_an_embedded_post_goes_to_its_signer_and_prose_after_a_lead_in_is_not_a_quote(nlp):
    text = (
        "Reporter Dana Fox shared a post from the senator. Fox tweeted:\n\n"
        "We will not back down on this bill. — Carla Mendes (@CarlaMendes) June 3, 2020\n\n"
        "Analyst Rob Hale gave an interview:\n\n"
        "The plan described by Hale would not pass the Senate, aides said on Friday.\n\n"
        "Hale gave a second interview:\n\n"
        "The plan that Hale wrote is the best one we have seen in years.\n\n"
        "Our Coverage Continues:\n\n"
        "The vote is set for Tuesday morning in the chamber.\n"
    )
    found = _quotes(nlp, text)
    assert ("We will not back down on this bill.", "Carla Mendes", "direct") in found
    assert not any(speaker == "Rob Hale" for _, speaker, _ in found)  # the aides report it
    assert not any(words.startswith("The vote is set") for words, _, _ in found)


def test_a_writers_question_and_answer_explainer_is_not_an_interview(nlp):
    text = (
        "Oil prices fell again on Monday. Analyst Kim Lowe expects more falls.\n\n"
        "Q: WHY ARE OIL PRICES FALLING?\n\nA: Demand for fuel dropped as travel slowed.\n\n"
        "Q: WHAT DOES IT MEAN FOR DRIVERS?\n\nA: Cheaper gasoline, Lowe says, for a while.\n"
    )
    found = _quotes(nlp, text)
    assert not any(words.startswith(("WHY ARE", "Demand for fuel")) for words, _, _ in found)
    assert not any(speaker == "Kim Lowe" and words.startswith("Demand") for words, speaker, _ in found)


def test_a_writers_list_of_grades_by_name_is_not_a_transcript(nlp):
    text = (
        "Here is how the candidates did in the debate.\n\n"
        "Ted Cruz: A strong night, and Mr. Cruz knew it.\n\n"
        "John Kasich: Ran with his cranky routine. Not a good look.\n\n"
        "Ben Carson: The thrill appears to be gone.\n"
    )
    assert _quotes(nlp, text) == []
