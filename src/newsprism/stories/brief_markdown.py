"""The one-page Markdown brief of a story (issue 18): what happened (the merged timeline's key
events), who said what (key quotes, each named speaker a turn) and where the outlets differ (one
line or two per outlet), every item line linked to its article and offsets.

One page is ``PAGE_LINES`` lines of ``PAGE_WIDTH`` columns as a reader sees the brief rendered
(link targets are not printed; the link text, the article's id and offset, is). The brief is laid
out at the most generous level that fits and shrinks a level at a time (shorter lines first, then
fewer items); past the last level the outlets that do not fit are named in one closing line."""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from typing import Any

from newsprism.stories.brief_select import key_events, key_quotes

PAGE_LINES = 60
PAGE_WIDTH = 100
_SLACK = 4  # columns kept free on a line: wrapping at a word boundary loses a few
MIN_STATEMENT = 60  # characters of an outlet's statement kept before its loaded words get room
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")

# (printed lines per event, events, printed lines per quote, quotes, lines per outlet); quotes
# come speaker by speaker (``brief_select.key_quotes``), so fewer quotes drop second turns first;
# an event keeps two lines longer than a quote (cut to one line it seldom says what happened)
# the key events are as many as the story's size calls for (``compare_events.key_event_count``, at
# most 10); a level's count only caps them
LEVELS = [
    (2, 10, 2, 11, 2),
    (2, 10, 2, 11, 1),
    (2, 10, 1, 11, 1),
    (2, 10, 1, 8, 1),
    (2, 8, 1, 7, 1),
    (1, 10, 1, 8, 1),
    (1, 8, 1, 6, 1),
    (1, 6, 1, 5, 1),
    (1, 4, 1, 4, 1),
]


def rendered(line: str) -> str:
    """The line as printed: a link shows its text, bold marks vanish."""
    return _LINK.sub(r"\1", line).replace("**", "")


def printed_lines(markdown: str, width: int = PAGE_WIDTH) -> int:
    """How many lines the brief takes when printed ``width`` columns wide."""
    return sum(max(1, len(textwrap.wrap(rendered(line), width))) for line in markdown.splitlines())


def link(item: dict[str, Any], text: str | None = None) -> str:
    """A link to the article page at the item's offsets; its text, unless given, names the
    article (its id's first 8 characters) and the start offset, so a printed page still points."""
    target = f"/articles/{item['article_id']}#{item['start']}-{item['end']}"
    shown = text or f"{item['article_id'][:8]}:{item['start']}"
    return f"[{shown}]({target})"


def cut(text: str, limit: int) -> str:
    """The text on one line, cut at a word boundary to ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return (text[: max(limit - 2, 1)].rsplit(" ", 1)[0] or text[: max(limit - 2, 1)]) + " …"


def fitted(head: str, text: str, tail: str, lines: int) -> str:
    """``head`` + the text cut so the rendered line fits ``lines`` printed lines + ``tail``."""
    room = lines * PAGE_WIDTH - _SLACK * lines - len(rendered(head)) - len(rendered(tail))
    return head + cut(text, max(room, 20)) + tail


def _said(quote: dict[str, Any], limit: int) -> str:
    """A quotation in quotation marks; a paraphrase marked as reported, never dressed up as the
    speaker's own words."""
    if quote.get("kind") == "indirect":
        return f"(reported) {cut(quote['text'], limit - 11)}"
    return f"“{cut(quote['text'], limit - 2)}”"


def _outlets(count: int) -> str:
    return f"{count} outlet" if count == 1 else f"{count} outlets"


def _words_within(words: list[dict[str, Any]], room: int) -> str:
    """As many of the loaded words (each linked at its offsets) as fit ``room`` printed columns."""
    shown = ""
    for count in range(1, len(words) + 1):
        trial = ", ".join(link(w, f"“{w['text']}”") for w in words[:count])
        if len(rendered(trial)) + 3 > room:
            break
        shown = trial
    return f" · {shown}" if shown else ""


