"""Reports of one act that the grouping's type and recipient checks keep apart or join wrongly: a
typed act and a timeline-only happening (whose trigger holds its object) of one actor and
recipient are one act; a sentence telling two acts shares its wording with both, so a join on
wording alone also needs the recipients named across. Used by ``timeline_group``."""

from __future__ import annotations

from typing import Any

from newsprism.models import HAPPENING, Event
from newsprism.stories.timeline_config import setting as _setting
from newsprism.stories.timeline_shared import _WORD, _content, _each_overlap


def recipient_told(group: Any, acted_on: set[str], words: set[str]) -> bool:
    """Two reports with different recipients joined on their wording: each one's recipient is named
    in the other's sentence (``timeline_recipient_told``). One sentence may tell two acts ("trashing the
    media ... while criticizing the state's senators"); its wording is then shared by both, and the
    recipient says which act another outlet's "ripped the media" is."""
    if not _setting("timeline_recipient_told") or _content(words) in group.clauses:
        return True  # off, or the two acts of one sentence ("dismissed X's claim and accused the company")
    # a recipient with no name word to look for ("people") says nothing against it
    return bool(acted_on & group.words or not acted_on) and bool(group.acted_on & words or not group.acted_on)


def acted_upon(event: Event, acted_on: set[str]) -> set[str]:
    """Who or what an act is done to: its recipients' last words, or for a timeline-only happening,
    whose trigger holds its object ("singled out media", "dinged state two Republican senators"),
    the trigger's last word."""
    if acted_on or event.type != HAPPENING:
        return acted_on
    found = _WORD.findall((event.trigger or "").lower())
    return {found[-1]} if len(found) > 1 else set()


def untyped_on_recipient(
    group: Any,
    article_id: str,
    typed: bool,
    actors: set[str],
    acted_on: set[str],
    words: set[str],
    name_words: set[str],
) -> bool:
    """One act typed by PLOVER in one report and a timeline-only happening in another ("dinged the
    state's two Republican senators" / "criticizing the state's Republican senators"; "singled out
    the media" / "ripped the media"): the happening's verb has no type, so the type says nothing
    against the other's. The same actor and the same recipient (the last word of its name), or,
    across articles, one's recipient named in the other's sentence (``timeline_untyped_recipient``;
    the dates are checked by the caller), and some wording beyond the names
    (``timeline_unstated_wording``)."""
    if not _setting("timeline_untyped_recipient") or typed == (group.row.type != HAPPENING):
        return False
    if not (actors & group.actors and acted_on):
        return False
    if not (acted_on & group.acted_upon) and not (
        article_id not in group.articles and (acted_on & group.words or group.acted_upon & words)
    ):
        return False
    # and some wording beyond the names: "barred Vance from speaking at the hearing" is not "fined
    # Vance for the delay"
    left_out = name_words | group.name_words | (acted_on & group.acted_upon)  # the recipient shared
    return _each_overlap(group, words, left_out) >= _setting("timeline_unstated_wording")
