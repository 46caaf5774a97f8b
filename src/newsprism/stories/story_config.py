"""The ``[stories]`` settings, typed: every threshold and switch the story stage reads (defaults
and the notes on how each was chosen live in data/settings.toml). Split from features.py, which
re-exports it."""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.config import Settings


@dataclass(frozen=True)
class StoryConfig:
    """The ``[stories]`` settings (defaults in settings.toml), typed."""

    minhash_perm: int
    lsh_bands: int
    shingle_words: int
    duplicate_threshold: float
    duplicate_min_jaccard: float
    link_threshold: float
    actor_link_threshold: float
    actor_window_days: int
    link_share: float
    shared_actors: int
    merge_threshold: float
    lead_words: int
    story_window_days: int
    article_terms: int
    storyline_threshold: float
    storyline_gap_days: int
    entity_weight: float
    entity_keys: str  # id | name | both
    title_weight: float
    entity_labels: tuple[str, ...]
    block_keys: int
    block_cap: int
    centroid_terms: int
    development_words: int = 0  # the lead that tells the development (0: not used)
    development_threshold: float = 0.0
    storyline_span_days: int = 0  # a storyline's dated stories lie at most this many days apart (0: none)
    story_span_days: int = 0  # a story's dated articles lie at most this many days apart (0: unbounded)
    undated_centroid_threshold: float = 0.0  # an undated article's cosine with a story's centroid to join it
    duplicate_paragraph_cap: int = (
        0  # shingles a paragraph counts at most when texts are checked (0: no check)
    )
    duplicate_near_days: int = 0  # copies published further apart need duplicate_far_threshold
    duplicate_far_threshold: float = 1.0
    # the actor rule beyond actor_near_days also needs leads this alike (0: not used)
    actor_near_days: int = 0
    actor_far_lead_threshold: float = 0.0
    # an actor-rule link between leads telling of different days needs leads this alike (0: not used)
    lead_day_words: int = 0
    lead_day_lead_threshold: float = 0.0
    # a lead naming no day tells of its publication day for that rule (False: it vetoes nothing)
    lead_day_published: bool = False
    lead_day_words_threshold: float = 0.0  # the words rule across such days needs leads this alike
    lead_day_actor_threshold: float = 0.0  # the actor rule across such days needs words this alike
    # days this many apart or more are two developments unless the leads are this alike (0: not used)
    lead_day_far_days: int = 0
    lead_day_far_threshold: float = 0.0
    lead_day_far_named: bool = False  # only when both leads name their day (not their publication's)
    lead_people_days: int = 0  # days this far apart, a lead naming a newcomer: two developments
    lead_people_both: bool = False  # only when each lead names someone the other article never names
    # stories join one storyline only when the actors they share have this summed idf (0: any actor)
    storyline_actor_idf: float = 0.0
    storyline_prior_articles: int = 0  # articles naming none of them, added to a small corpus's counts
    # a story joins a storyline only when related to this share of its stories near in time (0: one link)
    storyline_link_share: float = 0.0
    storyline_leaf_share: float = 0.0  # that share for a story alone in its time (0: the same share)
    storyline_leaf_stories: int = 1  # and at least this many related stories of that storyline
    # stories an article links but for the days their leads tell share a storyline (False: not read)
    storyline_day_links: bool = False
    # a headline word among a story's heaviest terms ("shutdown") is shared like an actor (storylines.py)
    storyline_topic_words: bool = False
    storyline_lone_org_threshold: float = 0.0  # cosine when one organisation is all they share (0: none)
    # an actor in this share of the stored articles, when all two stories share, relates them only
    # at storyline_common_actor_threshold (storylines.lone_common_actor; 0: not read)
    storyline_common_actor_share: float = 0.0
    storyline_common_actor_threshold: float = 0.0
    # cosine when both share a headline topic word that names none of their actors (0: the usual one)
    storyline_topic_threshold: float = 0.0
    # only a topic word heading this share of the articles using it lowers the cosine (topic_words.py; 0: any)
    storyline_topic_share: float = 0.0
    storyline_generic_share: float = 0.0  # a headline word heading fewer is no topic word (0: none dropped)
    storyline_topic_headlines: bool = False  # a topical headline word is a topic word, heavy or not
    suffixed_surnames: bool = False  # "Trump Jr." is keyed "@p:trump jr" (False: "@p:jr", the old key)
    drop_news_credits: bool = False  # the own outlet and media credits are no keys (credit_keys.py)
    # an article of these genres (Article.genre, read in cleaning) is a piece (pieces.py); one
    # stored without a genre is read from its text's first piece_words words (0: no pieces)
    piece_words: int = 0
    piece_genres: tuple[str, ...] = ("opinion", "editorial", "roundup")
    piece_headlines: bool = False  # a headline of an analysis's form makes a piece (pieces.py)
    takeaway_headlines: bool = False  # "Fact check:", "takeaways", "winners and losers" mark a piece
    explainer_headlines: bool = False  # "What the ruling means for ..." makes a piece (pieces.py)
    outlet_sections: bool = False  # an outlet named as an opinion section makes a piece (pieces.py)
    # a question or "why/how" headline over a lead naming no day of the week makes a piece (pieces.py)
    undated_question_headlines: bool = False  # on in settings.toml since stories48
    preview_leads: bool = False  # a lead naming only days to come makes a piece (pieces.py)
    # leads telling of the same day link at these lower floors (0: the usual ones): one day's
    # reactions and sidebars of an event lead with other words than its report
    same_day_development_threshold: float = 0.0
    same_day_actor_threshold: float = 0.0
    # leads telling of one day this alike need no shared person or organisation (0: not used)
    same_day_lead_link: float = 0.0
    same_day_entities: bool = False  # on one day any shared entity (place, event) counts as an actor
    # one outlet's two reports published on different days tell two developments (link_rules.py)
    outlet_day_developments: bool = False
    # leads naming one gathering at one place or named day link (event_anchors.py; anchor_words 0: off)
    anchor_words: int = 0
    anchor_days: int = 1  # at most this many days apart
    anchor_same_day: bool = False  # the place path also needs leads telling of one day
    anchor_previews: bool = False  # a gathering the lead tells as to come anchors nothing
    anchor_days_agree: bool = False  # leads' days (named, else published a day on) must not differ
    anchor_readings: bool = False  # a fact check's or takeaways' headline anchors nothing
    merge_singles: bool = True  # a story of one article merges without the centroid check (False: it too)

    @classmethod
    def from_settings(cls, settings: Settings) -> StoryConfig:
        given = {k: tuple(v) if isinstance(v, list) else v for k, v in settings.stories.items()}
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in given.items() if k in known})
