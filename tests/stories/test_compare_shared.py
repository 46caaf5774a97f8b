"""A quotation several outlets carry is never what one of them "only" reports.

The fixture is shaped like the real story where an analyst met the contradiction (a minister
fired, six outlets, the president's remarks and a spokesman's statement printed by most of them,
one outlet opening with the remarks that the others print further down); the articles are
invented and run through the real stages.
"""

from __future__ import annotations

import pytest
from test_stories import _add

from newsprism.models import Quote, RawArticle
from newsprism.store.store import Store
from newsprism.stories.compare import compare_story, render_compare_html, render_markdown
from newsprism.stories.compare_quotes import cluster_quotes

REMARKS = (
    "We disagreed on many things and it was time for a change. Talia is a tough negotiator and "
    "I trust her judgment completely."
)
STATEMENT = (
    "The minister had every intention of staying because of the real progress made on the fisheries "
    "treaty and the border accord."
)


def _article(own: list[str], said: str, lead_with_remarks: bool = False, statement: bool = True) -> str:
    """One outlet's article: its own report around the quotations, each attribution in its own
    words, as outlets write them."""
    remarks = f'"{REMARKS[:-1]}," {said}'
    spokesman = f'"{STATEMENT[:-1]}," {said.replace("Vasko", "ministry spokesman Aldo Fenn")}'
    parts = [remarks, own[0]] if lead_with_remarks else [own[0]]
    parts += own[1:]
    if statement:
        parts.insert(2, spokesman)
    if not lead_with_remarks:
        parts.append(remarks)
    return "\n\n".join(parts)


OUTLETS = [
    (
        "harbour-post",
        [
            "President Oren Vasko fired foreign minister Piet Ruhl on Tuesday and named trade envoy"
            " Talia Marsh to replace him.",
            "Critics called the firing a reckless purge of the last sober voice in the cabinet.",
            "Ruhl had clashed with the palace over the fisheries treaty since the autumn.",
            "Several ambassadors asked the ministry for a briefing on Wednesday morning.",
        ],
        "Vasko told reporters outside the palace.",
    ),
    (
        "capital-wire",
        [
            "Piet Ruhl is out as foreign minister after fourteen months, the presidency announced on"
            " Tuesday, and Talia Marsh will take his place.",
            "Opposition leaders said the dismissal would unsettle allies before the summit.",
            "Marsh, a former shipping lawyer, ran the trade talks with the northern provinces.",
            "Her nomination goes to the senate committee next week.",
        ],
        "Vasko said on Tuesday.",
    ),
    (
        "daily-ledger",
        [
            "Foreign minister Piet Ruhl was dismissed by President Oren Vasko on Tuesday.",
            "Ruhl learned of his firing from a radio bulletin, two aides said.",
            "The aides said he had planned a trip to the islands for the following week.",
            "Vasko picked his trade envoy, Talia Marsh, for the post.",
        ],
        "said Vasko.",
    ),
    (
        "north-herald",
        [
            "Talia Marsh, the trade envoy, is the new foreign minister after Vasko removed Piet Ruhl.",
            "Marsh is known for a hard line on fishing quotas and a quick temper in negotiations.",
            "Fishing unions welcomed the choice in a short statement.",
            "Ruhl has not spoken in public since the announcement.",
        ],
        "Vasko said as he left for the coast.",
        True,
    ),
    (
        "evening-star",
        [
            "The president replaced his foreign minister on Tuesday, swapping Piet Ruhl for Talia Marsh.",
            "Markets barely moved on the news of the change at the ministry.",
            "Bond traders said the fisheries treaty was already priced in.",
            "The currency closed flat against the euro.",
        ],
        "Vasko told a radio host.",
    ),
    (
        "the-courier",
        [
            "Piet Ruhl, the foreign minister since last winter, was fired by Oren Vasko on Tuesday.",
            "Ruhl thanked his staff in a short farewell note to the ministry.",
            "The note praised the diplomats who negotiated the border accord.",
            "Marsh is expected to travel to the summit in his place.",
        ],
        "Vasko said in the capital.",
    ),
]


@pytest.fixture
def story(settings, nlp):
    store = Store(settings.db)
    raws = [
        RawArticle(
            source=f"f{i}",
            raw_text=_article(*words),
            title="Vasko fires foreign minister Ruhl, names Marsh",
            outlet=outlet,
            published="2024-03-13",
            given_id=f"f{i}",
        )
        for i, (outlet, *words) in enumerate(OUTLETS)
    ]
    _add(store, nlp, settings, raws, full=True)
    story_ids = {a.story_id for a in store.articles()}
    assert len(story_ids) == 1
    yield store, story_ids.pop()
    store.close()


