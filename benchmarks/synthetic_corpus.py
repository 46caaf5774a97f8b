"""Synthetic extracted articles for the scale benchmarks: what the per-article stages would have
found, without spaCy, so the cross-article half can be fed hundreds of thousands of articles.

The shape follows real news: people are drawn Zipf-like (a few are in thousands of articles,
most in one or two), first names come from a small pool so many people share one (the case that
made entity linking slow), story sizes are skewed (most stories are told once or twice, a few by
dozens of articles), and stories per day stay constant, so a bigger corpus covers more days
rather than packing more into each. Pools of people, words and places grow with the corpus, so
a name or word is as rare at 200k articles as at 20k. Every fact has offsets into its article's
text, as the real stages give them: the first mention of a person is the full name, later ones
the surname with the full name as ``local_name``; quotes are "...," said Surname; events name
their actors and recipients at their offsets.

Articles are generated in storing order, one at a time (``iter_articles``), so memory does not
grow with the corpus. Each article depends only on the seed, the corpus size and its number.
"""

from __future__ import annotations

import bisect
import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from newsprism.models import Article, Event, Extraction, Mention, Quote

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
START = date(2020, 1, 1)
STORIES_PER_DAY = 60
OUTLETS = [f"Outlet {_}" for _ in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
EVENT_TYPES = ["CONSULT", "ACCUSE", "COOPERATE", "DEMAND", "REJECT", "SUPPORT", "THREATEN", "ASSAULT"]
ORG_NOUNS = ["Party", "Council", "Group", "Institute", "Bank"]
CUES = ["said", "told reporters", "added", "warned", "wrote"]


def word_for(number: int, syllables: int) -> str:
    """A pronounceable word for a number; distinct numbers give distinct words."""
    parts = []
    for _ in range(syllables):
        number, digit = divmod(number, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
    return "".join(parts)


class Zipf:
    """Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1) ** exponent."""

    def __init__(self, n: int, exponent: float = 1.0):
        self.cumulative = list(accumulate(1.0 / (rank + 1) ** exponent for rank in range(n)))

    def draw(self, rng: random.Random) -> int:
        return bisect.bisect_left(self.cumulative, rng.random() * self.cumulative[-1])


@dataclass
class Shape:
    """Per-article averages: the numbers of facts the real stages find in a news article."""

    sentences: int = 18  # of about 22 words: ~400 words an article
    quotes: int = 5
    events: int = 3
    people: int = 4  # distinct people named in an article
    orgs: int = 2
    places: int = 2


class Corpus:
    """A synthetic corpus of ``n`` articles; ``article(i)`` is the i-th article stored."""

    def __init__(self, n: int, seed: int = 11, shape: Shape | None = None):
        self.n = n
        self.seed = seed
        self.shape = shape or Shape()
        rng = random.Random(seed)
        self.common = [word_for(i, 3) for i in range(4000)]
        self.common_zipf = Zipf(len(self.common))
        self.first_names = [word_for(i, 2).title() for i in range(300)]
        self.first_zipf = Zipf(len(self.first_names), 0.8)
        self.n_people = max(50, n // 4)
        self.people_zipf = Zipf(self.n_people, 1.05)
        self.n_orgs = max(20, n // 40)
        self.n_places = max(20, n // 100)
        self.place_zipf = Zipf(self.n_places)
        self.org_zipf = Zipf(self.n_orgs)
        self.stories = self._plan_stories(rng)

    # -- the plan: which story each stored article belongs to
    def _plan_stories(self, rng: random.Random) -> list[tuple[int, int]]:
        """``(story, position in story)`` per article in storing order: a story's articles come
        close together, interleaved with other stories' (the order a crawler stores them)."""
        sizes, total = [], 0
        while total < self.n:
            size = min(self.n - total, min(60, int(rng.paretovariate(1.6))))
            sizes.append(size)
            total += size
        slots = [(story, k) for story, size in enumerate(sizes) for k in range(size)]
        window = 2000
        for start in range(0, len(slots), window):
            part = slots[start : start + window]
            rng.shuffle(part)
            slots[start : start + window] = part
        seen: dict[int, int] = {}
        ordered = []
        for story, _ in slots:  # positions in storing order, so position 0 is stored first
            ordered.append((story, seen.get(story, 0)))
            seen[story] = seen.get(story, 0) + 1
        self.n_stories = len(sizes)
        return ordered

    def person(self, number: int) -> tuple[str, str]:
        rng = random.Random(self.seed * 1_000_003 + number)
        first = self.first_names[self.first_zipf.draw(rng)]
        return first, word_for(number + 3000, 4).title()

    def org(self, number: int) -> str:
        kind = ORG_NOUNS[number % len(ORG_NOUNS)]
        return f"{word_for(number + 500, 3).title()} {kind}"

    def place(self, number: int) -> str:
        return word_for(number + 9000, 3).title() + "ia"

    def story_cast(self, story: int) -> dict:
        """What all articles of a story share: date, people, organisations, places, topic words."""
        rng = random.Random(self.seed * 7_919 + story)
        shape = self.shape
        people = list(dict.fromkeys(self.people_zipf.draw(rng) for _ in range(shape.people + 2)))
        return {
            "day": story // STORIES_PER_DAY,
            "people": [self.person(p) for p in people],
            "orgs": list(dict.fromkeys(self.org(self.org_zipf.draw(rng)) for _ in range(shape.orgs))),
            "places": list(dict.fromkeys(self.place(self.place_zipf.draw(rng)) for _ in range(shape.places))),
            "topic": [word_for(story * 16 + k + 200_000, 4) for k in range(16)],
        }

    def words(self, rng: random.Random, count: int) -> list[str]:
        return [self.common[self.common_zipf.draw(rng)] for _ in range(count)]

    def article(self, i: int) -> tuple[Article, Extraction]:
        story, position = self.stories[i]
        cast = self.story_cast(story)
        rng = random.Random(self.seed * 104_729 + i)
        writer = _Writer(f"syn{i:07d}")
        people = rng.sample(cast["people"], min(len(cast["people"]), self.shape.people))
        named: set[str] = set()

        def name(person: tuple[str, str]) -> tuple[int, int, str]:
            full = f"{person[0]} {person[1]}"
            written = person[1] if full in named else full
            named.add(full)
            return writer.mention(written, "PERSON", full)

        quotes_at = set(rng.sample(range(self.shape.sentences), min(self.shape.sentences, self.shape.quotes)))
        events_at = set(rng.sample(range(self.shape.sentences), min(self.shape.sentences, self.shape.events)))
        for s in range(self.shape.sentences):
            writer.start_sentence()
            body = self.words(rng, 14) + rng.sample(cast["topic"], 4)
            if s in quotes_at:
                said = " ".join(body[:10])
                opened, _ = writer.add(f'"{said},"')
                quote_start, quote_end = opened + 1, opened + 1 + len(said)
                cue = rng.choice(CUES)
                writer.add(cue)
                speaker = rng.choice(people)
                at = name(speaker)
                writer.add(" ".join(body[10:]) + ".")
                writer.quote(quote_start, quote_end, speaker, at, cue)
                continue
            writer.add(" ".join(body[:6]))
            actor = rng.choice(people)
            actor_at = name(actor)
            kind = rng.choice(EVENT_TYPES)
            writer.add(kind.lower())
            other = rng.choice(people + [("", o) for o in cast["orgs"]])
            if other[0]:
                other_at = name(other)
            else:
                other_at = writer.mention(other[1], "ORG", other[1])
            if rng.random() < 0.4:
                writer.add(" ".join(body[6:]) + " in")
                writer.mention(rng.choice(cast["places"]), "GPE", None)
                writer.end_sentence()
            else:
                writer.add(" ".join(body[6:]) + ".")
            if s in events_at:
                writer.event(kind, actor, actor_at, other, other_at, cast["day"])
        published = (START + timedelta(days=cast["day"] + min(position, 3))).isoformat()
        outlet = OUTLETS[(story * 7 + position * 3) % len(OUTLETS)]
        article = writer.article(outlet, published, " ".join(cast["topic"][:5]).title())
        return article, writer.extraction

    def iter_articles(self, start: int = 0, stop: int | None = None) -> Iterator[tuple[Article, Extraction]]:
        for i in range(start, self.n if stop is None else stop):
            yield self.article(i)


class _Writer:
    """Builds one article's text and the facts found in it, with their offsets."""

    def __init__(self, article_id: str):
        self.article_id = article_id
        self.parts: list[str] = []
        self.position = 0
        self.sentence_start = 0
        self.extraction = Extraction()

    def start_sentence(self) -> None:
        if self.parts:
            self.parts.append(" ")
            self.position += 1
        self.sentence_start = self.position

    def add(self, text: str) -> tuple[int, int]:
        if self.parts and self.position > self.sentence_start:
            self.parts.append(" ")
            self.position += 1
        start = self.position
        self.parts.append(text)
        self.position += len(text)
        return start, self.position

    def end_sentence(self) -> None:
        self.parts.append(".")
        self.position += 1

    def mention(self, text: str, label: str, local_name: str | None) -> tuple[int, int, str]:
        start, end = self.add(text)
        number = len(self.extraction.mentions)
        self.extraction.mentions.append(
            Mention(
                article_id=self.article_id,
                text=text,
                start=start,
                end=end,
                label=label,
                local_name=local_name or text,
                sentence_start=self.sentence_start,
                mention_id=f"{self.article_id}:m{number}",
            )
        )
        return start, end, text

    def quote(self, start: int, end: int, speaker: tuple[str, str], at: tuple, cue: str) -> None:
        number = len(self.extraction.quotes)
        text = "".join(self.parts)
        self.extraction.quotes.append(
            Quote(
                article_id=self.article_id,
                text=text[start:end],
                start=start,
                end=end,
                kind="direct",
                speaker=f"{speaker[0]} {speaker[1]}",
                speaker_mention=at[2],
                speaker_start=at[0],
                speaker_end=at[1],
                cue=cue,
                sentence=text[self.sentence_start :],
                sentence_start=self.sentence_start,
                quote_id=f"{self.article_id}:q{number}",
            )
        )

    def event(self, kind: str, actor, actor_at, other, other_at, day: int) -> None:
        number = len(self.extraction.events)
        text = "".join(self.parts)
        self.extraction.events.append(
            Event(
                article_id=self.article_id,
                type=kind,
                start=self.sentence_start,
                end=self.position,
                sentence=text[self.sentence_start :],
                trigger=kind.lower(),
                actors=[actor_at[2]],
                recipients=[other_at[2]],
                actor_offsets=[(actor_at[0], actor_at[1])],
                recipient_offsets=[(other_at[0], other_at[1])],
                date=(START + timedelta(days=day)).isoformat(),
                date_granularity="day",
                event_id=f"{self.article_id}:e{number}",
            )
        )

    def article(self, outlet: str, published: str, title: str) -> Article:
        text = "".join(self.parts)
        for i, mention in enumerate(self.extraction.mentions):  # sentence ends, once all are known
            mention.sentence_end = _sentence_end(text, mention.end)
            self.extraction.mentions[i] = mention
        for quote in self.extraction.quotes:
            quote.sentence_end = _sentence_end(text, quote.end)
            quote.sentence = text[quote.sentence_start : quote.sentence_end]
        return Article(
            article_id=self.article_id,
            source=f"synthetic/{self.article_id}.txt",
            text=text,
            title=title,
            outlet=outlet,
            published=published,
            content_hash=hashlib.sha1(text.encode()).hexdigest(),
        )


def _sentence_end(text: str, position: int) -> int:
    found = text.find(". ", position)
    return len(text) if found < 0 else found + 1
