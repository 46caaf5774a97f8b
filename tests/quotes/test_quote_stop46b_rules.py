"""Issue 17 (helper quotes46b): speakers a reader reads off the sentence's shape: "with X, now a
contributor, telling ... that", a fact check's "NAME on TOPIC: “...”", a post a relative clause
hangs on, a lone quotation after a sentence announcing someone's posts, "“A” and then continuing
“B”", and a relative introduced by a given name whose bare surname goes on. Invented text through
real spaCy; switching each group off shows what it replaces."""

from __future__ import annotations

from newsprism.quotes import rules

WITH = (
    "Governor Alan Breck denied the report on Friday.\n\n"
    "But his allies tried to dispute the allegations, with former campaign manager Hollis Stavros, "
    "now a paid contributor on a cable channel, telling “Morning Hour” that he suspected the "
    "accusations were politically motivated."
)


def test_with_name_telling_is_that_names_words(quotes_of, first_quote):
    assert first_quote(quotes_of(WITH), "he suspected").speaker == "Hollis Stavros"
    with rules.switched_off(["with_saying"]):
        assert first_quote(quotes_of(WITH), "he suspected").speaker != "Hollis Stavros"


FACT_CHECK = (
    "Senator Dana Whitlock and Governor Alan Breck met for their second debate on Sunday.\n\n"
    "WHITLOCK on the budget: “He cut the schools by half. He closed nine hospitals.”\n\n"
    "THE FACTS: The cuts were smaller than that."
)


def test_name_on_topic_lead_names_the_speaker(quotes_of, first_quote):
    assert first_quote(quotes_of(FACT_CHECK), "He cut the schools").speaker == "Dana Whitlock"
    with rules.switched_off(["name_on_topic"]):
        assert first_quote(quotes_of(FACT_CHECK), "He cut the schools").speaker is None


POSTS = (
    "Governor Alan Breck and his allies pressed their argument over the weekend.\n\n"
    "Breck opened Sunday with a series of tweets sowing doubt about the count.\n\n"
    '"The count is absolutely being rigged by the dishonest media - SAD"\n\n'
    "But his running mate disagreed."
)


def test_a_lone_quotation_after_announced_tweets_is_theirs(quotes_of, first_quote):
    assert first_quote(quotes_of(POSTS), "The count is").speaker == "Alan Breck"
    with rules.switched_off(["announced_quotation"]):
        assert first_quote(quotes_of(POSTS), "The count is").speaker is None


THEN = (
    "Governor Alan Breck spoke on Monday.\n\n"
    "Breck attacked Noyes with his first post this morning, writing: “After a clear win in the "
    "county vote (ask anyone), it is hard to govern when Carl Noyes and his friends block every "
    "bill!” and then continuing “our timid and useless chairman, Carl Noyes, held a sorry meeting "
    "where his own members turned on him”."
)


def test_and_then_continuing_is_the_same_writer(quotes_of, first_quote):
    assert first_quote(quotes_of(THEN), "our timid").speaker == "Alan Breck"


WIDOW = (
    "Years after the dissident Pavel Korin was poisoned and died in London, a judge issued a report.\n\n"
    "Korin's widow, Irina, speaking Thursday outside the court in London, welcomed the report by "
    'saying, "What my husband said before he died has now been shown to be true."\n\n'
    "She also urged Prime Minister David Lowe to act against the regime.\n\n"
    '"I am calling for the expulsion of all their agents," Korin said, "whether from the service '
    'or from other agencies."'
)


def test_a_widow_named_by_her_given_name_goes_on_under_the_surname(quotes_of, first_quote):
    assert first_quote(quotes_of(WIDOW), "What my husband").speaker == "Irina Korin"
    assert first_quote(quotes_of(WIDOW), "I am calling").speaker == "Irina Korin"
    with rules.switched_off(["kin_surname_goes_on"]):
        assert first_quote(quotes_of(WIDOW), "I am calling").speaker == "Pavel Korin"
    assert first_quote(quotes_of(WIDOW), "whether from").speaker == "Irina Korin"
