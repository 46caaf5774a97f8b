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
        "The senator resigned this week after the ethics committee released its long report on his"
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


def test_a_passage_an_outlet_reprints_in_its_second_article_is_listed_once():
    """Two articles of one outlet reprint a passage, once with a word changed: the outlet's
    distinct statements list it for the first article only; the second shows its own instead."""
    from newsprism.models import Article
    from newsprism.stories.compare import compare_articles

    passage = (
        "Mayor Aldo Fenn wanted to look firmly in charge of the flood response, aides of the council said."
    )
    reprint = passage.replace("wanted", "has wanted")
    first = Article(
        "a1",
        "a1.txt",
        "The council closed the harbour road on Monday. " + passage,
        title="Harbour road closed",
        outlet="Harbour Wire",
        published="2018-05-16",
    )
    second = Article(
        "a2",
        "a2.txt",
        "The council reopened the harbour road on Tuesday. "
        + reprint
        + " Fishermen complained bitterly about the lost day of trade at the market.",
        title="Harbour road reopened",
        outlet="Harbour Wire",
        published="2018-05-17",
    )
    other = Article(
        "b1",
        "b1.txt",
        "The harbour road was closed by the council for a day.",
        title="Road closed",
        outlet="Coast Ledger",
        published="2018-05-16",
    )
    rows = {row["outlet"]: row for row in compare_articles([first, second, other], [], [], [], {})["outlets"]}
    listed = [(item["article_id"], item["text"]) for item in rows["Harbour Wire"]["distinct"]]
    assert ("a1", passage) in listed
    assert ("a2", reprint) not in listed
    assert any(aid == "a2" and "Fishermen" in text for aid, text in listed)
