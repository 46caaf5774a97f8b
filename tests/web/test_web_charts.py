"""The inline SVG charts: well-formed, escaped, one mark per counted thing, sized by count."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

from newsprism.web import charts

SVG = "{http://www.w3.org/2000/svg}"


def parse(markup) -> ET.Element:
    """The chart as XML: any unescaped text would make it fail to parse."""
    return ET.fromstring(str(markup).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))


def radii(root: ET.Element) -> list[float]:
    return [float(c.get("r")) for c in root.iter(f"{SVG}circle")]


def test_dot_timeline_draws_one_dot_per_outlet_day_and_series():
    rows = {
        "Harbour Post": {"2025-05-12": {"mentions": 4, "quotes": 1}, "2025-05-14": {"mentions": 1}},
        "Valley Courier": {
            "2025-05-13": {"mentions": 2},
            "undated": {"mentions": 9},
            "2025-02-30": {"quotes": 3},
        },
    }
    root = parse(charts.dot_timeline(rows, charts.ENTITY_SERIES, "Mentions"))
    found = radii(root)
    legend, dots = found[:2], found[2:]
    assert len(legend) == 2 and len(dots) == 4  # undated and impossible days are left out
    assert max(dots) == 10.0  # the biggest count (4) gets the biggest dot
    assert min(dots) < max(dots)
    labels = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "label"]
    assert labels == [None, None]  # each label holds a <title> and then the name
    names = ["".join(t.itertext()) for t in root.iter(f"{SVG}text") if t.get("class") == "label"]
    assert names == ["Harbour PostHarbour Post", "Valley CourierValley Courier"]
    ticks = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "tick"]
    assert ticks[0] == "2025-05-12" and ticks[-1] == "2025-05-14"


def test_a_chart_with_nothing_dated_says_so():
    assert "No dated items" in charts.dot_timeline(
        {"A": {"someday": {"mentions": 1}}}, charts.ENTITY_SERIES, "x"
    )
    assert "No dated items" in charts.dot_timeline({}, charts.ARTICLE_SERIES, "x")
    assert "No quotes to chart" in charts.grouped_bars({"A": []}, "x")


def test_ticks_span_the_range_and_stay_few():
    first, last = date(2025, 1, 1), date(2025, 3, 15)
    ticks = charts._ticks(first, last)
    assert ticks[0] == first and ticks[-1] == last and len(ticks) <= 5
    assert ticks == sorted(set(ticks))
    assert charts._ticks(first, first) == [first]


def test_hostile_names_are_escaped_in_every_chart():
    hostile = '<script>alert("x")</script> & Co'
    timeline = str(
        charts.dot_timeline({hostile: {"2025-01-01": {"articles": 1}}}, charts.ARTICLE_SERIES, hostile)
    )
    bars = str(charts.grouped_bars({hostile: [(hostile, 2)]}, hostile))
    for svg in (timeline, bars):
        assert "<script>" not in svg and "&lt;script&gt;" in svg and "&amp; Co" in svg
        parse(svg)


def test_bars_are_proportional_and_capped_per_outlet():
    groups = {"Harbour Post": [(f"Speaker {i}", 10 - i) for i in range(9)], "Valley Courier": [("Ann", 5)]}
    root = parse(charts.grouped_bars(groups, "Whom each outlet quotes", per_group=3))
    widths = [float(r.get("width")) for r in root.iter(f"{SVG}rect")]
    assert len(widths) == 3 + 1
    assert widths[0] == charts.WIDTH - charts.LABEL_WIDTH - 60  # the biggest bar fills the room
    assert abs(widths[3] / widths[0] - 5 / 10) < 1e-3
    heights = re.findall(r'viewBox="0 0 \d+ (\d+)"', str(charts.grouped_bars(groups, "t", per_group=3)))
    assert int(heights[0]) == 12 + (3 + 1 + 1 + 1) * (charts.BAR_HEIGHT + 6)


def test_bars_of_many_outlets_fit_about_one_phone_screen():
    """Issue 18: twenty outlets with six speakers each chart the top speaker of each in about one
    screen; past SCREEN_LINES // 2 outlets the rest are counted, not drawn."""
    many = {f"Outlet {n}": [(f"Speaker {i}", 10 - i) for i in range(6)] for n in range(20)}
    root = parse(charts.grouped_bars(many, "t"))
    assert len(list(root.iter(f"{SVG}rect"))) == 20  # one bar each
    height = int(re.findall(r'viewBox="0 0 \d+ (\d+)"', str(charts.grouped_bars(many, "t")))[0])
    assert height <= 12 + (charts.SCREEN_LINES + 1) * (charts.BAR_HEIGHT + 6)
    more = {f"Outlet {n}": [("Ann", 2)] for n in range(charts.SCREEN_LINES // 2 + 3)}
    svg = str(charts.grouped_bars(more, "t"))
    assert "3 more outlets" in svg and svg.count("<rect") == charts.SCREEN_LINES // 2
    parse(svg)


def test_story_and_entity_charts_read_the_views():
    view = {
        "outlets": [
            {
                "outlet": "Harbour Post",
                "articles": [{"published": "2025-05-12"}, {"published": "2025-05-12"}, {"published": None}],
                "speakers": [{"name": "Petra Holm", "quotes": 2}],
            },
            {"outlet": "Valley Courier", "articles": [{"published": "2025-05-13"}], "speakers": []},
        ]
    }
    made = charts.story_charts(view)
    timeline = parse(made["timeline"])
    assert len(radii(timeline)) == 1 + 2  # legend, then one dot per outlet and day
    assert "2 articles published" in str(made["timeline"])
    bars = parse(made["speakers"])
    assert len(list(bars.iter(f"{SVG}rect"))) == 1  # an outlet quoting no one gets no group
    entity = parse(
        charts.entity_chart({"over_time": {"unknown": {"2025-05-12": {"mentions": 1, "quotes": 1}}}})
    )
    assert len(radii(entity)) == 2 + 2
