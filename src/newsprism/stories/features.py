"""Story features: what the story stage measures of one article's text.

Two kinds, both cheap and independent of every other article:

* a MinHash fingerprint of the text's word shingles, with LSH band hashes, to find re-posts;
* a tf-idf term vector of content words, title words and entity keys, to find the story;
and the rule that links two articles into one story (``linked``). ``cluster.py`` stores these
and decides; this module only computes them.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property, lru_cache
from typing import Any

import numpy as np
from datasketch import MinHash
from spacy.lang.en.stop_words import STOP_WORDS

from newsprism.nlp.lexicon import words
from newsprism.people.names import generational_suffixes
from newsprism.stories.credit_keys import is_news_credit
from newsprism.stories.link_rules import far_apart, link_floors, share_actor
from newsprism.stories.story_config import StoryConfig

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_MINHASH_SEED = 1
_WHO = ("@person-", "@org-", "@p:", "@org:")  # entity keys of people and organisations
LEAD = "^"  # prefix of the lead's terms, stored beside the article's kept terms
LEAD_DAY = "#lead_day"  # the day the lead tells of (day number), stored beside the terms
OTHER_TIME = 0  # stored as the lead day when the lead tells of this week or a day to come: no one day


@dataclass
class ArticleInfo:
    """What the stage knows of one article, new or stored."""

    article_id: str
    published: str | None
    stored_at: float
    duplicate_of: str | None = None
    story_id: str | None = None
    title: str = ""
    text: str = ""
    genre: str | None = None  # Article.genre as stored (None: stored before genres were read)
    outlet: str = ""
    # (label, name, entity_id, start offset)
    mentions: list[tuple[str, str, str | None, int]] = field(default_factory=list)
    signature: np.ndarray | None = None
    shingle_count: int = 0
    bands: list[int] = field(default_factory=list)
    vector: dict[str, float] = field(default_factory=dict)

    @property
    def order(self) -> tuple[str, float, str]:
        """Which copy came first: earliest published, then first stored."""
        return (self.published or "9999-12-31", self.stored_at, self.article_id)

    @cached_property  # read for every pair of articles compared
    def day(self) -> int:
        """Day number of publication (of storing, when the date is unknown)."""
        return self.published_day or datetime.fromtimestamp(self.stored_at, UTC).date().toordinal()

    @cached_property
    def published_day(self) -> int | None:
        """Day number of publication, None when the date is missing or not a date."""
        if self.published:
            try:
                return date.fromisoformat(self.published[:10]).toordinal()
            except ValueError:
                pass
        return None


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """spaCy's English stop words plus news words that say nothing about the event."""
    return frozenset(STOP_WORDS | words("story_stopwords.txt"))


def normalised_words(text: str) -> list[str]:
    """Lowercase words without punctuation: copies that differ only in marks look alike."""
    return _WORD.findall(text.lower())


def shingles(words: Sequence[str], size: int) -> set[bytes]:
    """Runs of ``size`` consecutive words (the whole text when it is shorter)."""
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[Any, str]:
    template = MinHash(num_perm=num_perm, seed=_MINHASH_SEED)
    return template.permutations, template.scheme


def fingerprint(text: str, config: StoryConfig) -> tuple[np.ndarray, int]:
    """MinHash signature (uint32) of the text's word shingles, and how many shingles it has."""
    permutations, scheme = _permutations(config.minhash_perm)
    minhash = MinHash(num_perm=config.minhash_perm, permutations=permutations, scheme=scheme)
    found = shingles(normalised_words(text), config.shingle_words)
    if found:
        minhash.update_batch(list(found))
    return minhash.hashvalues.astype(np.uint32), len(found)


@lru_cache(maxsize=4)
def _band_coefficients(bands: int, rows: int) -> np.ndarray:
    """Fixed odd 64-bit multipliers, one per (band, row): a band's hash is their dot product."""
    generator = np.random.default_rng(_MINHASH_SEED)
    return generator.integers(1, 2**63, size=(bands, rows), dtype=np.uint64) | np.uint64(1)


