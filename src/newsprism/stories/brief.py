"""The comparison rendered for people: a terminal view of one block per outlet (fits 100
columns whatever the number of outlets), a one-page Markdown brief whose every line links to its
article and offsets, and a self-contained HTML page."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsprism.config import data_path
from newsprism.stories.compare_shared import carried_by, statement_label

TERMINAL_WIDTH = 100
SNIPPET = 160  # characters of a statement or quote shown in the terminal and the brief


def snippet(text: str, limit: int = SNIPPET) -> str:
    """The text on one line, cut at a word boundary."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _top(counts: dict[str, int], n: int = 5) -> str:
    return ", ".join(f"{name} ({count})" for name, count in list(counts.items())[:n])


def render_compare_table(data: dict[str, Any], console: Console, full: bool = False) -> None:
    """One block per outlet: headlines, sources, distinct statements, loaded words, what it alone
    quotes, what it leaves out. Never wider than 100 columns. ``full`` (``--all``) lists every item
    the data holds; the default shows the top few of each list and says how many more there are."""
    width = min(console.width, TERMINAL_WIDTH)
    head = Text(f"{data.get('title') or ''}  ({data.get('story_id', '')})", style="bold")
    console.print(head, width=width)
    actors = ", ".join(a["name"] for a in data.get("main_actors", []))
    console.print(Text(f"{len(data['outlets'])} outlets · main actors: {actors or 'none'}"), width=width)
    for row in data["outlets"]:
        console.print(
            Panel(_outlet_block(row, full), title=Text(_outlet_title(row)), title_align="left", width=width)
        )
    if data.get("label_differences"):
        lines = Text()
        for diff in data["label_differences"]:
            lines.append(f"{diff['entity']}\n", style="bold")
            for outlet, phrases in diff["labels"].items():
                lines.append(f"  {outlet}: {'; '.join(phrases)}\n")
        console.print(
            Panel(lines, title="How each outlet labels the same person", title_align="left", width=width)
        )


def _outlet_title(row: dict[str, Any]) -> str:
    repost = " (re-post)" if row["copies_of"] else ""
    return f"{row['outlet']}{repost} · {row['first_reported'] or 'undated'} · {row['length']} words"


