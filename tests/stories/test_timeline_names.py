"""Cross-outlet rows when the parses disagree on the actor: two outlets' reports of one act, each
naming the other's actor in much the same words, are one row; other acts stay apart."""

from __future__ import annotations

from newsprism.models import Article, Event
from newsprism.stories.timeline_group import group_events

ARTICLES = {
    "fox": Article("fox", "fox", "", outlet="Fox", published="2011-12-13"),
    "nyt": Article("nyt", "nyt", "", outlet="NYT", published="2011-12-13"),
}


def _event(article_id: str, sentence: str, actors: list[str], ids: list[str], type_: str = "AGREE") -> Event:
    return Event(
        article_id,
        type_,
        0,
        len(sentence),
        sentence,
        actors=actors,
        actor_entity_ids=ids,
        event_id=sentence[:20],
    )


FOX = _event(
    "fox",
    "Newt Gingrich and Rick Santorum agreed to attend the debate early on.",
    ["Newt Gingrich", "Rick Santorum"],
    ["person-gingrich", "person-santorum"],
)
NYT = _event(
    "nyt",
    "Newt Gingrich and Rick Santorum were the only two Republicans who agreed to attend the debate.",
    ["Republicans"],
    ["norp-republicans"],
)


def test_two_outlets_naming_each_others_actor_in_the_same_words_are_one_row():
    (row,) = group_events([FOX, NYT], ARTICLES, {})
    assert sorted(row.outlets) == ["Fox", "NYT"]


def test_other_wording_or_one_article_keeps_two_acts_apart():
    other = _event(
        "nyt",
        "Republicans agreed on a budget for the party's convention in Tampa.",
        ["Republicans"],
        ["norp-republicans"],
    )
    assert len(group_events([FOX, other], ARTICLES, {})) == 2  # the name alone is not enough
    same_article = _event("fox", NYT.sentence, ["Republicans"], ["norp-republicans"])
    assert len(group_events([FOX, same_article], ARTICLES, {})) == 2  # within one article, two acts


def test_partners_who_both_act_are_not_shown_as_acted_upon():
    """A cooperation's partner is among its actors ("X telephoned Y": both act); the row says
    "A, B cooperating", not "A, B cooperating B"."""
    event = _event(
        "fox", "Ana Ruiz cooperated with the FBI.", ["Ana Ruiz", "FBI"], ["person-ruiz", "org-fbi"]
    )
    event.type, event.recipients, event.recipient_entity_ids = "COOPERATE", ["FBI"], ["org-fbi"]
    (row,) = group_events([event], ARTICLES, {})
    assert row.actors == ["Ana Ruiz", "FBI"] and row.recipients == []
