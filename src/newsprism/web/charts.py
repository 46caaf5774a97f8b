"""Charts as inline SVG made on the server: no JavaScript, no outside assets.

Every label goes through ``escape``; sizes are in viewBox units so the charts scale with the page.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from markupsafe import Markup, escape

from newsprism.web.wording import counted

WIDTH = 480
LABEL_WIDTH = 120
ROW_HEIGHT = 30
TOP = 34
AXIS_HEIGHT = 26
BAR_HEIGHT = 16
SCREEN_LINES = 40  # bar lines (bars and outlet headings) one phone screen holds: ~16 px each at 400 px
# (series key, legend label, a dot's noun for one, colour) for the dot timelines.
ARTICLE_SERIES = [("articles", "articles published", "article published", "#3b6ea8")]
ENTITY_SERIES = [("mentions", "mentions", "mention", "#3b6ea8"), ("quotes", "quotes", "quote", "#d9822b")]


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _short(label: str, size: int = 15) -> str:
    """The label cut to fit left of the plot (LABEL_WIDTH units at 12 px, about 7 units a letter)."""
    return label if len(label) <= size else label[: size - 1] + "…"


def dot_timeline(
    rows: dict[str, dict[str, dict[str, int]]], series: list[tuple[str, str, str, str]], title: str
) -> Markup:
    """One row per outlet, a dot per day sized by count: ``rows[outlet][YYYY-MM-DD][series] = n``.

    Undated values are left out; an empty chart says so instead of drawing nothing.
    """
    days = sorted({d for by_day in rows.values() for d in map(_day, by_day) if d})
    if not days:
        return Markup('<p class="muted">No dated items to chart.</p>')
    first, last = days[0], days[-1]
    span = max(1, (last - first).days)
    plot_width = WIDTH - LABEL_WIDTH - 30
    height = TOP + ROW_HEIGHT * len(rows) + AXIS_HEIGHT

    def x(day: date) -> float:
        if first == last:
            return LABEL_WIDTH + plot_width / 2
        return LABEL_WIDTH + 10 + (day - first).days / span * (plot_width - 20)

    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    legend_x = LABEL_WIDTH
    for _, label, _, colour in series:
        parts.append(f'<circle cx="{legend_x + 6}" cy="14" r="5" fill="{colour}"/>')
        parts.append(f'<text x="{legend_x + 16}" y="18" class="legend">{escape(label)}</text>')
        legend_x += 30 + 8 * len(label)
    # Dots are sized against the biggest count drawn: an undated count is not drawn.
    keys = [key for key, *_ in series]
    drawn = (
        counts.get(key, 0)
        for by_day in rows.values()
        for day_text, counts in by_day.items()
        if _day(day_text)
        for key in keys
    )
    biggest = max(drawn, default=1) or 1
    for i, (outlet, by_day) in enumerate(rows.items()):
        y = TOP + ROW_HEIGHT * i + ROW_HEIGHT / 2
        parts.append(
            f'<line x1="{LABEL_WIDTH}" x2="{WIDTH - 20}" y1="{y}" y2="{y}" class="grid"/>'
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 4}" text-anchor="end" class="label">'
            f"<title>{escape(outlet)}</title>{escape(_short(outlet))}</text>"
        )
        for day_text, counts in sorted(by_day.items()):
            day = _day(day_text)
            if day is None:
                continue
            shift = -(len(series) - 1) * 4
            for key, label, one, colour in series:
                count = counts.get(key, 0)
                if count:
                    radius = 3 + 7 * math.sqrt(count / biggest)
                    tip = f"{outlet}, {day_text}: {counted(count, one, label)}"
                    parts.append(
                        f'<circle cx="{x(day):.1f}" cy="{y + shift:.1f}" r="{radius:.1f}" fill="{colour}" '
                        f'fill-opacity="0.75"><title>{escape(tip)}'
                        "</title></circle>"
                    )
                shift += 8
    axis_y = TOP + ROW_HEIGHT * len(rows) + 4
    parts.append(f'<line x1="{LABEL_WIDTH}" x2="{WIDTH - 20}" y1="{axis_y}" y2="{axis_y}" class="axis"/>')
    ticks = _ticks(first, last)
    for number, day in enumerate(ticks):
        # the outer ticks lean inwards so their dates are never cut at the chart's edges
        anchor = (
            "end" if number == len(ticks) - 1 and len(ticks) > 1 else "start" if number == 0 else "middle"
        )
        parts.append(
            f'<text x="{x(day):.1f}" y="{axis_y + 16}" text-anchor="{anchor}" class="tick">'
            f"{day.isoformat()}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _ticks(first: date, last: date, most: int = 4) -> list[date]:
    if first == last:
        return [first]
    days = (last - first).days
    step = max(1, math.ceil(days / (most - 1)))
    ticks = [date.fromordinal(first.toordinal() + k) for k in range(0, days, step)]
    if (last - ticks[-1]).days < step:  # too close to the last date for both labels to fit
        ticks.pop()
    return ticks + [last]


def grouped_bars(groups: dict[str, list[tuple[str, int]]], title: str, per_group: int = 6) -> Markup:
    """Horizontal bars grouped by outlet: ``groups[outlet] = [(speaker, quotes), ...]``, at most
    ``per_group`` per outlet and about one phone screen in all (``SCREEN_LINES``): with many
    outlets, fewer speakers each, and past ``SCREEN_LINES // 2`` outlets, a line counting the rest."""
    groups = {name: items for name, items in groups.items() if items}
    if not groups:
        return Markup('<p class="muted">No quotes to chart.</p>')
    left_out = max(0, len(groups) - SCREEN_LINES // 2)
    shown = list(groups.items())[: SCREEN_LINES // 2]
    per_group = max(1, min(per_group, SCREEN_LINES // len(shown) - 1))
    groups = {name: items[:per_group] for name, items in shown}
    biggest = max(count for items in groups.values() for _, count in items)
    bar_room = WIDTH - LABEL_WIDTH - 60
    lines = sum(len(items) + 1 for items in groups.values()) + (left_out > 0)
    height = 12 + lines * (BAR_HEIGHT + 6)
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    y = 8
    for outlet, items in groups.items():
        heading = escape(_short(outlet, 60))
        parts.append(f'<text x="4" y="{y + BAR_HEIGHT - 3}" class="group">{heading}</text>')
        y += BAR_HEIGHT + 6
        for speaker, count in items:
            length = max(2.0, bar_room * count / biggest)
            times = "once" if count == 1 else f"{count} times"
            parts.append(
                f'<text x="{LABEL_WIDTH - 8}" y="{y + BAR_HEIGHT - 4}" text-anchor="end" class="label">'
                f"<title>{escape(speaker)}</title>{escape(_short(speaker))}</text>"
                f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" class="bar">'
                f"<title>{escape(outlet)} quotes {escape(speaker)} {times}</title></rect>"
                f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{y + BAR_HEIGHT - 4}" class="count">'
                f"{count}</text>"
            )
            y += BAR_HEIGHT + 6
    if left_out:
        more = "1 more outlet" if left_out == 1 else f"{left_out} more outlets"
        parts.append(
            f'<text x="4" y="{y + BAR_HEIGHT - 3}" class="count">{more}: see each outlet below</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def story_charts(view: dict[str, Any]) -> dict[str, Markup]:
    """The two story charts: when each outlet reported, and whom each outlet quotes."""
    published: dict[str, dict[str, dict[str, int]]] = {}
    for column in view["outlets"]:
        by_day = published.setdefault(column["outlet"], {})
        for article in column["articles"]:
            if article["published"]:
                counts = by_day.setdefault(article["published"], {})
                counts["articles"] = counts.get("articles", 0) + 1
    speakers = {
        column["outlet"]: [(s["name"], s["quotes"]) for s in column["speakers"]] for column in view["outlets"]
    }
    return {
        "timeline": dot_timeline(published, ARTICLE_SERIES, "When each outlet reported"),
        "speakers": grouped_bars(speakers, "Whom each outlet quotes"),
    }


def entity_chart(view: dict[str, Any]) -> Markup:
    """Mentions and quotes of one entity over time, one row per outlet."""
    return dot_timeline(view["over_time"], ENTITY_SERIES, "Mentions and quotes over time by outlet")
