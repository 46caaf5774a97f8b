"""Distinct statements: which sentences of one outlet rank first, and which are left out."""

from newsprism.stories.compare_text import content_stems, sentences
from newsprism.stories.distinct import distinct_statements, sentence_key
from newsprism.stories.loaded import evaluative_lexicon

TEXT = (
    "The council met on Tuesday in the town hall to discuss the budget for next year. "
    "Critics called the mayor's reckless spending plan a disgraceful betrayal of taxpayers. "
    "The meeting lasted three hours and ended shortly after nine in the evening. "
    "Officials will publish the minutes of the meeting on the council website next week."
)
OTHER = "Officials will publish the minutes of the meeting on the council website next week."


def _ranked(text=TEXT, other=OTHER, quotes=()):
    found = sentences("a", text)
    shared = {sentence_key(s.text) for s in sentences("b", other)}
    matches = evaluative_lexicon().matches(text, raw=True)
    return distinct_statements(found, set(content_stems(other)), list(quotes), [], matches, text, shared)


def test_an_evaluative_sentence_ranks_above_plain_report():
    ranked = _ranked()
    assert ranked[0]["text"].startswith("Critics called the mayor's reckless")
    assert "evaluative" in ranked[0]["why"]
    for item in ranked:
        assert TEXT[item["start"] : item["end"]] == item["text"]


def test_a_sentence_another_outlet_prints_word_for_word_is_not_distinct():
    texts = [item["text"] for item in _ranked()]
    assert OTHER not in texts
    assert len(texts) == 3


def test_a_quotation_the_outlet_chose_to_print_counts_more_than_the_same_words_unquoted():
    plain = "Residents said the budget would close two libraries and a pool next year."
    quoted = "“The budget would close two libraries and a pool next year,” residents said."
    text = f"{plain} {quoted}"
    start = text.index("“")
    ranked = _ranked(text, "", [(start, text.index("”") + 1)])
    assert ranked[0]["text"] == quoted and "quotation" in ranked[0]["why"]


def test_a_sentence_restating_the_headline_or_lead_ranks_below_the_background_that_colours_it():
    event = (
        "The senator resigned on Friday after the ethics committee released its long report on his"
        " campaign funds."
    )
    background = "Two aides said the senator had kept campaign funds in a second account."
    text = f"{event} {background}"
    found = sentences("a", text)
    matches = evaluative_lexicon().matches(text, raw=True)

    def first(headline, lead=None):
        ranked = distinct_statements(found, set(), [], [], matches, text, (), headline=headline, lead=lead)
        return ranked[0]["text"]

    assert first(None) == event  # alone, the longer report of the event ranks first
    assert first("Senator resigns after ethics committee report") == background
    assert first(None, lead=event) == background  # the opening sentence states the main event too
