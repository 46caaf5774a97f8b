"""The stories stage on invented articles: re-posts, same-event clusters, incremental adds."""

from __future__ import annotations

import pytest

from newsprism.api import Corpus
from newsprism.entities import extract_mentions, link_articles
from newsprism.ingest.clean import clean_article
from newsprism.models import Extraction, RawArticle
from newsprism.pipeline import extract_facts
from newsprism.store.store import Store
from newsprism.stories.cluster import assign_stories
from newsprism.stories.features import (
    StoryConfig,
    fingerprint,
    is_copy,
    normalised_words,
    shingles,
    similarity,
)

# Two invented events, each told by three outlets in their own words.
DAM = [
    (
        "harbor-post",
        "2024-04-02",
        "Dam failure floods villages in Kestrel Valley",
        "The Kestrel Valley dam gave way early on Tuesday, sending a wall of water through three "
        "farming villages, regional governor Amara Velosi said. Rescue crews in boats pulled "
        "dozens of residents from rooftops in Lindmoor and Carrow. Velosi said the reservoir had "
        "risen after ten days of heavy rain and engineers had warned of cracks in the spillway. "
        "At least 14 people were missing on Tuesday evening.",
    ),
    (
        "daily-lantern",
        "2024-04-02",
        "Kestrel dam collapse: governor blames neglected spillway",
        "Governor Amara Velosi blamed years of neglect after the Kestrel Valley dam burst on "
        'Tuesday and flood water swept through Lindmoor. "We were told the spillway cracks were '
        'cosmetic," Velosi told reporters. The reservoir had swollen after days of rain. Rescue '
        "boats searched Carrow for survivors, and 14 residents remain missing.",
    ),
    (
        "north-wire",
        "2024-04-03",
        "Search continues after Kestrel Valley dam bursts",
        "Rescuers searched flooded homes in Carrow and Lindmoor on Wednesday, a day after the "
        "Kestrel Valley dam burst following heavy rain. Regional governor Amara Velosi said 14 "
        "people were still missing. Engineers had reported cracks in the dam's spillway last "
        "year, according to documents seen by the agency.",
    ),
]
BANK = [
    (
        "harbor-post",
        "2024-04-03",
        "Norland central bank raises rates to fight inflation",
        "The Bank of Norland raised its main interest rate by half a point to 6 percent on "
        "Wednesday, its third increase this year, as governor Tomas Reinholt vowed to bring "
        "inflation back to target. Mortgage lenders in Brevik said repayments would rise within "
        "weeks. Reinholt said food and energy prices were still climbing too fast.",
    ),
    (
        "daily-lantern",
        "2024-04-03",
        "Reinholt's rate hike squeezes Norland homeowners",
        "Homeowners in Norland face higher mortgage bills after central bank governor Tomas "
        'Reinholt pushed the main interest rate up to 6 percent. "Inflation is a tax on the '
        "poorest,\" Reinholt said in Brevik. Lenders expect repayments to climb. It was the bank's "
        "third rate increase this year.",
    ),
    (
        "north-wire",
        "2024-04-04",
        "Bank of Norland lifts interest rate to 6 percent",
        "The Bank of Norland lifted its benchmark interest rate to 6 percent, governor Tomas "
        "Reinholt announced in Brevik, citing stubborn inflation in food and energy prices. "
        "Economists said mortgage repayments would rise and warned of slower growth.",
    ),
]


def _raw(outlet: str, published: str, title: str, text: str, given_id: str) -> RawArticle:
    return RawArticle(
        source=given_id, raw_text=text, title=title, outlet=outlet, published=published, given_id=given_id
    )


def _repost(raw: RawArticle, given_id: str, published: str | None = None) -> RawArticle:
    """A copy with an aggregator's boilerplate around it and two words changed."""
    text = raw.raw_text.replace("dozens of", "many").replace("heavy", "torrential")
    text = f"Share this article with your friends.\n\n{text}\n\nAll rights reserved by the publisher."
    return _raw("aggregator", published or raw.published, raw.title, text, given_id)


# Story settings under which a round-up telling two stories links both (no lead checks: the
# round-up leads with one of them, and the merge is what is tested)
MERGING = dict(  # the merge tests' stories are often of one article: they merge as such (merge_singles)
    merge_singles=True,
    link_threshold=0.15,
    actor_link_threshold=1.01,
    development_threshold=0.0,
    lead_day_words_threshold=0.0,
)


