"""Quotes given to the wrong person (issue 17, the July 2019 week read), on invented text: a
question whose long tag names the asker, an exclamation followed by a writer's sentence, a block
after a possessed speech noun, a row of glued names. Each group switched off shows its worth."""

from __future__ import annotations

from newsprism.models import Quote
from newsprism.quotes import rules
from newsprism.quotes.glued_names import unname_glued

QUESTION = (
    "Former inspector Dana Whitlow on Tuesday said that she believes the mayor could be charged "
    "after he leaves office.\n\n"
    "“Could you charge the mayor with a crime after he left office?” Rep. Colin Marsh (R-Ore.) asked "
    "Whitlow during the former inspector's testimony.\n\n"
    "“Yes,” Whitlow replied."
)


def test_a_question_goes_to_the_asker_named_in_a_long_tag(quotes_of, first_quote):
    question = first_quote(quotes_of(QUESTION), "Could you")
    assert question is not None and question.speaker == "Colin Marsh"
    with rules.switched_off(["long_closing_tag"]):
        assert first_quote(quotes_of(QUESTION), "Could you").speaker != "Colin Marsh"


EXCLAIMED = (
    "Mayor Ted Varga was pleased with the morning session. "
    "“I would like to thank the council for holding this morning's session,” he tweeted at noon. "
    "“Now, after 3 hours, Ana Pruitt has to face the budget panel - a disgrace to our town!” "
    "And while it is clear that the council won little, it is also true that Pruitt confirmed "
    "several facts that the mayor seems reluctant to admit."
)


def test_an_exclamation_is_not_tagged_by_a_cue_in_the_writers_next_clause(quotes_of, first_quote):
    now = first_quote(quotes_of(EXCLAIMED), "Now, after")
    assert now is not None and now.speaker == "Ted Varga"
    with rules.switched_off(["cue_past_closing"]):
        assert first_quote(quotes_of(EXCLAIMED), "Now, after").speaker == "Ana Pruitt"


REPLY = (
    "Governor Luis Ortega had harsh words for the reporter who asked him about the audit on Friday.\n\n"
    "The question came from Mia Grant of the Daily Ledger. She asked the governor if he was worried "
    "about the audit, something auditor Ben Hollis said he believed was likely. Here's Ortega's "
    'reply to what he called "a very unfair question":\n\n'
    '"So the audit is a hoax just like everything else. It was a witch hunt. You know why? Because '
    'you are fake news."'
)


def test_a_block_after_a_possessed_reply_is_the_possessors(quotes_of, first_quote):
    block = first_quote(quotes_of(REPLY), "So the audit")
    assert block is not None and block.speaker == "Luis Ortega"
    with rules.switched_off(["possessed_lead_in"]):
        assert first_quote(quotes_of(REPLY), "So the audit").speaker != "Luis Ortega"


ROW = (
    "Kofi Asante spoke first at the rally on Sunday. Asante said the council had failed. Ruth "
    "Bellamy agreed with him. Bellamy said she would vote against the budget. Later, Ann Marie "
    "Rodham Lowe thanked the crowd."
)


def _quote(speaker: str) -> Quote:
    return Quote(
        article_id="t1",
        text="go back",
        start=0,
        end=7,
        kind="partial",
        speaker=speaker,
        speaker_type="PERSON",
    )


def test_a_row_of_glued_names_is_no_speaker(nlp):
    doc = nlp(ROW)
    glued, one = _quote("Mara Linden Kofi Asante Ruth Bellamy"), _quote("Ann Marie Rodham Lowe")
    unname_glued(doc, [glued, one])
    assert glued.speaker is None and one.speaker == "Ann Marie Rodham Lowe"
    glued = _quote("Mara Linden Kofi Asante Ruth Bellamy")
    with rules.switched_off(["glued_names"]):
        unname_glued(doc, [glued])
    assert glued.speaker == "Mara Linden Kofi Asante Ruth Bellamy"
