"""Re-posts against shared templates: pages of one outlet embedding the same long gallery are
different articles; a copy of one of them is still a copy, and far-apart copies need more."""

from __future__ import annotations

from test_stories import _add

from newsprism.ingest.clean import clean_article
from newsprism.models import RawArticle
from newsprism.store.store import Store
from newsprism.stories.duplicates import body_containment, is_verified_copy
from newsprism.stories.features import StoryConfig, fingerprint, is_copy

PLACES = ["Lindmoor", "Carrow", "Brevik", "Ostrand", "Vell", "Harnby", "Quill", "Tamsk"]
YEARS = range(1971, 2016, 1)
# One long paragraph of the outlet's template, the same on every page, that cleaning keeps (a
# gallery marked "Hide Caption N of 45" is cut by cleaning since stop 50, so these lines carry no mark).
GALLERY = " ".join(
    f"Governor Velosi through the years: in {year} she visited {PLACES[year % 8]} and met "
    f"{PLACES[(year * 3) % 8]} farmers at the {PLACES[(year * 5) % 8]} fair."
    for year in YEARS
)
FLOOD = [
    "The Kestrel Valley dam gave way early on Tuesday, sending water through three farming villages.",
    "Rescue crews in boats pulled dozens of residents from rooftops in Lindmoor and Carrow overnight.",
    "Engineers had warned of cracks in the spillway after ten days of heavy rain, officials said.",
    "At least fourteen people were missing on Tuesday evening, and the army sent two helicopters.",
    "The governor promised an inquiry into why the reservoir was kept so full during the storms.",
]
BUDGET = [
    "The regional assembly passed the governor's budget on Thursday by a narrow margin of four votes.",
    "Opposition members said the plan cut school funding while raising spending on new roads.",
    "The budget now goes to the finance court, which must approve it before the summer recess.",
    "Teachers' unions called a one-day strike for next week in protest at the school cuts.",
    "The finance minister defended the roads plan, saying it would create thousands of jobs.",
]


def _page(given_id: str, published: str, title: str, body: list[str]) -> RawArticle:
    text = "\n\n".join([body[0], GALLERY, *body[1:]])
    return RawArticle(
        source=given_id,
        raw_text=text,
        title=title,
        outlet="Harbor Post",
        published=published,
        given_id=given_id,
    )


def test_pages_sharing_a_gallery_are_not_copies_but_a_repost_is(nlp, settings):
    flood = _page("flood", "2024-04-02", "Dam bursts in Kestrel Valley", FLOOD)
    budget = _page("budget", "2024-04-04", "Assembly passes budget", BUDGET)
    config = StoryConfig.from_settings(settings)
    flood_text, budget_text = (clean_article(raw, settings).text for raw in (flood, budget))
    # MinHash alone calls them copies: the gallery is most of each text.
    assert is_copy(fingerprint(flood_text, config), fingerprint(budget_text, config), config)
    repost = RawArticle(
        source="copy",
        raw_text=f"Share this story with your friends.\n\n{flood.raw_text}\n\nAll rights reserved.",
        title=flood.title,
        outlet="Aggregator",
        published="2024-04-03",
        given_id="copy",
    )
    store = Store(settings.db)
    try:
        _add(store, nlp, settings, [flood, budget])
        _add(store, nlp, settings, [repost])
        stored = {a.article_id: a for a in store.articles()}
    finally:
        store.close()
    assert stored["budget"].duplicate_of is None and stored["flood"].duplicate_of is None
    assert stored["copy"].duplicate_of == "flood"


def test_body_containment_counts_each_paragraph_up_to_the_cap(settings):
    config = StoryConfig.from_settings(settings)
    flood = "\n\n".join([FLOOD[0], GALLERY, *FLOOD[1:]])
    budget = "\n\n".join([BUDGET[0], GALLERY, *BUDGET[1:]])
    assert body_containment(flood, budget, config) < config.duplicate_threshold
    copy = "Advertisement\n\n" + flood.replace("dozens of", "many")
    assert body_containment(flood, copy, config) >= config.duplicate_threshold


def test_copies_far_apart_need_the_far_threshold(settings):
    config = StoryConfig.from_settings(settings)
    body = "\n\n".join(FLOOD + BUDGET)
    edited = body.replace(FLOOD[2], "Engineers inspected the spillway again on Friday and found it safe.")
    edited = edited.replace(
        BUDGET[2], "The finance court approved the budget within a day, to general surprise."
    )
    share = body_containment(body, edited, config)
    assert config.duplicate_threshold <= share < config.duplicate_far_threshold
    assert is_verified_copy(body, "2024-04-02", edited, "2024-04-09", config)
    assert not is_verified_copy(body, "2024-04-02", edited, "2024-09-09", config)
    assert is_verified_copy(body, "2024-04-02", body, "2024-09-09", config)
