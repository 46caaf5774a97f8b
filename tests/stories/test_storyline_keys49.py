"""Story keys that name the news, not the story (``drop_news_credits``), and one shared
organisation relating stories only at a higher cosine (``storyline_lone_org_threshold``).
Invented articles, outlets and names."""

from __future__ import annotations

from types import SimpleNamespace

from newsprism.stories import storylines
from newsprism.stories.credit_keys import is_news_credit
from newsprism.stories.features import ArticleInfo, term_counts
from newsprism.stories.state import Profile


def test_the_articles_own_outlet_is_no_key():
    text = "Lisbon (CNN) Dock workers in Portugal walked out on Tuesday."
    assert is_news_credit("CNN", text, text.index("CNN"), "CNN (Web News)")
    assert is_news_credit("Harbor Ledger", "x", 0, "The Harbor Ledger - News")
    assert not is_news_credit("Harbor Authority", "x", 0, "The Harbor Ledger - News")


def test_a_media_name_in_a_credit_is_no_key_but_a_cited_one_stays():
    credit = "(Mira Ostrand/Reuters) Tellan voters went to the polls."
    assert is_news_credit("Reuters", credit, credit.index("Reuters"), "Quarterly Review")
    dateline = "KESTON (AP) - The Keston council met."
    assert is_news_credit("AP", dateline, dateline.index("AP"), "Quarterly Review")
    photo = "A council member speaks. AP Photo by Jon Brask"
    assert is_news_credit("AP", photo, photo.index("AP"), "Quarterly Review")
    cited = "CNN reported on Wednesday that the broadcaster's script changed."
    assert not is_news_credit("CNN", cited, 0, "Quarterly Review")


def _info(text: str, mentions, outlet: str) -> ArticleInfo:
    return ArticleInfo("a1", "2031-05-04", 0.0, title="", text=text, outlet=outlet, mentions=mentions)


def test_term_counts_leave_the_credit_out_only_when_switched_on():
    text = "Seoul (CNN) Velmar Energy shut its plant on Tuesday."
    mentions = [("ORG", "CNN", None, text.index("CNN")), ("ORG", "Velmar Energy", None, text.index("Velmar"))]
    item = _info(text, mentions, "CNN (Web News)")
    config = SimpleNamespace(
        lead_words=0, title_weight=2.0, entity_labels=("ORG",), entity_keys="both", suffixed_surnames=False
    )
    assert "@org:cnn" in term_counts(item, SimpleNamespace(**vars(config), drop_news_credits=False))
    dropped = term_counts(item, SimpleNamespace(**vars(config), drop_news_credits=True))
    assert "@org:cnn" not in dropped and "@org:velmar energy" in dropped


def _story(story_id: str, day: str, vector: dict[str, float]) -> Profile:
    return Profile(story_id, 0, 0, size=1, vector=vector, title="", first_published=day, last_published=day)


def _batch(lone: float) -> SimpleNamespace:
    config = SimpleNamespace(
        storyline_gap_days=7,
        storyline_actor_idf=0.0,
        storyline_prior_articles=0,
        storyline_threshold=0.1,
        storyline_lone_org_threshold=lone,
        storyline_common_actor_share=0.0,
        storyline_topic_threshold=0.0,
    )
    return SimpleNamespace(config=config)


def test_one_shared_institution_needs_a_higher_cosine():
    # a farm bill and a judge's confirmation, both in the invented Assembly, a little alike
    bill = _story("s1", "2031-05-04", {"@org:assembly": 2.0, "farm": 4.0, "subsidy": 3.0, "vote": 1.0})
    judge = _story("s2", "2031-05-05", {"@org:assembly": 2.0, "judge": 4.0, "confirm": 3.0, "vote": 1.0})
    looks = storylines._Looks()
    assert storylines._related(_batch(0.0), bill, judge, looks)
    assert not storylines._related(_batch(0.3), bill, judge, storylines._Looks())
    # a person shared besides the institution: the usual cosine
    bill.vector["@p:marsh"] = judge.vector["@p:marsh"] = 2.0
    assert storylines._related(_batch(0.3), bill, judge, storylines._Looks())


def test_lone_organisation_counts_an_id_and_its_name_as_one():
    assert storylines.lone_organisation({"@org-7", "@org:assembly"})
    assert not storylines.lone_organisation({"@org:assembly", "@org:treasury"})
    assert not storylines.lone_organisation({"@org:assembly", "@p:marsh"})
    assert not storylines.lone_organisation(set())
