"""Grouping reports into happenings, report by report, so that a timeline can be made as a stream.

Reports come in the order they happened (``event_order``, ``quote_order``). A group of reports
is one happening; once the reports reached are too late to join it (more than
``timeline_day_gap`` days after its last report for events, ``timeline_quote_days`` for
statements), it is closed and its row final. A whole history is then grouped holding only the
happenings still open, and the same groups come out as holding them all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsprism.models import HAPPENING, Article, Event
from newsprism.stories import timeline_config
from newsprism.stories.compare_text import stem
from newsprism.stories.timeline_config import setting as _setting
from newsprism.stories.timeline_converse import converse
from newsprism.stories.timeline_dates import LAST_DAY, HappeningDate, event_order, report_day, worded_span
from newsprism.stories.timeline_index import HappeningIndex
from newsprism.stories.timeline_names import _display, _shown_actors, shortened_name, spelled_names
from newsprism.stories.timeline_reads import act_words, catenative_verbs, named_actor, told_in_quotation
from newsprism.stories.timeline_reads import actor_keys as _actor_keys
from newsprism.stories.timeline_retold import retold
from newsprism.stories.timeline_row import TimelineRow
from newsprism.stories.timeline_shared import (
    _WORD,
    _content,
    _each_overlap,
    _name_words,
    content_words,
)
from newsprism.stories.timeline_spans import Span, date_verdict
from newsprism.stories.timeline_untyped import acted_upon as _acted_upon
from newsprism.stories.timeline_untyped import recipient_told as _recipient_told
from newsprism.stories.timeline_untyped import untyped_on_recipient as _untyped_on_recipient

__all__ = ["LAST_DAY", "EventGroups", "content_words", "event_order", "group_events", "report_day"]


def _outlet(article: Article | None) -> str:
    """The outlet a row counts under: "unknown" without one, as in every other listing."""
    return (article.outlet if article else None) or "unknown"


@dataclass
class _Group:
    row: TimelineRow
    actors: set[str]
    recipients: set[str]
    words: set[str]
    days: Counter = field(default_factory=Counter)
    when: HappeningDate = field(default_factory=HappeningDate)  # the row's date, over its reports
    articles: set[str] = field(default_factory=set)  # of its reports
    told: set[tuple[str, str]] = field(default_factory=set)  # (article, sentence) of its wording
    named: set[str] = field(default_factory=set)  # the last word of its actors' names (``_name_words``)
    clauses: list[set[str]] = field(default_factory=list)  # its first reports' counted words, each apart
    heads: set[str] = field(default_factory=set)  # its reports' verbs (``_verb_head``)
    acted_on: set[str] = field(default_factory=set)  # the last word of its recipients' names
    name_words: set[str] = field(default_factory=set)  # every word of its actors' names
    spelled: set[tuple[str, ...]] = field(
        default_factory=set
    )  # its actors' names (``timeline_names.spelled_names``)
    leads: set[str] = field(default_factory=set)  # articles whose lead report it holds (``timeline_retold``)
    someone: bool = False  # a report of it has a named actor that is not a whole group (``named_actor``)
    worded: set[Span] = field(default_factory=set)  # days its reports' own date words cover
    loose: set[int] = field(default_factory=set)  # days of its reports without date words
    acted_upon: set[str] = field(default_factory=set)  # ``_acted_upon`` of its reports


_CLAUSES_KEPT = 16  # a happening's wordings compared one by one: the first few, so the cost is bounded


def _verb_head(trigger: str) -> str:
    """The first word of an event's trigger stemmed (``compare_text.stem``: "offered" and "offers"
    -> "offer", "met with" -> "met"), so two outlets' reports of one act compare their verb."""
    found = _WORD.findall(trigger.lower())
    return stem(found[0]) if found else ""