def _outlet_line(row: dict[str, Any], lines: int) -> str | None:
    """One outlet's difference: its top distinct statement (linked; at least ``MIN_STATEMENT``
    characters of it), then as many of its loaded words as the line has room for, else what it
    leaves out that most others carry; None when it has nothing linked to show."""
    head = f"- **{row['outlet']}**: "
    budget = lines * PAGE_WIDTH - _SLACK * lines
    words = row.get("loaded", [])[:3]
    distinct = row.get("distinct", [])
    if distinct:
        item = distinct[0]
        label = "only here" if not item.get("also_carried_by") else "few others quote"
        lead, ref = f"{head}{label}: ", f" {link(item)}"
        room = budget - len(rendered(lead + ref)) - min(MIN_STATEMENT, len(item["text"]))
        return fitted(lead, item["text"], ref + _words_within(words, room), lines)
    missing = row.get("missing_here", {}).get("quotes", [])
    if missing:
        quote = missing[0]
        lead = f"{head}leaves out {quote['speaker']} ({_outlets(quote['outlets'])} carry it): "
        ref = f" {link(quote)}"
        tail = ref + _words_within(words, budget - len(rendered(lead + ref)) - MIN_STATEMENT)
        return f"{lead}{_said(quote, max(budget - len(rendered(lead + tail)), 20))}{tail}"
    wording = _words_within(words, budget - len(rendered(head)))
    return f"{head}wording{wording[2:]}" if wording else None


def _layout(data: dict[str, Any], level: tuple[int, ...], outlets: int) -> list[str]:
    event_lines, events, quote_lines, quotes, outlet_lines = level
    actors = [actor["name"] for actor in data.get("main_actors", [])]
    lines = [cut(f"# {data.get('title') or data.get('story_id', 'Story')}", PAGE_WIDTH)]
    days = (data.get("first_published"), data.get("last_published"))
    dates = " – ".join(dict.fromkeys(d for d in days if d))  # one day is written once
    lines += [f"{_outlets(len(data['outlets']))}{' · ' + dates if dates else ''}", ""]
    given = data.get("key_events", [])  # chosen already (compare_events): cut only when too many
    shown = given if len(given) <= events else key_events(given, events, actors)
    if shown:
        lines += ["## What happened", ""]
        for event in shown:
            head = f"- {event.get('date') or 'undated'}: "
            tail = f" ({_outlets(len(event['outlets']))}) {link(event)}"
            lines.append(fitted(head, event["sentence"], tail, event_lines))
        lines.append("")
    single = [  # quotes one outlet alone carries: heard when their speaker has no shared quote
        q | {"outlets": [row["outlet"]]}
        for row in data["outlets"]
        for q in row.get("only_here", {}).get("quotes", [])
    ]
    reach = Counter(s["speaker"] for row in data["outlets"] for s in row.get("sources", []))
    said = key_quotes(data.get("shared_quotes", []), quotes=quotes, actors=actors, single=single, reach=reach)
    if said:
        lines += ["## Who said what", ""]
        for quote in said:
            head = f"- **{quote['speaker']}**: "
            tail = f" ({_outlets(len(quote['outlets']))}) {link(quote)}"
            room = quote_lines * PAGE_WIDTH - _SLACK * quote_lines - len(rendered(head + tail))
            lines.append(head + _said(quote, max(room, 24)) + tail)
        lines.append("")
    lines += ["## Where the outlets differ", ""]
    rows = data["outlets"][:outlets]
    quiet = []
    for row in rows:
        line = _outlet_line(row, outlet_lines)
        if line:
            lines.append(line)
        else:
            quiet.append(row["outlet"])
    rest = [row["outlet"] for row in data["outlets"][outlets:]]
    if quiet:
        lines.append(f"Nothing linked to show for {', '.join(quiet)}.")
    if rest:
        lines.append(f"{_outlets(len(rest))} more ({', '.join(rest)}): `newsprism compare` lists them.")
    return lines


def render_markdown(data: dict[str, Any]) -> str:
    """A one-page brief: what happened, who said what, where the outlets differ; every item line
    linked to its article and offsets, the whole within ``PAGE_LINES`` printed lines."""
    count = len(data["outlets"])
    for level in LEVELS:
        lines = _layout(data, level, count)
        if printed_lines("\n".join(lines)) <= PAGE_LINES:
            return "\n".join(lines).rstrip() + "\n"
    while count > 1:  # past the last level: fewer outlets, the rest named in one line
        count -= 1
        lines = _layout(data, LEVELS[-1], count)
        if printed_lines("\n".join(lines)) <= PAGE_LINES:
            break
    return "\n".join(lines).rstrip() + "\n"
