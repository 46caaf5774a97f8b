"""A common noun standing for the one organisation or place of its kind the article names ("the
court", "the state": entities/stand_ins.py, used by fact_links' name matcher). Invented names."""

from __future__ import annotations

import newsprism.events.rules as rules
from newsprism.entities.fact_links import _NameMatcher
from newsprism.models import Entity, Mention


def _article(*named: tuple[str, str, str]) -> _NameMatcher:
    mentions, links, entities = [], {}, {}
    for i, (text, label, entity_id) in enumerate(named):
        mention = Mention("a1", text, i * 20, i * 20 + len(text), label, mention_id=f"a1:m{i}")
        mentions.append(mention)
        links[mention.mention_id] = entity_id
        entities[entity_id] = Entity(entity_id, text, label)
    return _NameMatcher(mentions, links, entities)


def test_the_court_is_the_one_court_the_article_names():
    matcher = _article(("Harlow County Superior Court", "ORG", "org-court"), ("Vermont", "GPE", "gpe-vt"))
    assert matcher.named("the court") == "org-court"
    assert matcher.named("court") == "org-court"
    assert matcher.named("The state") == "gpe-vt"
    assert matcher.named("the agency") is None  # no agency named


def test_two_of_a_kind_or_the_rule_off_link_nothing():
    two = _article(
        ("Harlow County Superior Court", "ORG", "org-a"), ("Tesk Court of Appeals", "ORG", "org-b")
    )
    assert two.named("the court") is None
    one = ("Harlow County Superior Court", "ORG", "org-court")
    with rules.switched_off({"institution_stand_ins"}):
        assert _article(one).named("the court") is None


def test_a_place_that_is_no_us_state_is_not_the_state():
    assert _article(("Brenmark", "GPE", "gpe-b")).named("the state") is None