def _verb_heads(trigger: str) -> tuple[str, str]:
    """A report's verb (``_verb_head``) and, for a catenative verb, its "to" complement, the act
    it tells ("voted to pass the bill": "vote" and "pass", ``timeline_catenative_verbs.txt``): a
    report not joined by its verb is tried by the complement, so "passed the bill" of another
    outlet is the same act (``timeline_catenative_acts``); otherwise no complement ("")."""
    head = _verb_head(trigger)
    if not head or not _setting("timeline_catenative_acts") or head not in catenative_verbs():
        return head, ""
    found = _WORD.findall(trigger.lower())
    return head, (stem(found[2]) if len(found) > 2 and found[1] == "to" else "")


def _same_act(group: _Group, head: str) -> bool:
    """The report's verb is one of the group's verbs or a synonym of one (``timeline_same_act_word``):
    one actor's acts of one type and day are many ("criticized Barr", "mocked the president"); the
    verb says which act a report tells. A report without a verb (no trigger) tells nothing against it.
    Off, any verb does."""
    if not _setting("timeline_same_act_word") or not head or "" in group.heads:
        return True
    return bool(act_words(head) & group.heads)


def _acted_on_across(
    group: _Group, article_id: str, head: str, acted_on: set[str], words: set[str], name_words: set[str]
) -> bool:
    """Two articles' reports of one act whose parses took different recipients ("offered to wear a
    wire into the White House": the White House; "offered to wear a wire during his next meeting":
    the wire): the same verb, one's recipient named in the other's sentence, and some more wording
    shared (``timeline_unstated_wording``). Within one article one verb with two recipients is two
    acts."""
    if article_id in group.articles or not head or head not in group.heads:
        return False
    if not (acted_on & group.words or group.acted_on & words):
        return False
    # and some wording beyond the names and the verb: "offered the union a raise" is not "offers
    # the union leaders new cranes"
    verbs = {w for w in words | group.words if stem(w) == head}
    left_out = group.name_words | name_words | group.acted_on | acted_on | verbs
    return _each_overlap(group, words, left_out) >= _setting("timeline_unstated_wording")


def _named_across(group: _Group, article_id: str, named: set[str], words: set[str]) -> bool:
    """Two articles' reports that name each other's actor in their sentences and share much the
    same wording (``timeline_cross_type_wording``): "Gingrich and Santorum agreed to attend" and
    "Gingrich and Santorum were the only two Republicans who agreed", parsed with different
    actors. Within one article, two actors are two acts."""
    if article_id in group.articles or not (named & group.words or group.named & words):
        return False
    return _each_overlap(group, words) >= _setting("timeline_cross_type_wording")


def _named_both_ways(
    group: _Group,
    article_id: str,
    named: set[str],
    head: str,
    actors: set[str],
    recipients: set[str],
    words: set[str],
) -> bool:
    """Two articles' reports of one act by two doers, each parse keeping one ("The department and
    the governor both denied ..." / "the governor denied that he had asked the department ..."):
    the same verb, each sentence naming the other's actor, and some wording beyond the names
    (``timeline_unstated_wording``); never one's actor the other's recipient ("X criticised Y" /
    "Y criticised X" are two acts). Off with ``timeline_named_both_ways``."""
    if not _setting("timeline_named_both_ways") or article_id in group.articles or head not in group.heads:
        return False
    if actors & group.recipients or recipients & group.actors:
        return False
    if not (named & group.words and group.named & words):
        return False
    return _each_overlap(group, words, named | group.named) >= _setting("timeline_unstated_wording")