def band_hashes(sig: np.ndarray, bands: int) -> list[int]:
    """One signed 64-bit hash per LSH band; two articles sharing one are candidate copies."""
    rows = len(sig) // bands
    values = sig[: bands * rows].astype(np.uint64).reshape(bands, rows)
    with np.errstate(over="ignore"):  # wrapping multiplication is the hash
        mixed = (values * _band_coefficients(bands, rows)).sum(axis=1, dtype=np.uint64)
        mixed ^= np.arange(bands, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    return mixed.view(np.int64).tolist()


def similarity(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two articles' shingle sets."""
    return float(np.mean(sig_a == sig_b))


def is_copy(a: tuple[np.ndarray, int], b: tuple[np.ndarray, int], config: StoryConfig) -> bool:
    """Whether one text re-posts the other: the shorter's shingles are mostly in the longer's.

    Containment follows from the Jaccard estimate J and the set sizes:
    |A & B| = J (|A| + |B|) / (1 + J).
    """
    (sig_a, count_a), (sig_b, count_b) = a, b
    jaccard = similarity(sig_a, sig_b)
    if jaccard < config.duplicate_min_jaccard or not min(count_a, count_b):
        return False
    shared = jaccard * (count_a + count_b) / (1 + jaccard)
    return shared / min(count_a, count_b) >= config.duplicate_threshold


def entity_keys(
    label: str, name: str, entity_id: str | None, mode: str = "both", suffixed: bool = False
) -> list[str]:
    """Keys of one mention: the canonical entity (when linking has run) and/or its name key,
    the surname for people, the folded name otherwise. Names still match when linking split
    one entity in two; ids match when the names differ."""
    keys = []
    if entity_id and mode in ("id", "both"):
        keys.append(f"@{entity_id}")
    words = normalised_words(name)
    if words and (mode in ("name", "both") or not entity_id):
        keys.append(
            f"@p:{surname_key(words) if suffixed else words[-1]}"
            if label == "PERSON"
            else f"@{label.lower()}:{' '.join(words)}"
        )
    return keys


def surname_key(words: list[str]) -> str:
    """The surname a person's name key is made of: the last word, with the word before it when
    the last is a generational suffix ("Donald Trump Jr." -> "trump jr"): a key "jr" joined every
    Jr. (a president's son, Martin Luther King Jr.) as one person."""
    if len(words) > 1 and words[-1] in generational_suffixes():
        return " ".join(words[-2:])
    return words[-1]


def headline_words(title: str) -> list[str]:
    """The content words of a headline, as ``term_counts`` keeps them."""
    stop = stopwords()
    return [w for w in _CONTENT_WORD.findall((title or "").lower()) if w not in stop]


def lead_end(text: str, words: int) -> int:
    """Where the lead (the first ``words`` words) ends: the lead tells the development, the
    rest of an article mostly background that every story of a storyline shares."""
    if words <= 0:
        return len(text)
    found = list(itertools.islice(_WORD.finditer(text), words))
    return found[-1].end() if len(found) == words else len(text)


def term_counts(item: ArticleInfo, config: StoryConfig) -> Counter[str]:
    """Content words of the lead and title (title counted extra) and entity keys of the lead."""
    stop = stopwords()
    end = lead_end(item.text, config.lead_words)
    counts: Counter[str] = Counter(w for w in _CONTENT_WORD.findall(item.text[:end].lower()) if w not in stop)
    title_words = [w for w in _CONTENT_WORD.findall((item.title or "").lower()) if w not in stop]
    for word in title_words:
        counts[word] += config.title_weight
    labels = set(config.entity_labels)
    for label, name, entity_id, start in item.mentions:
        if label in labels and start < end:
            if config.drop_news_credits and is_news_credit(name, item.text, start, item.outlet):
                continue
            for key in entity_keys(label, name, entity_id, config.entity_keys, config.suffixed_surnames):
                counts[key] += 1
    return counts


def development_counts(item: ArticleInfo, config: StoryConfig) -> Counter[str]:
    """The words of the headline and the first ``development_words`` words, prefixed ``LEAD``:
    what the article says happened. Coverage of one storyline shares actors and background;
    its developments differ in the lead ("House impeaches Trump", "Pelosi holds the articles")."""
    if config.development_words <= 0:
        return Counter()
    stop = stopwords()
    end = lead_end(item.text, config.development_words)
    counts = Counter(LEAD + w for w in _CONTENT_WORD.findall(item.text[:end].lower()) if w not in stop)
    for word in _CONTENT_WORD.findall((item.title or "").lower()):
        if word not in stop:
            counts[LEAD + word] += config.title_weight
    return counts


def split_terms(terms: dict[str, float]) -> tuple[dict[str, float], dict[str, float]]:
    """Stored terms as (kept terms, lead terms); the stored marks (``#...``: the lead day) are neither."""
    kept = {t: c for t, c in terms.items() if not t.startswith((LEAD, "#"))}
    return kept, {t: c for t, c in terms.items() if t.startswith(LEAD)}


def kept_terms(counts: Counter[str], vector: dict[str, float], size: int) -> dict[str, float]:
    """The counts of the article's ``size`` heaviest terms: what is stored to compare it later."""
    heaviest = sorted(vector, key=lambda term: (-vector[term], term))[:size]
    return {term: float(counts[term]) for term in heaviest}


def actors(vector: dict[str, float]) -> set[str]:
    """The person and organisation keys among the article's terms: who the story is about."""
    return {term for term in vector if term.startswith(_WHO)}


def time_gap(item: ArticleInfo, other: ArticleInfo, other_day: int, config: StoryConfig) -> tuple[int, bool]:
    """Days between two articles for ``linked``, and whether they count as near in time for the
    share rule. When either date is unknown so is the gap: the pair may link by words alone, not
    by a shared actor (a whole archive stored on one day would otherwise chain on its commonest
    names into one story), and it counts as near, so an undated article joins a story only when
    it links to enough of its members."""
    if item.published_day is not None and other.published_day is not None:
        gap = abs(item.day - other_day)
        return gap, gap <= config.actor_window_days
    return min(config.story_window_days, config.actor_window_days + 1), True


def linked(
    a: dict[str, float],
    b: dict[str, float],
    gap_days: int,
    config: StoryConfig,
    actors_of: Callable[[dict[str, float]], set[str]] | None = None,
    leads: tuple[dict[str, float], dict[str, float]] | None = None,
    lead_days: tuple[int | None, int | None] = (None, None),
    named_days: tuple[bool, bool] = (True, True),
) -> bool:
    """Whether two articles (unit vectors of their kept terms) report one event (``link_kind``)."""
    return link_kind(a, b, gap_days, config, actors_of, leads, lead_days, named_days) == LINKED


LINKED, OTHER_DAY = 1, 2  # link kinds: one development; the same storyline's development of another day


def link_kind(
    a: dict[str, float],
    b: dict[str, float],
    gap_days: int,
    config: StoryConfig,
    actors_of: Callable[[dict[str, float]], set[str]] | None = None,
    leads: tuple[dict[str, float], dict[str, float]] | None = None,
    lead_days: tuple[int | None, int | None] = (None, None),
    named_days: tuple[bool, bool] = (True, True),
) -> int:
    """``LINKED`` when two articles (unit vectors of their kept terms) report one event: close
    in time, and either much alike in words, or alike enough and naming the same actor; and,
    when both leads are known (``leads``, unit vectors), their leads alike enough to tell one
    development. A link between leads telling of different days (``lead_days``) needs the leads
    alike at ``lead_day_lead_threshold`` (the actor rule; ``lead_day_words_threshold`` the words
    rule) and words at ``lead_day_actor_threshold``: the same people a day later is another
    development, ``OTHER_DAY`` (a link of the storyline, not the story); so is a link between
    leads of days ``lead_day_far_days`` apart (``named_days``: whether each lead named its day)
    unless alike at ``lead_day_far_threshold``; 0 otherwise.
    ``actors_of`` may give each vector's actors from a cache."""
    if gap_days > config.story_window_days:
        return 0
    lead = cosine_with(leads[0], leads[1], 1.0) if leads and leads[0] and leads[1] else None
    same_day = lead is not None and None not in lead_days and lead_days[0] == lead_days[1]
    development, actor_floor = link_floors(config, same_day)
    if lead is not None and development > 0 and lead < development:
        return 0
    text = cosine_with(a, b, 1.0)
    other_days = lead is not None and None not in lead_days and lead_days[0] != lead_days[1]
    far = other_days and far_apart(lead_days, lead, config, named_days)
    if text >= config.link_threshold:
        # words alike across days: background shared, unless the leads tell one development
        return OTHER_DAY if other_days and (lead < config.lead_day_words_threshold or far) else LINKED
    if gap_days > config.actor_window_days or text < actor_floor:
        return 0
    if lead is not None and gap_days > config.actor_near_days and lead < config.actor_far_lead_threshold:
        return 0  # days apart, sharing actors and background: another development unless it leads alike
    if not share_actor(a, b, config, actors_of or actors, same_day, lead):
        return 0
    if other_days and (
        far or lead < config.lead_day_lead_threshold or text < config.lead_day_actor_threshold
    ):
        return OTHER_DAY  # the leads tell of different days: the storyline's next development
    return LINKED


def weigh(counts: Counter[str], df: dict[str, int], docs: int, config: StoryConfig) -> dict[str, float]:
    """Unit-length tf-idf vector; entity keys weigh ``entity_weight`` times more."""
    vector = {}
    for term, count in counts.items():
        idf = math.log((docs + 1) / (df.get(term, 0) + 1)) + 1.0
        weight = (1.0 + math.log(count)) * idf
        vector[term] = weight * config.entity_weight if term.startswith("@") else weight
    norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
    return {term: w / norm for term, w in vector.items()}


def cosine_with(vector: dict[str, float], centroid: dict[str, float], norm: float | None = None) -> float:
    """Cosine of a unit vector with an unnormalised centroid (whose norm may be given)."""
    if norm is None:
        norm = math.sqrt(sum(w * w for w in centroid.values()))
    if not norm:
        return 0.0
    small, large = (vector, centroid) if len(vector) <= len(centroid) else (centroid, vector)
    # Only shared terms are added, in the same order: adding 0.0 for the others left every sum
    # exactly as it is, so the result is the same to the last bit, in half the time.
    total = 0.0
    for term, w in small.items():
        if term in large:
            total += w * large[term]
    return total / norm
