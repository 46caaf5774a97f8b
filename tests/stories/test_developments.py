"""Developments: coverage sharing actors and background splits by what each lead says happened."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from test_stories import _add, _dam_and_bank, _partition, _raw

from newsprism.store.store import Store
from newsprism.stories.features import (
    LEAD,
    ArticleInfo,
    StoryConfig,
    cosine_with,
    development_counts,
    linked,
    split_terms,
    weigh,
)

# A later development of the dam story: the same governor, places and background, another act.
INQUIRY = [
    (
        "harbor-post",
        "2024-04-04",
        "Retired judge Ilse Marrow to chair public inquiry",
        "Retired judge Ilse Marrow will chair a public inquiry with powers to summon witnesses and "
        "must report within six months, the governor's office announced on Thursday. Marrow said "
        "she would question the engineers first. The Kestrel Valley dam gave way on Tuesday after "
        "heavy rain, flooding Lindmoor and Carrow, and 14 people are still missing. Governor Amara "
        "Velosi said engineers had warned of cracks in the spillway.",
    ),
    (
        "north-wire",
        "2024-04-04",
        "Marrow named to chair inquiry, will summon engineers",
        "Ilse Marrow, a retired judge, was named on Thursday to chair the public inquiry and said she "
        "would summon the engineers as her first witnesses, with a report due in six months. "
        "Rescuers are still searching Carrow and Lindmoor for 14 missing residents after the Kestrel "
        "Valley dam burst on Tuesday. Governor Amara Velosi had been told of cracks in the spillway.",
    ),
]


def _config(settings, **changes) -> StoryConfig:
    return StoryConfig.from_settings(settings.with_(stories=dict(settings.stories, **changes)))


def test_the_lead_is_the_headline_and_first_words(settings):
    config = _config(settings, development_words=6)
    item = ArticleInfo(
        "a",
        "2024-04-04",
        0.0,
        title="Judge leads inquiry",
        text="Velosi appointed a judge on Thursday. Rain fell.",
    )
    counts = development_counts(item, config)
    assert set(counts) == {
        LEAD + w for w in ("judge", "leads", "inquiry", "velosi", "appointed")
    }  # no "rain"
    assert counts[LEAD + "judge"] == 1 + config.title_weight  # a headline word counts extra
    assert development_counts(item, _config(settings, development_words=0)) == Counter()
    kept, lead = split_terms({"dam": 2.0, **counts})
    assert kept == {"dam": 2.0} and lead == counts


def test_leads_telling_other_developments_veto_a_link(settings):
    config = _config(settings, development_threshold=0.2)
    body = weigh(Counter({"dam": 2, "kestrel": 2, "@p:velosi": 1}), {}, 10, config)
    inquiry = weigh(Counter({LEAD + "inquiry": 1, LEAD + "judge": 1}), {}, 10, config)
    collapse = weigh(Counter({LEAD + "collapse": 1, LEAD + "flood": 1}), {}, 10, config)
    assert linked(body, body, 0, config)  # without leads: alike in words
    assert linked(body, body, 0, config, leads=(inquiry, inquiry))
    assert not linked(body, body, 0, config, leads=(inquiry, collapse))
    assert linked(body, body, 0, config, leads=(inquiry, {}))  # a lead not stored: no veto
    assert linked(body, body, 0, _config(settings, development_threshold=0.0), leads=(inquiry, collapse))


def test_the_actor_rule_days_apart_needs_alike_leads(settings):
    config = _config(settings, development_threshold=0.1, actor_near_days=1, actor_far_lead_threshold=0.5)
    # alike only enough for the actor rule: one shared actor, a few shared words
    first = weigh(Counter({"dam": 1, "rain": 3, "spillway": 3, "@p:velosi": 1}), {}, 10, config)
    second = weigh(Counter({"dam": 1, "inquiry": 3, "judge": 3, "@p:velosi": 1}), {}, 10, config)
    lead_a = weigh(Counter({LEAD + "dam": 1, LEAD + "bursts": 1, LEAD + "floods": 1}), {}, 10, config)
    lead_b = weigh(Counter({LEAD + "dam": 1, LEAD + "inquiry": 1, LEAD + "judge": 1}), {}, 10, config)
    assert config.actor_link_threshold <= cosine_with(first, second, 1.0) < config.link_threshold
    assert cosine_with(lead_a, lead_b, 1.0) < config.actor_far_lead_threshold
    assert linked(first, second, 1, config, leads=(lead_a, lead_b))  # the next day: the actor rule holds
    assert not linked(first, second, 2, config, leads=(lead_a, lead_b))  # two days on: another development
    assert linked(first, second, 2, config, leads=(lead_a, lead_a))  # unless the leads tell one thing
    off = _config(settings, development_threshold=0.1, actor_far_lead_threshold=0.0)
    assert linked(first, second, 2, off, leads=(lead_a, lead_b))


def test_a_new_development_is_a_new_story_in_the_same_storyline(tmp_path, nlp, settings):
    dam, _ = _dam_and_bank()
    inquiry = [_raw(*item, given_id=f"inquiry-{i}") for i, item in enumerate(INQUIRY)]
    store = Store(str(tmp_path / "d.db"))
    _add(store, nlp, settings, [*dam, *inquiry])
    assert _partition(store) == {frozenset(a.given_id for a in dam), frozenset(a.given_id for a in inquiry)}
    lines = {s.story_id: s.storyline_id for s in store.stories()}
    assert len(set(lines.values())) == 1
    store.close()
    newest_first = Store(str(tmp_path / "n.db"))  # in any order, one article at a time
    for raw in sorted([*dam, *inquiry], key=lambda raw: (raw.published, raw.given_id), reverse=True):
        _add(newest_first, nlp, settings, [raw])
    assert _partition(newest_first) == {
        frozenset(a.given_id for a in dam),
        frozenset(a.given_id for a in inquiry),
    }
    newest_first.close()


def test_undated_articles_link_by_words_not_by_a_shared_actor(tmp_path, nlp, settings):
    """Without dates the gap is unknown: a shared governor does not chain two developments into
    one story (an archive stored on one day would otherwise become one story), while the
    articles of one event, much alike in words, still make one story."""
    # the actor rule alone
    changes = {"development_threshold": 0.0, "actor_far_lead_threshold": 0.0, "lead_day_lead_threshold": 0.0}
    settings = settings.with_(stories=dict(settings.stories, **changes))
    dam, _ = _dam_and_bank()
    inquiry = [_raw(*item, given_id=f"inquiry-{i}") for i, item in enumerate(INQUIRY)]
    dated = Store(str(tmp_path / "dated.db"))
    _add(dated, nlp, settings, [*dam, *inquiry])
    assert len(_partition(dated)) == 1  # dated, the shared actor within days links them
    dated.close()
    undated = Store(str(tmp_path / "undated.db"))
    _add(undated, nlp, settings, [replace(raw, published=None) for raw in [*dam, *inquiry]])
    assert _partition(undated) == {
        frozenset(a.given_id for a in dam),
        frozenset(a.given_id for a in inquiry),
    }
    undated.close()