def _same(
    group: _Group,
    actors: set[str],
    recipients: set[str],
    words: set[str],
    day: int | None,
    article_id: str = "",
    named: set[str] = frozenset(),
    head: str = "",
    acted_on: set[str] = frozenset(),
    name_words: set[str] = frozenset(),
    spelled: set[tuple[str, ...]] = frozenset(),
    span: Span | None = None,
) -> bool:
    """One happening: same type (the caller's index), a shared actor (or each other's actor named
    in much the same wording), dates at most two days apart, and a shared recipient or much the
    same wording (or, across articles, the same verb and one's recipient named in the other's
    sentence: ``_acted_on_across``); when one of the two states no recipient, some wording beyond
    the actor's name (``timeline_unstated_wording``): "Mueller testified ..." is not "Mueller
    criticized Barr"."""
    across = article_id not in group.articles
    if (
        not (actors & group.actors)
        and (actors or group.actors)
        and not (across and shortened_name(spelled, group.spelled))
        and not _named_across(group, article_id, named, words)
        and not _named_both_ways(group, article_id, named, head, actors, recipients, words)
    ):
        return False
    if not _close(group, day, span, head):
        return False
    if group.row.type == HAPPENING:
        return _same_happening(group, across, head, words, named | name_words)
    if recipients and group.recipients:
        shared = bool(recipients & group.recipients)
        if shared and _shared_recipient_act(group, head, words, named | name_words):
            return True
        if _each_overlap(group, words) >= _setting("timeline_wording") and _recipient_told(
            group, acted_on, words
        ):
            return True
        return _acted_on_across(group, article_id, head, acted_on, words, name_words)
    if not _same_act(group, head):
        return False
    # the actors' names are left out: a join on a shared actor shares them by construction
    return _each_overlap(group, words, named | group.named) >= _setting("timeline_unstated_wording")


def _shared_recipient_act(group: _Group, head: str, words: set[str], names: set[str]) -> bool:
    """A shared actor and recipient are one act when told with the same verb (or one of a synonym
    line), or with some wording beyond the names (``timeline_unstated_wording``): "asked Zelensky
    to investigate a gas company" is not "raised concerns about ... calling for an investigation
    and granting Zelensky a meeting" (``timeline_shared_recipient_wording``; off: any verb does)."""
    if not _setting("timeline_shared_recipient_wording") or not head or "" in group.heads:
        return True
    if act_words(head) & group.heads:
        return True
    left_out = names | group.name_words | group.acted_on
    return _each_overlap(group, words, left_out) >= _setting("timeline_unstated_wording")


def _same_happening(group: _Group, across: bool, head: str, words: set[str], names: set[str]) -> bool:
    """Two happenings (typed by no PLOVER type, so the type says nothing) of one actor are one when
    told with the same verb and some more wording (``timeline_unstated_wording``), or, by two
    articles, with another verb and much the same wording (``timeline_happening_wording``, the
    actors' names left out): "approved a resolution" and "voted to approve the resolution".
    Within one article, two verbs are two acts ("ordered the flags lowered", "announced a visit")."""
    left_out = names | group.name_words
    shared = _each_overlap(group, words, left_out)
    if head and head in group.heads:
        return shared >= _setting("timeline_unstated_wording")
    if _setting("timeline_happening_verbs_left_out"):  # another clause's verb is no shared act
        left_out = left_out | {w for w in words | group.words if stem(w) in group.heads or stem(w) == head}
        shared = _each_overlap(group, words, left_out)
    return across and shared >= _setting("timeline_happening_wording")


def _close(group: _Group, day: int | None, span: Span | None = None, head: str = "") -> bool:
    """Dated at most ``timeline_day_gap`` days from a report of the group (outlets resolve
    "Tuesday" from different days), and the dates agree (``timeline_spans.date_verdict``,
    ``timeline_dates_agree``): a worded date far from the group's days needs the same verb."""
    if _setting("timeline_dates_agree"):
        verdict = date_verdict(group.worded, group.loose, span, day, _setting("timeline_day_gap"))
        if verdict == "disagree" or (verdict == "far" and not (head and act_words(head) & group.heads)):
            return False
    if day is None or len(group.days) == (None in group.days):  # no known day on one side
        return True
    gap = _setting("timeline_day_gap")  # a happening reported daily for months has many days:
    return any(d in group.days for d in range(day - gap, day + gap + 1))  # look up the few near


def _same_across(
    group: _Group, article_id: str, actors: set[str], words: set[str], day: int | None, span=None, head=""
) -> bool:
    """One happening typed differently by two articles (the typing is the noisiest part): a shared
    actor, dates close, and much the same wording. Within one article two types are two acts."""
    if not (actors & group.actors) or _each_overlap(group, words) < _setting("timeline_cross_type_wording"):
        return False
    return article_id not in group.articles and _close(group, day, span, head)


