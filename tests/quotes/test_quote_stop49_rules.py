"""Issue 17 (helper quotes49): a report inside an outlet's report ("they say X, the Ledger
reported"; "The guild said X, according to the Ledger") is its inner speaker's; a poll run by two
bodies named with a slash is theirs; a quoted nickname is no part of a speaker's name; "The Ministry
and opposition lawmakers contend" is the Ministry's; a surname inside a company's name is no
self-mention; unnamed group speakers are listed under one form. Invented text through real spaCy;
switching each group off shows what it replaces."""

from __future__ import annotations

from newsprism.quotes import rules
from newsprism.quotes.group_form import group_form

THEY_SAY = "Instead, they say they want the levy on bakers to be dropped, the Harlow Gazette reported."


def test_a_plural_pronoun_report_inside_an_outlet_report_is_not_the_outlet(quotes_of):
    found = quotes_of(THEY_SAY)
    assert all(q.speaker != "Harlow Gazette" for q in found)
    with rules.switched_off(["plural_inner_report"]):
        assert any(q.speaker == "Harlow Gazette" for q in quotes_of(THEY_SAY))


GUILD = (
    "The Bakers Guild at Northfield said it would hold a protest, but only if the city would provide "
    "a permit, according to The Daily Ledger."
)


def test_a_trailing_according_to_relays_the_inner_speakers_words(quotes_of):
    assert all(q.speaker != "Daily Ledger" for q in quotes_of(GUILD))
    with rules.switched_off(["trailing_according_relay"]):
        assert any(q.speaker == "Daily Ledger" for q in quotes_of(GUILD))


POLL = (
    "A Harlow/Vance poll of 900 adults was conducted online in early May.\n\n"
    "However, 61 percent said it was more important to cut taxes on bread than on cars."
)


def test_a_poll_named_with_a_slash_is_its_pollsters(quotes_of, first_quote):
    assert first_quote(quotes_of(POLL), "it was more important").speaker == "Harlow/Vance"
    with rules.switched_off(["joint_pollster"]):
        assert first_quote(quotes_of(POLL), "it was more important").speaker is None


NICKNAME = '"I think a flour levy is silly," said Martin "Marty" Quellbrook, a former bakery owner.'


def test_a_quoted_nickname_is_no_part_of_the_speakers_name(quotes_of, first_quote):
    assert first_quote(quotes_of(NICKNAME), "I think a flour").speaker == "Martin Quellbrook"
    with rules.switched_off(["quoted_nickname"]):
        assert first_quote(quotes_of(NICKNAME), "I think a flour").speaker is None


MINISTRY = "The Harlow Ministry and opposition lawmakers contend the levy is aimed at funding new parks."


def test_a_named_body_coordinated_with_a_group_leads(quotes_of, first_quote):
    assert first_quote(quotes_of(MINISTRY), "the levy is aimed").speaker == "Harlow Ministry"
    with rules.switched_off(["named_and_group"]):
        assert first_quote(quotes_of(MINISTRY), "the levy is aimed").speaker is None


FOUNDER = (
    "“We will not back down,” Dana Orloff said on Monday.\n\n"
    "“Orloff Foods will keep its prices where they are,” she said."
)


def test_a_surname_in_a_company_name_is_no_self_mention(quotes_of, first_quote):
    assert first_quote(quotes_of(FOUNDER), "Orloff Foods will").speaker == "Dana Orloff"
    with rules.switched_off(["surname_in_body_name"]):
        assert first_quote(quotes_of(FOUNDER), "Orloff Foods will").speaker is None


def test_unnamed_group_speakers_are_listed_under_one_form():
    assert {group_form(m) for m in ("Sources", "sources", "The sources")} == {"sources"}
    assert group_form("Republicans") == "Republicans"
    with rules.switched_off(["group_speaker_form"]):
        assert len({group_form(m) for m in ("Sources", "sources", "The sources")}) == 3


DASH = (
    "Council leader Ada Brennick says passing the budget is her main goal this week — even as the "
    "mayor is pressing the council to revive the transit plan."
)


def test_a_report_ends_at_a_dash_before_the_writers_aside(quotes_of, first_quote):
    assert first_quote(quotes_of(DASH), "passing the budget").text.endswith("main goal this week")
    with rules.switched_off(["dash_aside"]):
        assert "even as" in first_quote(quotes_of(DASH), "passing the budget").text