def _add(store: Store, nlp, settings, raws: list[RawArticle], full: bool = False) -> list[str]:
    """Clean, parse, extract mentions (``full``: every fact), store, link entities and assign
    stories: the real stages."""
    articles = [clean_article(raw, settings) for raw in raws]
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        found = extract_facts(doc, article) if full else Extraction(mentions=extract_mentions(doc, article))
        store.save_article(article, found)
    ids = [a.article_id for a in articles]
    link_articles(store, ids)
    assign_stories(store, ids, settings)
    return ids


@pytest.fixture
def store(settings):
    opened = Store(settings.db)
    yield opened
    opened.close()


def _dam_and_bank() -> tuple[list[RawArticle], list[RawArticle]]:
    dam = [_raw(*item, given_id=f"dam-{i}") for i, item in enumerate(DAM)]
    bank = [_raw(*item, given_id=f"bank-{i}") for i, item in enumerate(BANK)]
    return dam, bank


def test_two_events_three_outlets_and_a_repost(db_url, nlp, settings):
    """On SQLite and on PostgreSQL."""
    settings = settings.with_(db=db_url)
    store = Store(db_url)
    dam, bank = _dam_and_bank()
    repost = _repost(dam[0], "dam-copy", published="2024-04-03")  # stored first, published later
    _add(store, nlp, settings, [bank[1], dam[2], repost, dam[0], bank[0], dam[1], bank[2]])
    stored = {a.article_id: a for a in store.articles()}

    dam_story = {stored[f"dam-{i}"].story_id for i in range(3)}
    bank_story = {stored[f"bank-{i}"].story_id for i in range(3)}
    assert len(dam_story) == 1 and len(bank_story) == 1 and dam_story != bank_story
    assert stored["dam-copy"].story_id in dam_story

    # the copy points at the original; no outlet's own article is anyone's copy
    assert stored["dam-copy"].duplicate_of == "dam-0"
    assert all(stored[aid].duplicate_of is None for aid in stored if aid != "dam-copy")

    stories = {s.story_id: s for s in store.stories()}
    assert set(stories) == dam_story | bank_story
    dam_row = stories[next(iter(dam_story))]
    assert sorted(dam_row.articles) == ["dam-0", "dam-1", "dam-2", "dam-copy"]
    assert dam_row.outlets == ["aggregator", "daily-lantern", "harbor-post", "north-wire"]
    assert dam_row.first_published == "2024-04-02" and dam_row.last_published == "2024-04-03"
    assert dam_row.title in {title for _, _, title, _ in DAM}
    store.close()


def test_incremental_adds_keep_story_ids(store, nlp, settings):
    dam, bank = _dam_and_bank()
    _add(store, nlp, settings, [dam[0], bank[0]])
    before = {a.article_id: a.story_id for a in store.articles()}
    _add(store, nlp, settings, [dam[1], bank[1]])
    _add(store, nlp, settings, [dam[2], bank[2]])
    after = {a.article_id: a.story_id for a in store.articles()}
    assert after["dam-0"] == before["dam-0"] and after["bank-0"] == before["bank-0"]
    assert after["dam-1"] == after["dam-2"] == before["dam-0"]
    assert after["bank-1"] == after["bank-2"] == before["bank-0"]
    assert len(list(store.stories())) == 2


def test_earlier_copy_arriving_later_becomes_the_original(store, nlp, settings):
    dam, _ = _dam_and_bank()
    _add(store, nlp, settings, [dam[0]])  # published 2024-04-02
    story = store.article("dam-0").story_id
    # a copy published the day before turns up afterwards, then a later copy of it
    _add(store, nlp, settings, [_repost(dam[0], "dam-early", published="2024-04-01")])
    _add(store, nlp, settings, [_repost(dam[0], "dam-late", published="2024-04-05")])
    stored = {a.article_id: a for a in store.articles()}
    assert stored["dam-early"].duplicate_of is None
    assert stored["dam-0"].duplicate_of == "dam-early"
    assert stored["dam-late"].duplicate_of == "dam-early"
    assert {a.story_id for a in stored.values()} == {story}
    assert next(store.stories()).first_published == "2024-04-01"