def _same_act_across(
    group: _Group, article_id: str, actors: set[str], recipients: set[str], head: str
) -> bool:
    """Two articles' reports of one act typed differently, told with the same verb or two of one
    line of ``timeline_act_synonyms.txt`` ("barred Sondland from testifying" a happening, "blocked
    his appearance" a coercion) by the same actor to the same recipient (``timeline_act_across``;
    the dates are checked by the caller)."""
    if not _setting("timeline_act_across") or article_id in group.articles or not head:
        return False
    return bool(actors & group.actors and recipients & group.recipients and act_words(head) & group.heads)


def _converse(
    group: _Group, event: Event, actors: set[str], recipients: set[str], head: str, day, span
) -> bool:
    """One happening told from its two sides (``timeline_converse``), the dates close."""
    return converse(group, event.article_id, actors, recipients, head) and _close(group, day, span, head)


class EventGroups:
    """Events grouped into happenings as they come (in ``event_order``)."""

    def __init__(self, groups_alone: bool = True) -> None:
        self.index = HappeningIndex(_setting("timeline_day_gap"))  # by type, day and actor
        # whether a happening whose only actors are whole groups ("Democrats", "Republicans") is a
        # row when one outlet alone tells it (``_shown``)
        self.groups_alone = groups_alone

    def add(
        self, event: Event, article: Article | None, names: dict[str, str], join_only: bool = False
    ) -> None:
        """File one report: into the first open happening it fits, else as a new one (unless
        ``join_only``: a report that may join a happening but makes no row of its own)."""
        index = self.index
        when, granularity, day = report_day(event, article)
        actors = _actor_keys(event.actors, event.actor_entity_ids)
        recipients = _actor_keys(event.recipients, event.recipient_entity_ids)
        words = content_words(event.sentence)
        named = _name_words(event.actors)
        (head, also), acted_on = _verb_heads(event.trigger or ""), _name_words(event.recipients)
        acted_upon = _acted_upon(event, acted_on)
        name_words = {w for name in event.actors for w in _WORD.findall(name.lower())}
        spelled = spelled_names(event.actors)
        span = worded_span(event, when, granularity)
        near = index.near(day)

        def alike(verb: str) -> _Group | None:
            """The first open happening of the report's type it tells, compared by ``verb``."""
            found = index.same_type(event.type, near, lambda g: g.row.type)
            return next(
                (
                    g
                    for g in found
                    if _same(
                        g, actors, recipients, words, day, event.article_id, named, verb,
                        acted_on, name_words, spelled, span,
                    )
                ),
                None,
            )  # fmt: skip

        target = (
            alike(head)
            or (alike(also) if also else None)  # "voted to pass": by the act voted on
            or next(  # typed otherwise: only the happenings of its actors are looked at
                (
                    g
                    for g in index.of_actors(actors, near)
                    if g.row.type != event.type
                    and (
                        _same_across(g, event.article_id, actors, words, day, span, head)
                        or (
                            (
                                _same_act_across(g, event.article_id, actors, recipients, head)
                                or _untyped_on_recipient(
                                    g,
                                    event.article_id,
                                    event.type != HAPPENING,
                                    actors,
                                    acted_upon,
                                    words,
                                    name_words,
                                )
                            )
                            and _close(g, day, span, head)
                        )
                    )
                ),
                None,
            )
        )
        if target is None and _setting("timeline_converse_acts"):  # "X forced out Y" / "Y resigned"
            found = index.of_actors(actors | recipients, near)
            target = next(
                (g for g in found if _converse(g, event, actors, recipients, head, day, span)), None
            )
        if target is None and event.quote_id:  # the lead's act retold in its actor's words
            report, limits = (actors, words, day), timeline_config.limits()
            found = index.of_actors(actors, near)
            target = next((g for g in found if retold(g, event, report, limits)), None)
        if target is None and join_only:
            return  # background with no date of its own (``timeline_background``) makes no row
        if target is None and _setting("timeline_quoted_rows_joined_only") and told_in_quotation(event):
            return  # a speaker's words alone make no row (``timeline_reads.told_in_quotation``)
        if target is None:
            shown_actors = _shown_actors(event.actors, event.actor_entity_ids, names)
            shown_recipients = _display(event.recipients, event.recipient_entity_ids, names)
            # "Sandusky, FBI cooperating": partners who both act are not also shown as acted upon
            shown_recipients = [name for name in shown_recipients if name not in shown_actors]
            verb = event.trigger or event.type.lower()
            row = TimelineRow(
                date=when,
                date_granularity=granularity,
                kind="event",
                type=event.type,
                summary=" ".join(
                    filter(None, [", ".join(shown_actors) or "?", verb, ", ".join(shown_recipients)])
                ),
                actors=shown_actors,
                recipients=shown_recipients,
            )
            target = _Group(row, set(), set(), set())
            index.add(target, event.type, day)
        index.reported(target, day, new_day=target.days[day] == 0, new_actors=actors - target.actors)
        target.actors |= actors
        target.recipients |= recipients
        target.words |= words
        target.named |= named
        target.heads.update(filter(None, (head, also)) if also else (head,))
        target.acted_on |= acted_on
        target.acted_upon |= acted_upon
        target.name_words |= name_words
        target.spelled |= spelled
        if len(target.clauses) < _CLAUSES_KEPT:
            target.clauses.append(_content(words))
        target.days[day] += 1
        if span is not None:
            target.worded.add(span)
        elif day is not None:
            target.loose.add(day)
        target.someone = target.someone or any(named_actor(eid) for eid in event.actor_entity_ids)
        if event.start == 0 and not event.quote_id:
            target.leads.add(event.article_id)
        target.articles.add(event.article_id)
        row = target.row
        target.when.add(event, when, granularity, day)
        row.date, row.date_granularity = target.when.date, target.when.granularity
        outlet = _outlet(article)
        if outlet not in row.outlets:
            row.outlets.append(outlet)
        if (event.article_id, event.sentence) not in target.told:  # each wording once, in a set:
            target.told.add((event.article_id, event.sentence))  # a long happening has thousands
            row.wording.append({"outlet": outlet, "article_id": event.article_id, "text": event.sentence})
        row.ids.append(event.event_id)

    def close_before(self, day: int) -> list[TimelineRow]:
        """The rows of the happenings no report on ``day`` or later can join (they leave the index)."""
        return [g.row for g in self.index.close_before(day) if self._shown(g)]

    def rows(self) -> list[TimelineRow]:
        """The rows of the happenings still open, by type and in the order made."""
        return [g.row for happenings in self.index.by_type.values() for g in happenings if self._shown(g)]

    def _shown(self, group: _Group) -> bool:
        """A whole group of people names no one who acted: its act told by one outlet alone is
        mostly a reporter's summary ("Republicans support", "Democrats offered"); told by two or
        more ("Senate Democrats blocked the bill") it is the happening a reader looks for."""
        return self.groups_alone or group.someone or len(group.row.outlets) >= 2


def group_events(
    found: Iterable[Event],
    articles: dict[str, Article],
    names: dict[str, str],
    groups_alone: bool = True,
    join_only: frozenset[str] | set[str] = frozenset(),
) -> list[TimelineRow]:
    """The events' rows; ``groups_alone``: see ``EventGroups``. The reports whose ids are in
    ``join_only`` (background with no date of its own) come after the others of their day and
    join a happening another report made, or are left out."""

    def order(event: Event) -> tuple:
        day, article_id, start = event_order(event, articles.get(event.article_id))
        return (day, event.event_id in join_only, article_id, start)

    groups = EventGroups(groups_alone)
    for event in sorted(found, key=order):
        groups.add(event, articles.get(event.article_id), names, event.event_id in join_only)
    return groups.rows()
