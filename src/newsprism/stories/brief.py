"""The comparison rendered for people: a terminal view of one block per outlet (fits 100
columns whatever the number of outlets) and a self-contained HTML page; the one-page Markdown brief
is ``brief_markdown``."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsprism.config import data_path
from newsprism.stories.brief_markdown import key_quotes, render_markdown  # noqa: F401  (re-exported)
from newsprism.stories.compare_shared import statement_label

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


def _words(quote: dict[str, Any], limit: int = SNIPPET) -> str:
    """A quotation in quotation marks; a paraphrase (an indirect quote) marked as reported, never
    dressed up as the speaker's own words."""
    if quote.get("kind") == "indirect":
        return f"(reported) {snippet(quote['text'], limit)}"
    return f"“{snippet(quote['text'], limit)}”"


@lru_cache(maxsize=1)
def _html_template():
    environment = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    environment.filters["snippet"] = snippet
    return environment.from_string(data_path("compare.html.j2").read_text("utf-8"))


def render_compare_html(data: dict[str, Any]) -> str:
    """A self-contained HTML page (inline CSS, no scripts, everything escaped)."""
    return _html_template().render(data=data)