def test_same_event_from_other_outlets_is_not_a_copy(settings):
    config = StoryConfig.from_settings(settings)
    own = [fingerprint(text, config) for _, _, _, text in DAM]
    copy = fingerprint(_repost(_raw(*DAM[0], given_id="x"), "y").raw_text, config)
    assert is_copy(copy, own[0], config) and is_copy(own[0], copy, config)
    assert not is_copy(own[0], own[1], config) and not is_copy(own[0], own[2], config)
    # a copy that lost its last two sentences is still a copy
    shortened = DAM[0][3].rsplit(". ", 2)[0] + "."
    assert is_copy(fingerprint(shortened, config), own[0], config)
    assert similarity(own[0][0], own[1][0]) < 0.2


def test_shingles_ignore_case_and_punctuation():
    a = shingles(normalised_words("The dam, it said, BURST."), 3)
    b = shingles(normalised_words("the dam it said burst"), 3)
    assert a == b and len(a) == 3


def test_reanalysed_article_moves_and_empty_story_goes(store, nlp, settings):
    dam, bank = _dam_and_bank()
    _add(store, nlp, settings, [dam[0], dam[1], bank[0]])
    dam_story = store.article("dam-0").story_id
    bank_story = store.article("bank-0").story_id
    # bank-0 is corrected into a dam report: it joins the dam story and its old story goes
    corrected = _raw(*DAM[2], given_id="bank-0")
    _add(store, nlp, settings, [corrected])
    assert store.article("bank-0").story_id == dam_story
    assert bank_story != dam_story and {s.story_id for s in store.stories()} == {dam_story}
    # dam-0 is corrected into a bank report: it opens a new story, the dam story keeps its id
    _add(store, nlp, settings, [_raw(*BANK[1], given_id="dam-0")])
    stories = {s.story_id: s for s in store.stories()}
    assert sorted(stories[dam_story].articles) == ["bank-0", "dam-1"]
    new_story = store.article("dam-0").story_id
    assert new_story != dam_story and stories[new_story].articles == ["dam-0"]


def test_bands_left_without_their_signature_do_not_block_relinking(db_url, nlp, settings):
    """Another process may delete a signature whose bands it never saw; linking again still works."""
    from sqlalchemy import delete

    from newsprism.store.schema import story_signatures_table

    settings = settings.with_(db=db_url)
    store = Store(db_url)
    dam, _ = _dam_and_bank()
    _add(store, nlp, settings, [dam[0], dam[1]])
    with store.engine.begin() as conn:  # the bands of dam-0 stay behind
        conn.execute(delete(story_signatures_table).where(story_signatures_table.c.article_id == "dam-0"))
    assign_stories(store, ["dam-0"], settings)
    assert store.article("dam-0").story_id == store.article("dam-1").story_id
    store.close()


def test_adjusted_rand_index():
    from newsprism.evaluation.stories import adjusted_rand_score

    assert adjusted_rand_score(list("aabbcc"), list("xxyyzz")) == 1.0
    assert adjusted_rand_score(list("aabbcc"), list("xyzxyz")) == pytest.approx(-0.25)
    assert adjusted_rand_score(list("aaabbb"), list("xxyyyy")) == pytest.approx(0.324324, abs=1e-6)


def test_eval_pairwise_scores_and_reposts_are_copies(settings):
    import random

    from newsprism.evaluation.stories import make_repost, pairwise

    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    assert pairwise(gold, {"a": 1, "b": 1, "c": 2, "d": 2}) == (1.0, 1.0, 1.0)
    precision, recall, _ = pairwise(gold, {"a": 1, "b": 1, "c": 1, "d": 2})
    assert precision == pytest.approx(1 / 3) and recall == pytest.approx(1 / 2)

    config = StoryConfig.from_settings(settings)
    original = _raw(*DAM[0], given_id="dam-0")
    original.raw_text = "\n\n".join([original.raw_text] * 3)  # long enough to lose a paragraph
    for seed in range(5):
        repost = make_repost(original, seed, random.Random(seed))
        assert repost.raw_text != original.raw_text and repost.given_id.endswith("-of-dam-0")
        copy = clean_article(repost, settings).text
        assert is_copy(fingerprint(copy, config), fingerprint(original.raw_text, config), config)


def _partition(store: Store) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for article in store.articles():
        groups.setdefault(article.story_id, set()).add(article.article_id)
    return {frozenset(g) for g in groups.values()}


