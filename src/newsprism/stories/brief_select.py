"""What the one-page brief picks (issue 18): its key events, one line per happening, and its key
quotes, speaker by speaker, so every main voice is heard once before anyone is heard twice.

A happening is told once: two outlets' sentences on it share most of their content words, or two
words or more that the story's other key events do not use ("rally", "Michigan"), while words the
whole story writes ("impeachment", "articles", "vote") tell no happening apart. The happenings kept
are those most outlets report, then those the story's main actors take part in.

Who said what names people: a speaker the quote finder tied to an organisation (a magazine that
"says" what a source told it) comes after every person. Speakers take turns: first those whose
quotes several outlets carry (most carried first, a main actor before others at a tie), then the
story's main actors heard in one outlet only, then any other person one outlet quotes (one
the quote finder tied to no one, "an official", "aides", is no voice to hear); each speaker's
most-carried quote comes first, and a second quote waits until every speaker kept has had a first.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from newsprism.stories.compare_text import content_stems

SPEAKERS = 12  # voices heard on one page at most


def _carried(item: dict[str, Any]) -> int:
    """How many outlets carry an item: a list of them, or a count (0 for "only this outlet")."""
    outlets = item.get("outlets")
    return len(outlets) if isinstance(outlets, list) else max(int(outlets or 0), 1)


def key_events(events: list[dict[str, Any]], count: int, actors: list[str] = ()) -> list[dict[str, Any]]:
    """At most ``count`` key events, a retelling of one already kept left out, chosen by how many
    outlets report them and then by how many of the main ``actors`` take part; those one outlet
    alone tells after, by ``lone_weight`` (``key_event_fill``: outlets telling a similar act, how
    early in its article), then the salience of their main actor; shown in the order given (the
    timeline's)."""
    stems = [set(content_stems(event["sentence"])) for event in events]
    spread = Counter(stem for words in stems for stem in words)
    common = {stem for stem, n in spread.items() if n >= max(3, len(events) / 4)}  # story-wide
    main = {name.lower() for name in actors}  # an actor the linker left unnamed is lower case

    def involved(event: dict[str, Any]) -> int:
        return len(main & {name.lower() for name in event.get("actors", []) + event.get("recipients", [])})

    rank = {name.lower(): n for n, name in enumerate(actors)}

    def salience(event: dict[str, Any]) -> int:  # the most salient main actor doing the act
        return min((rank[a.lower()] for a in event.get("actors", []) if a.lower() in rank), default=len(rank))

    def order(i: int) -> tuple:
        event = events[i]
        if _carried(event) > 1 or "lone_weight" not in event:
            return (-_carried(event), -involved(event), 0, 0, i)
        return (-1, 0, -event["lone_weight"], salience(event), i)  # one outlet's, by its weight

    ranked = sorted(range(len(events)), key=order)
    kept: list[int] = []
    for i in ranked:
        if len(kept) == count:
            break
        if not any(_retells(stems[i], stems[j], common) for j in kept):
            kept.append(i)
    return [events[i] for i in sorted(kept)]


def _retells(words: set[str], earlier: set[str], common: set[str]) -> bool:
    """Whether two event sentences tell one happening (see the module's docstring)."""
    shared = words & earlier
    if shared and len(shared) >= 0.5 * min(len(words), len(earlier)):
        return True
    return len(shared - common) >= 2


def key_quotes(
    shared: list[dict[str, Any]],
    speakers: int = SPEAKERS,
    quotes: int = 2 * SPEAKERS,
    actors: list[str] = (),
    single: list[dict[str, Any]] = (),
    reach: dict[str, int] | None = None,
) -> list[dict[str, Any]]:
    """Who said what: at most ``quotes`` quotes by at most ``speakers`` named speakers, taking
    turns (see the module's docstring); ``shared`` are the quotes several outlets carry, ``single``
    those one outlet alone carries, ``actors`` the story's main actors, most present first,
    ``reach`` how many outlets quote each speaker at all. The quotes come back grouped by speaker,
    speakers in turn order."""
    reach = reach or {}
    rank = {name: i for i, name in enumerate(actors)}
    by_speaker: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    named = [q for q in single if (q.get("speaker_entity_id") or "").startswith("person-")]
    for order, quote in enumerate([*shared, *named]):
        name = quote.get("speaker") or "(unattributed)"
        if name != "(unattributed)":
            by_speaker.setdefault(name, []).append((order, quote))
    for name in by_speaker:
        by_speaker[name].sort(key=lambda pair: (-_carried(pair[1]), pair[0]))

    def heard(name: str) -> int:  # outlets quoting the speaker (sources lists are cut: or carrying)
        return max(reach.get(name, 0), _carried(by_speaker[name][0][1]))

    def turn(name: str) -> tuple:
        entity = by_speaker[name][0][1].get("speaker_entity_id") or ""
        return (
            bool(entity) and not entity.startswith("person-"),  # an organisation after people
            -heard(name),
            name not in rank,  # a main actor's turn comes before others'
            rank.get(name, 0),
            -_carried(by_speaker[name][0][1]),
            by_speaker[name][0][0],
        )

    order = sorted(by_speaker, key=turn)[:speakers]
    main = [name for name in order if name in rank or heard(name) > 1]
    chosen: dict[str, list[dict[str, Any]]] = {name: [] for name in order}

    def take(name: str, depth: int) -> None:
        if sum(map(len, chosen.values())) < quotes and depth < len(by_speaker[name]):
            chosen[name].append(by_speaker[name][depth][1])

    for depth in range(max((len(by_speaker[n]) for n in main), default=0)):
        for name in main:
            take(name, depth)
    for name in order:  # a voice one outlet alone quotes: after the story's voices had their turns
        if name not in main:
            take(name, 0)
    return [quote for name in order for quote in chosen[name] if chosen[name]]