def test_a_quotation_most_outlets_carry_is_labelled_never_only_here(story):
    store, story_id = story
    data = compare_story(store, story_id, full=True)
    widely = [q for q in data["shared_quotes"] if len(q["outlets"]) >= 4]
    assert any("tough negotiator" in q["text"] for q in widely), "the quote matching sees it shared"
    labelled = 0
    for row in data["outlets"]:
        for item in row["distinct"]:
            inside = "tough negotiator" in item["text"] or "every intention" in item["text"]
            if inside:
                labelled += 1
                assert item["also_carried_by"] and row["outlet"] not in item["also_carried_by"]
                assert item["why"].startswith("quotation"), item["why"]
            else:
                assert "also_carried_by" not in item
        for item in row["loaded"]:
            if "tough" in item["text"]:
                assert item["also_carried_by"] and "quotation also carried by" in item["why"]
                assert "quoted: " in item["why"] and "Vasko’s word" in item["why"], item["why"]
            else:
                assert "quoted: " not in item["why"], item  # the outlet's own words name no speaker
    assert labelled >= 5
    brief = render_markdown(compare_story(store, story_id))
    only_here = [line for line in brief.splitlines() if line.startswith("- **") and ": only here: " in line]
    assert only_here, "what an outlet alone reports is still listed"
    for line in only_here:
        assert "tough negotiator" not in line and "every intention" not in line
    html = render_compare_html(compare_story(store, story_id, full=True))
    assert "quotation most outlets carry: also in 5 other outlets" in html


def test_the_outlet_that_opens_with_a_quotation_the_others_bury_says_so(story):
    store, story_id = story
    data = compare_story(store, story_id, full=True)
    herald = next(row for row in data["outlets"] if row["outlet"] == "north-herald")
    item = next(i for i in herald["distinct"] if "tough negotiator" in i["text"])
    assert "only this outlet gives it this prominence" in item["why"]
    post = next(row for row in data["outlets"] if row["outlet"] == "harbour-post")
    assert not any("prominence" in i["why"] for i in post["distinct"])
    first = compare_story(store, story_id)["outlets"]
    for row in first:  # in the default view what only the outlet reports comes first
        shared = ["also_carried_by" in i for i in row["distinct"]]
        assert shared == sorted(shared)


def test_a_short_phrase_does_not_chain_two_quotations_into_one():
    long_a = "This is a witch hunt and the whole probe was rigged from the very first day by my enemies"
    long_b = "They call it a witch hunt but the evidence against the company is plain for anyone to read"
    quotes = [
        Quote("a1", long_a, 0, len(long_a), "direct", speaker="Vasko"),
        Quote("a2", long_b, 0, len(long_b), "direct", speaker="Fenn"),
        Quote("a3", "witch hunt", 0, 10, "partial", speaker="Vasko"),
        Quote("a4", "witch hunt", 0, 10, "partial", speaker="Fenn"),
        Quote("a5", long_a, 0, len(long_a), "direct", speaker="Vasko"),
    ]
    clusters = cluster_quotes(quotes, lambda q: q.speaker or "")
    with_a = next(c for c in clusters if any(q.article_id == "a1" for q in c.quotes))
    with_b = next(c for c in clusters if any(q.article_id == "a2" for q in c.quotes))
    assert with_a is not with_b
    assert {q.article_id for q in with_a.quotes} >= {"a1", "a5"}


def test_the_speaker_most_carriers_name_speaks_for_the_quotation():
    said = "I pray the attorney general will follow the brilliant and courageous example of the bureau"
    quotes = [Quote(f"a{i}", said, 0, len(said), "direct", speaker="Aldo Fenn") for i in range(3)]
    quotes.append(Quote("a9", said + " today", 0, len(said) + 6, "direct", speaker="Oren Vasko"))
    (cluster,) = cluster_quotes(quotes, lambda q: q.speaker or "")
    assert cluster.longest.speaker == "Aldo Fenn"  # one outlet's misattribution, the longest cut


def test_clusters_do_not_depend_on_the_order_quotes_are_read():
    # two different quotations of one speaker, as long as each other, both holding the phrase
    said = "We were not thinking the same and the envoy has a similar thought process on fishing"
    other = "Markets see the minister keeping a similar thought process"
    quotes = [
        Quote("a1", said, 0, len(said), "direct", speaker="Vasko"),
        Quote("a2", other, 0, len(other), "direct", speaker="Vasko"),
        Quote("a3", "similar thought process", 5, 28, "partial", speaker="Vasko"),
    ]

    def partition(found):
        return sorted(
            sorted(q.article_id for q in c.quotes) for c in cluster_quotes(found, lambda q: q.speaker)
        )

    assert len(partition(quotes)) == 2  # the phrase joins one of them, not both
    assert partition(quotes) == partition(quotes[::-1]) == partition(quotes[1:] + quotes[:1])


def test_a_paraphrase_is_never_dressed_in_quotation_marks():
    reported = {
        "speaker": "Oren Vasko",
        "text": "Canada could avoid the tariffs if it grants concessions",
        "article_id": "f1",
        "start": 10,
        "end": 65,
        "kind": "indirect",
        "outlets": ["capital-wire", "daily-ledger"],
    }
    said = dict(reported, text="We will not back down", kind="direct", start=80, end=101)
    brief = render_markdown({"title": "Tariffs", "outlets": [], "shared_quotes": [reported, said]})
    assert "**Oren Vasko**: (reported) Canada could avoid" in brief
    assert "“Canada could avoid" not in brief
    assert "**Oren Vasko**: “We will not back down”" in brief