def _outlet_block(row: dict[str, Any], full: bool = False) -> Group:
    """The outlet's sections; a long item wraps under its own first word, not under the bullet,
    so each item stays one block to the eye."""
    parts: list[Any] = []
    text = Text()

    def top(items: list, n: int) -> list:
        return items if full else items[:n]

    def section(title: str, lines: list[str], more: int = 0) -> None:
        nonlocal text
        if not lines:
            return
        text.append(title, style="bold")
        parts.append(text)
        items = Table.grid(padding=0)
        items.add_column(width=4, no_wrap=True)
        items.add_column(ratio=1)
        for line in lines:
            items.add_row("  • ", Text(line))
        if more > len(lines) and not full:
            items.add_row("  … ", Text(f"{more - len(lines)} more (--all)", style="dim"))
        parts.append(items)
        text = Text()

    section("Headlines", top(row["headlines"], 3))
    sources = [
        f"{s['speaker']}: {_count(s['quotes'], 'quote')}, {_count(s['words'], 'word')}"
        + (" (only here)" if s["only_here"] else "")
        for s in top(row.get("sources", []), 5)
    ]
    section("Quotes", sources, row.get("more", {}).get("sources", 0))
    last = sorted({w["speaker"] for w in row.get("last_word", [])})
    if last:
        text.append("Last word: ", style="bold")
        text.append(", ".join(last) + "\n")
    more = row.get("more", {})
    distinct = [_statement_line(d) for d in top(row.get("distinct", []), 5)]
    section("Distinct", distinct, more.get("distinct", 0))
    loaded = [f"“{w['text']}” ({w['why']})" for w in top(row.get("loaded", []), 6)]
    section("Loaded words", loaded, more.get("loaded", 0))
    only = [f"{q['speaker']}: {_words(q, 100)}" for q in top(row["only_here"]["quotes"], 3)]
    section("Quotes only here", only, more.get("quotes_only_here", 0))
    para = [f"{q['speaker']}: “{snippet(q['text'], 100)}”" for q in top(row.get("paraphrases", []), 3)]
    section("Paraphrases what others quote", para, more.get("paraphrases", 0))
    missing = row["missing_here"]
    left_out = [
        f"{q['speaker']}: {_words(q, 90)} ({q['outlets']} outlets)" for q in top(missing["quotes"], 3)
    ]
    left_out += [f"names {name}" for name in top(missing["entities"], 3)]
    left_out += [f"{e['type']}: {snippet(e['sentence'], 90)}" for e in top(missing["events"], 2)]
    section("Leaves out (most others carry)", left_out)
    if text:
        parts.append(text)
    return Group(*parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _statement_line(item: dict[str, Any]) -> str:
    """A distinct statement on one line; one whose quotation other outlets carry says so first."""
    if item.get("also_carried_by"):
        return f"[{statement_label(item)}] {snippet(item['text'])}"
    return snippet(item["text"])


def _wording(item: dict[str, Any]) -> str:
    """A loaded word for the brief; the speaker's words in a quotation others print too say so."""
    shared = item.get("also_carried_by")
    note = f" (quoted; also printed by {carried_by(tuple(shared))})" if shared else ""
    return f"“{item['text']}”{note} {_link(item)}"


def _words(quote: dict[str, Any], limit: int = SNIPPET) -> str:
    """A quotation in quotation marks; a paraphrase (an indirect quote) marked as reported, never
    dressed up as the speaker's own words."""
    if quote.get("kind") == "indirect":
        return f"(reported) {snippet(quote['text'], limit)}"
    return f"“{snippet(quote['text'], limit)}”"


def _outlets(count: int) -> str:
    return f"{count} outlet" if count == 1 else f"{count} outlets"


def _link(item: dict[str, Any]) -> str:
    """A link to the article page at the item's offsets."""
    where = f"{item['article_id']}:{item['start']}-{item['end']}"
    return f"[{where}](/articles/{item['article_id']}#{item['start']}-{item['end']})"


def render_markdown(data: dict[str, Any]) -> str:
    """A one-page brief: what happened, who said what, where the outlets differ; every line linked."""
    lines = [f"# {data.get('title') or data.get('story_id', 'Story')}", ""]
    dates = " – ".join(d for d in (data.get("first_published"), data.get("last_published")) if d)
    outlets = ", ".join(row["outlet"] for row in data["outlets"])
    lines += [f"{len(data['outlets'])} outlets ({outlets}){' · ' + dates if dates else ''}", ""]
    if data.get("key_events"):
        lines += ["## What happened", ""]
        for event in data["key_events"]:
            when = event.get("date") or "undated"
            lines.append(
                f"- {when}: {snippet(event['sentence'])} ({_outlets(len(event['outlets']))}) {_link(event)}"
            )
        lines.append("")
    said = key_quotes(data.get("shared_quotes", []))
    if said:
        lines += ["## Who said what", ""]
        for quote in said:
            lines.append(
                f"- **{quote['speaker']}**: {_words(quote)} ({', '.join(quote['outlets'])}) {_link(quote)}"
            )
        lines.append("")
    lines += ["## Where the outlets differ", ""]
    for row in data["outlets"]:
        named = [s for s in row.get("sources", []) if s["speaker"] != "(unattributed)"]
        sources = ", ".join(f"{s['speaker']} ({s['quotes']})" for s in named[:4])
        lines.append(f"### {row['outlet']}" + (f" · quotes {sources}" if sources else ""))
        for item in row.get("distinct", [])[:2]:
            lines.append(f"- {statement_label(item)}: {snippet(item['text'])} {_link(item)}")
        words = row.get("loaded", [])[:4]
        if words:
            lines.append("- wording: " + "; ".join(_wording(w) for w in words))
        for quote in row["missing_here"]["quotes"][:1]:
            lines.append(
                f"- leaves out {quote['speaker']}: {_words(quote, 100)} "
                f"(carried by {quote['outlets']} outlets) {_link(quote)}"
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def key_quotes(shared: list[dict[str, Any]], speakers: int = 4, each: int = 2) -> list[dict[str, Any]]:
    """Who said what in the brief: the quotations most outlets carry, at most ``each`` per named
    speaker and ``speakers`` speakers, so each side is heard; an unattributed quote names no side."""
    kept: dict[str, list[dict[str, Any]]] = {}
    for quote in shared:
        name = quote["speaker"]
        if name == "(unattributed)" or (name not in kept and len(kept) == speakers):
            continue
        if len(kept.setdefault(name, [])) < each:
            kept[name].append(quote)
    return [quote for quotes in kept.values() for quote in quotes]


@lru_cache(maxsize=1)
def _html_template():
    environment = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    environment.filters["snippet"] = snippet
    return environment.from_string(data_path("compare.html.j2").read_text("utf-8"))


def render_compare_html(data: dict[str, Any]) -> str:
    """A self-contained HTML page (inline CSS, no scripts, everything escaped)."""
    return _html_template().render(data=data)
