"""Each article's one act of a kind by an actor that day (``timeline_lone``, issue 19): two
outlets' tellings of it in wordings that share nothing but the actor are one row; an article that
tells two such acts, two dates, other recipients, other modes of the type or verbs without one keep
them apart."""

from __future__ import annotations

from newsprism.models import HAPPENING, Article, Event
from newsprism.stories.timeline_group import group_events

ARTICLES = {
    "a": Article("a", "a", "", outlet="Daily A", published="2021-05-06"),
    "b": Article("b", "b", "", outlet="Weekly B", published="2021-05-06"),
}


def _event(
    article_id: str, sentence: str, kind: str = "ACCUSE", recipient: str = "", n: int = 0, **kw
) -> Event:
    return Event(
        article_id,
        kind,
        n * 500,
        n * 500 + len(sentence),
        sentence,
        trigger=sentence.split()[1],
        actors=["Ferro Ltd"],
        actor_entity_ids=["org-ferro"],
        recipients=[recipient] if recipient else [],
        recipient_entity_ids=[f"org-{recipient.lower()}"] if recipient else [],
        date=kw.get("date", "2021-05-06"),
        mode=kw.get("mode", "disapprove" if kind == "ACCUSE" else None),
        event_id=f"{article_id}:e{n}",
    )


FIRED = _event(
    "a", "Ferro fired back that it had answered the regulator's plea within hours.", recipient="Agency"
)
REJECTED = _event("b", "It rejected the idea of opening its ledgers to inspectors.")


def test_one_act_of_a_kind_told_by_two_outlets_in_other_words_is_one_row():
    (row,) = group_events([FIRED, REJECTED], ARTICLES, {})
    assert sorted(row.outlets) == ["Daily A", "Weekly B"]


def test_an_article_telling_two_acts_of_the_kind_keeps_them_apart():
    other = _event("a", "Ferro blamed the unions for the strike at its mills.", recipient="Unions", n=1)
    assert len(group_events([FIRED, other, REJECTED], ARTICLES, {})) == 3


def test_other_days_recipients_or_untyped_verbs_are_not_joined():
    earlier = _event("b", "It rejected the idea of opening its ledgers to inspectors.", date="2021-05-04")
    assert len(group_events([FIRED, earlier], ARTICLES, {})) == 2
    other = _event("b", "It rejected the union's claim about the mills.", recipient="Unions")
    assert len(group_events([FIRED, other], ARTICLES, {})) == 2
    plain = [_event("a", FIRED.sentence, HAPPENING), _event("b", REJECTED.sentence, HAPPENING)]
    assert len(group_events(plain, ARTICLES, {})) == 2
    no_mode = _event("b", REJECTED.sentence, mode=None)
    assert len(group_events([FIRED, no_mode], ARTICLES, {})) == 2
    alleged = _event("b", REJECTED.sentence, mode="allege")
    assert len(group_events([FIRED, alleged], ARTICLES, {})) == 2