def test_same_stories_whatever_the_order_or_batching(tmp_path, nlp, settings):
    dam, bank = _dam_and_bank()
    everything = [*dam, *bank, _repost(dam[0], "dam-copy")]
    one = Store(str(tmp_path / "one.db"))
    _add(one, nlp, settings, everything)
    several = Store(str(tmp_path / "several.db"))
    newest_first = sorted(everything, key=lambda raw: (raw.published, raw.given_id), reverse=True)
    for i in range(0, len(newest_first), 2):
        _add(several, nlp, settings, newest_first[i : i + 2])
    assert _partition(one) == _partition(several)
    assert len(_partition(one)) == 2
    one.close()
    several.close()


def test_an_article_linking_two_stories_merges_them_and_the_old_id_follows(tmp_path, nlp, settings):
    """A round-up telling both events (in other outlets' words) links both stories: they become
    one under the older id."""
    from typer.testing import CliRunner

    from newsprism.cli.main import app

    dam, bank = _dam_and_bank()
    strict = settings.with_(stories=dict(settings.stories, **MERGING))
    store = Store(str(tmp_path / "m.db"))
    _add(store, nlp, strict, [bank[0]])
    _add(store, nlp, strict, [dam[0]])
    older, newer = store.article("dam-0").story_id, store.article("bank-0").story_id
    assert older != newer
    roundup = _raw("weekly", "2024-04-04", "The week", DAM[1][3] + "\n\n" + BANK[1][3], "roundup")
    _add(store, nlp, strict, [roundup])
    assert {a.story_id for a in store.articles()} == {older}  # dam-0 was published first
    with Corpus(str(tmp_path / "m.db")) as corpus:  # the old id finds the story it joined
        assert corpus.story(newer).story_id == older
        assert sorted(corpus.story(newer).articles) == ["bank-0", "dam-0", "roundup"]
    db = str(tmp_path / "m.db")
    listed = CliRunner().invoke(app, ["stories", "--db", db, "-f", "jsonl"])
    assert len(listed.stdout.strip().splitlines()) == 1
    followed = CliRunner().invoke(app, ["timeline", "--db", db, "--story", newer, "-f", "jsonl"])
    assert followed.exit_code == 0, followed.stderr
    store.close()


def test_stories_without_outlet_or_date_are_listed(tmp_path, nlp, settings):
    from typer.testing import CliRunner

    from newsprism.cli.main import app

    store = Store(str(tmp_path / "plain.db"))
    raws = [
        RawArticle(source=f"dam-{i}.txt", raw_text=text, given_id=f"plain-{i}")
        for i, (*_, text) in enumerate(DAM)
    ]
    _add(store, nlp, settings, raws)
    assert len({a.story_id for a in store.articles()}) == 1
    listed = CliRunner().invoke(app, ["stories", "--db", str(tmp_path / "plain.db"), "-f", "jsonl"])
    assert listed.exit_code == 0 and len(listed.stdout.strip().splitlines()) == 1
    store.close()


RESIGNATION = (
    "harbor-post",
    "2024-04-08",
    "Governor Velosi resigns",
    "Amara Velosi stepped down as regional governor on Monday. Velosi told a press conference in the "
    "provincial capital that she accepted responsibility and would not seek office again. Her deputy "
    "will serve until an election in the autumn, the provincial assembly said.",
)


def test_stories_sharing_an_actor_over_days_share_a_storyline(store, nlp, settings):
    dam, bank = _dam_and_bank()
    _add(store, nlp, settings, [*dam, bank[0], _raw(*RESIGNATION, given_id="resign")])
    stored = {a.article_id: a for a in store.articles()}
    assert stored["resign"].story_id != stored["dam-0"].story_id  # another development
    lines = {s.story_id: s.storyline_id for s in store.stories()}
    assert lines[stored["resign"].story_id] == lines[stored["dam-0"].story_id]
    assert lines[stored["bank-0"].story_id] != lines[stored["dam-0"].story_id]
    line = lines[stored["dam-0"].story_id]
    with Corpus(store.url) as corpus:
        found = {s.story_id for s in corpus.stories(storyline=line)}
    assert found == {stored["resign"].story_id, stored["dam-0"].story_id}
    from fastapi.testclient import TestClient

    from newsprism.web.app import create_app

    client = TestClient(create_app(store.url), base_url="http://127.0.0.1")
    listed = client.get("/api/stories", params={"storyline": line}).json()["items"]
    assert {s["story_id"] for s in listed} == found and {s["storyline_id"] for s in listed} == {line}
