"""Loaded wording: words an outlet uses to characterise an actor or an act where the other outlets
covering the story use other words ("slammed" where they write "said", "leaker" where they write
"whistleblower", "late-in-life" conversion).

Candidates are the words of a general evaluative lexicon (data file ``evaluative_words.tsv``:
labels, evaluative adjectives, stance verbs of saying, manner adverbs), "-ly" adverbs that news
seldom uses (any not in ``news_common_ly_words.txt``), a few words the outlet sets in quotation
marks inside its own sentence (scare quotes: these "students", a "reign of terror"), and the
evaluative descriptors an outlet puts before an actor's name when the others label that actor
differently (a plain differing title, "Spokesman", stays in ``label_differences``); figurative idioms
(``loaded_idioms``) weigh as a hand-listed word; words inside a quotation the outlet chose to
print count a little less than its own. They rank by the
lexicon's weight, by whether the other outlets avoid the word, by whether the word is rare in the
article (a repeated word is the topic, not a characterisation), by how early it comes, by
whether it sits next to a main actor, whose ``entity_id`` the item then carries, and by whether it
describes an occasion or an issue instead ("a bleak moment", "a contentious hearing"). The default view
shows up to ten of an article's strongest, those that pass a floor and come within reach of its
best word (``shortlist``); the rest stay in the full list. A word inside a quotation that other
outlets print too (the brief's own quote matching) is the speaker's wording: it says so in ``why``,
names them in ``also_carried_by`` and is shown after the outlet's own words. Inside a quotation only
the hand lists' characterising words count: a general sentiment lexicon's word there ("It is a
disgrace", "a terrific day") is how the speaker feels, not how the outlet characterises anyone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from newsprism.nlp.lexicon import lines, words
from newsprism.stories.compare_shared import SharedQuote, carried_by, shared_in
from newsprism.stories.compare_text import WORD, Sentence, normalised, stem
from newsprism.stories.features import stopwords
from newsprism.stories.loaded_context import fixed_term, occasion_after
from newsprism.stories.loaded_idioms import idiom_keys, idiom_spans, with_idioms

SHARED_WEIGHT = 0.5  # a word every other outlet uses still characterises, but is no difference
REPEATED_WEIGHT = 0.6  # a word used more than once in the article is likely the topic
EARLY_BONUS = 0.8  # added at the top of the article, falling to 0 at its end
ACTOR_WEIGHT = 1.2  # characterises one of the story's main actors (same sentence, nearby)
ACTOR_REACH = 80  # characters between the word and the actor's mention
LABEL_WEIGHT = 0.2  # a descriptor before a name that no other outlet uses for that actor
QUOTED_WEIGHT = 0.85  # a word inside a quotation: the outlet chose to print it, but did not write it
MIN_SCORE = 0.1  # weaker candidates stay out even of the full list
RARE_ADVERB_WEIGHT = 0.5  # an unlisted "-ly" word news seldom uses (data file news_common_ly_words.txt)
MIN_ADVERB_LENGTH = 6  # "only", "ally", "July" are no adverbs of manner
SHOWN_FLOOR = 0.2  # the default view shows no word scoring under this much
SHOWN_SHARE_OF_BEST = 0.4  # nor one scoring under this share of the article's best word
COMMON_IN_NEWS = 0.02  # a word in this share of news articles keeps half its weight
PLAIN_LABEL_WEIGHT = 0.05  # a differing title with no evaluative word ("Spokesman"): rarely loaded
SCARE_WEIGHT = 0.5  # a few words the outlet sets in quotation marks inside its own sentence
SCARE_MAX_WORDS = 6  # longer quoted stretches are quotations, not words held at arm's length
SCARE_SHORT_WORDS = 3  # up to this many words a scare quote weighs fully; longer ones less
SCARE_LONG_WEIGHT = 0.7  # 4-6 quoted words are as often a cut quotation as a held-up phrase
SCARE_MIN_OWN_WORDS = 3  # the sentence around it must be the outlet's own, not all quotation
OCCASION_WEIGHT = 0.5  # an evaluative word just before a noun naming an occasion or an issue
TERM_WEIGHT = 0.3  # an evaluative word inside a fixed plain term ("brand new", "pleaded guilty")
_WORD_BEFORE = re.compile(r"([^\W_]+)[ ,]+$")  # the word just before, in the same sentence
INTENSIFIER_REACH = 2  # degree words taken in before an evaluative word ("very, very wide")
_HANDLE_MARKS = ("@", "#")
_QUOTED = re.compile(r"“(\S[^“”\n]{0,79}?)”|(?<!\w)\"(\S[^\"\n]{0,79}?)\"(?!\w)")


class EvaluativeLexicon:
    """Evaluative words by stem, with a weight from 0 to 1."""

    def __init__(
        self,
        weights: Mapping[str, float],
        strengths: Mapping[str, float] | None = None,
        common_adverbs: frozenset[str] = frozenset(),
        characterising: frozenset[str] | None = None,
    ):
        self.weights = dict(weights)  # lowered for words common in news: a loaded word is rare
        self.strengths = dict(strengths if strengths is not None else weights)  # as listed
        self.common_adverbs = common_adverbs  # "-ly" words common in news; the others are rare
        # Stems of the hand lists, written as words that characterise an actor or an act; the
        # general sentiment lexicons' words say how someone feels ("a disgrace", "wonderful").
        self.characterising = frozenset(self.weights) if characterising is None else characterising
        self._memo: dict[str, tuple[float, float]] = {}

    def weight(self, word: str) -> float:
        return self.weights.get(stem(word), 0.0)

    def characterises(self, key: str) -> bool:
        """Whether a stem is one of the hand lists' characterising words (labels, loaded verbs,
        evaluative adjectives), not only a sentiment word or a rare "-ly" adverb."""
        return key in self.characterising

    def matches(self, text: str, raw: bool = False) -> list[tuple[int, int, float]]:
        """(start, end, weight) of every evaluative word of an article, found once per article;
        ``raw``: the listed strength, not lowered for common words (how evaluative a sentence is)."""
        return self.both_matches(text)[1 if raw else 0]

    def both_matches(self, text: str) -> tuple[list[tuple[int, int, float]], list[tuple[int, int, float]]]:
        """``matches(text)`` and ``matches(text, raw=True)`` in one pass over the words."""
        weighted, raw = [], []
        for match in WORD.finditer(text):
            found = self._memo.get(match.group())
            if found is None:
                found = self._weigh(match.group())
            weight, strength = found
            if weight:
                weighted.append((match.start(), match.end(), weight))
            if strength:
                raw.append((match.start(), match.end(), strength))
        return weighted, raw

    def _weigh(self, word: str) -> tuple[float, float]:
        """(weight, strength) of one written word, remembered: a story repeats its words."""
        key = stem(word)
        weight = self.weights.get(key, 0.0) or (RARE_ADVERB_WEIGHT if self.rare_adverb(word) else 0.0)
        if len(self._memo) > 200_000:
            self._memo.clear()  # a plain memo, bounded
        found = self._memo[word] = (weight, self.strengths.get(key, 0.0))
        return found

    def rare_adverb(self, word: str) -> bool:
        """A lower-case "-ly" word that news seldom uses: a manner or stance adverb ("stiffly")."""
        return (
            self.common_adverbs
            and len(word) >= MIN_ADVERB_LENGTH
            and word.endswith("ly")
            and word.islower()
            and word not in self.common_adverbs
        )


def evaluative_in(
    matches: list[tuple[int, int, float]], text: str, sentence: Sentence, spans: list[tuple[int, int]]
) -> list[tuple[int, int, float]]:
    """The article's evaluative words inside one sentence and inside ``spans`` (the writer's own
    voice); a capitalised word inside a sentence is a name ("Love", "Hope"), not an evaluation."""
    found = []
    for start, end, weight in matches:
        if start < sentence.start or end > sentence.end:
            continue
        if text[start].isupper() and start > sentence.start + 1:
            continue
        if _inside_any(spans, start, end):
            found.append((start, end, weight))
    return found


@lru_cache(maxsize=1)
def evaluative_lexicon() -> EvaluativeLexicon:
    """The bundled evaluative lexicon, each word's weight lowered the more common the word is in
    news (its ``news_df``); a word listed twice keeps its larger weight; the routine hedges of
    ``loaded_stock_words.txt`` ("alleged", "repeatedly") keep their strength but weigh nothing."""
    weights: dict[str, float] = {}
    strengths: dict[str, float] = {}
    characterising: set[str] = set()
    for line in lines("evaluative_words.tsv"):
        word, weight, source, news_df = (line.split("\t") + ["", "0"])[:4]
        key = stem(word)
        if source == "hand":
            characterising.add(key)
        rarity = 1.0 / (1.0 + float(news_df or 0) / COMMON_IN_NEWS)
        weights[key] = max(weights.get(key, 0.0), float(weight) * rarity)
        strengths[key] = max(strengths.get(key, 0.0), float(weight))
    for word in words("loaded_stock_words.txt"):  # routine hedges: evaluative, but no loaded word
        weights.pop(stem(word), None)
    return EvaluativeLexicon(weights, strengths, words("news_common_ly_words.txt"), frozenset(characterising))


@dataclass
class ArticleWords:
    """What the loaded-word ranking needs to know of one article."""

    article_id: str
    text: str
    sentences: list[Sentence]
    quote_spans: list[tuple[int, int]]
    actor_mentions: list[tuple[int, int, str, str]]  # start, end, name, entity_id
    labels: list[tuple[int, int, str, str]]  # start, end, label text, entity_id
    evaluative: list[tuple[int, int, float]]  # the lexicon's matches in the article
    shared_quotes: list[SharedQuote] = field(default_factory=list)  # quotations others carry too
    # Quotations the quote stage gives to someone (a speaker or a verb of saying): their words.
    said_spans: list[tuple[int, int]] = field(default_factory=list)
    counts: Counter | None = None  # stem -> uses in the text, when the caller has counted them


def loaded_words(
    article: ArticleWords,
    used_elsewhere: Callable[[str], float],
    other_labels: Mapping[str, set[str]],
    lexicon: EvaluativeLexicon,
    limit: int | None = 10,
) -> list[dict]:
    """The article's loaded words and labels, best first, as JSON items (at most ``limit``)."""
    own_counts = article.counts
    if own_counts is None:
        own_counts = Counter(stem(w) for w in WORD.findall(article.text))
    length = max(1, len(article.text))
    items = []
    starts = [w[0] for w in article.evaluative]  # in text order, as ``matches`` finds them
    idioms_here = idiom_spans(article.text, 0, len(article.text), own_counts)
    for sentence in article.sentences:
        own_voice = _outside(sentence.start, sentence.end, article.quote_spans)
        whole = [(sentence.start, sentence.end)]
        near = article.evaluative[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        near, idioms = with_idioms(near, idioms_here, sentence.start, sentence.end)
        for start, end, weight in evaluative_in(near, article.text, sentence, whole):
            if article.text[start - 1 : start] in _HANDLE_MARKS:
                continue  # part of a handle or hashtag ("@amnesty"), not a word
            key, word_start, idiom = stem(article.text[start:end]), start, (start, end) in idioms
            start = _with_intensifiers(article.text, sentence.start, start)
            word = article.text[start:end]
            keys = idiom_keys(article.text[word_start:end]) if idiom else [key]
            elsewhere = min(used_elsewhere(k) for k in keys)
            shared = elsewhere > 0
            quoted = not _inside_any(own_voice, start, end)
            if quoted and not (idiom or lexicon.characterises(key)):
                continue  # a speaker's feeling in a quotation ("a terrific day"), no characterisation
            score = weight * max(SHARED_WEIGHT, 1.0 - elsewhere)
            score *= REPEATED_WEIGHT if own_counts[key] > 1 else 1.0
            score *= 1 + EARLY_BONUS * (1 - start / length)
            score *= QUOTED_WEIGHT if quoted else 1.0
            actor = _nearest_actor(article.actor_mentions, sentence, start, end)
            if actor:
                score *= ACTOR_WEIGHT
            why = ("idiom " if idiom else "evaluative word ") + (
                f"{elsewhere:.0%} of the other outlets use" if shared else "no other outlet uses"
            )
            occasion, term = occasion_after(article.text, end), fixed_term(article.text, word_start, end)
            if occasion:
                score *= OCCASION_WEIGHT
                why += f"; describes the {occasion}, not an actor"
            if term:
                score *= TERM_WEIGHT
                why += f"; part of the plain term “{term}”"
            carried = _carried(article, start, end) if quoted else []
            if carried:  # the speaker's wording, which other outlets print too
                why += "; in a quotation also carried by " + carried_by(tuple(carried))
            elif quoted:
                why += "; in a quotation this outlet chose to print"
            items.append(_item(article.article_id, start, end, word, why, score, actor, carried))
    items += _scare_quotes(article, used_elsewhere, lexicon, length, own_counts)
    for start, end, label, entity_id in article.labels:
        theirs = other_labels.get(entity_id, set())
        if not theirs or label.lower() in theirs:
            continue  # no other outlet labels this actor, or one labels it alike
        evaluative = [lexicon.weight(w) for w in WORD.findall(label) if lexicon.weight(w)]
        weight = max([LABEL_WEIGHT] + evaluative) if evaluative else PLAIN_LABEL_WEIGHT
        score = weight * (1 + EARLY_BONUS * (1 - start / length))
        why = "label the others do not use (they write " + "; ".join(sorted(theirs)[:2]) + ")"
        items.append(_item(article.article_id, start, end, label, why, score, ("", entity_id)))
    items = [item for item in _deduplicated(items) if item["score"] >= MIN_SCORE]
    items.sort(key=lambda item: (-item["score"], item["start"]))
    return items[:limit] if limit is not None else items


def _with_intensifiers(text: str, sentence_start: int, start: int) -> int:
    """Where an evaluative word's item starts once the degree words before it are taken in."""
    degree = words("intensifiers.txt")
    for _ in range(INTENSIFIER_REACH):
        before = _WORD_BEFORE.search(text, max(sentence_start, start - 40), start)
        if not before or before.group(1).lower() not in degree:
            break
        start = before.start(1)
    return start


def scare_quotes(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """(start, end) of the few words a sentence sets in quotation marks while the rest of it is
    the writer's own ("a “phony theology”", "these “students.”"): wording the outlet holds up."""
    found = []
    for match in _QUOTED.finditer(text, sentence.start, sentence.end):
        group = 1 if match.group(1) is not None else 2
        start, end = match.span(group)
        quoted = match.group(group).rstrip()
        inner = WORD.findall(quoted)
        if not inner or len(inner) > SCARE_MAX_WORDS or not quoted[0].islower():
            continue  # nothing quoted, a quotation, or a name or title ("Meet the Press")
        if quoted[-1] in ",?!:;":
            continue  # a piece of a quoted sentence ("There was no such impropriety,")
        own = len(WORD.findall(text[sentence.start : match.start()])) + len(
            WORD.findall(text[match.end() : sentence.end])
        )
        if own >= SCARE_MIN_OWN_WORDS:  # the item is the wording, not the period set inside the marks
            found.append((start, start + len(quoted.rstrip("."))))
    return found


def _scare_quotes(
    article: ArticleWords, used_elsewhere, lexicon: EvaluativeLexicon, length: int, own_counts: Counter
) -> list[dict]:
    """Scare-quoted wording as items, stronger when evaluative and when the others avoid it. Two or more
    plain words in quotation marks whose words other outlets write too ("at the direction", "military
    necessity"), or three content words most others write whose only evaluative word is a sentiment
    lexicon's ("has never favored same-sex marriage"), are a cut quotation, someone's wording the others
    quote or paraphrase, not words the outlet holds at arm's length: no item. A plain phrase no other
    outlet writes ("smoking gun") and a single plain word ("standardless") stay (on BASIL dev the 37 plain
    phrases of the default view lay on no marked span), unless every other outlet writes its words (the
    story's term: "birthers", a "model" law) or the quote stage gives the phrase to a speaker
    (``said_spans``: she was "leaning strongly", a cut quotation, not wording held up)."""
    items = []
    for sentence in article.sentences:
        for start, end in scare_quotes(article.text, sentence):
            words = WORD.findall(article.text[start:end])
            strength = max(lexicon.strengths.get(stem(w), 0.0) for w in words)
            content = [stem(w) for w in words if len(w) > 2] or [stem(w) for w in words]
            elsewhere = sum(used_elsewhere(key) for key in content) / len(content)
            if _cut_or_term(words, strength, elsewhere, lexicon):
                continue  # every outlet's term, or cut from someone's sentence ("at the direction")
            if not strength and len(words) > 1 and _inside_any(article.said_spans, start, end):
                continue  # words the quote stage gives a speaker ("leaning strongly"): a cut quotation
            if _not_held_up(words, strength, own_counts):
                continue  # an answer, or the term the article is about
            score = (SCARE_WEIGHT + SCARE_WEIGHT * strength) * max(SHARED_WEIGHT, 1.0 - elsewhere)
            score *= 1.0 if len(words) <= SCARE_SHORT_WORDS else SCARE_LONG_WEIGHT
            score *= 1 + EARLY_BONUS * (1 - start / length)
            actor = _nearest_actor(article.actor_mentions, sentence, start, end)
            score *= ACTOR_WEIGHT if actor else 1.0
            why = "wording set in quotation marks" + (
                f"; {elsewhere:.0%} of the other outlets use its words"
                if elsewhere
                else "; no other outlet uses it"
            )
            carried = _carried(article, start, end)
            if carried:  # the quote matching finds these words quoted by other outlets too
                why += "; a quotation also carried by " + carried_by(tuple(carried))
            text = article.text[start:end]
            items.append(_item(article.article_id, start, end, text, why, score, actor, carried))
    return items


def _cut_or_term(words: list[str], strength: float, elsewhere: float, lexicon: EvaluativeLexicon) -> bool:
    """Quoted words every outlet writes, or cut from a quotation (see ``_scare_quotes``)."""
    long = sum(w.lower() not in stopwords() for w in words) >= SCARE_SHORT_WORDS and elsewhere > 0.5
    held = bool(strength) and not (long and not any(lexicon.characterises(stem(w)) for w in words))
    return (elsewhere >= 1.0 or len(words) > 1 and elsewhere > 0) and not held


TERM_USES = 3  # a plain word the article writes this often is the term it discusses


def _not_held_up(quoted: list[str], strength: float, own_counts: Counter) -> bool:
    """Whether words in quotation marks are no wording the outlet holds up: a plain answer or
    function word (a “no” vote, ``answer_words.txt``), or a term the article discusses, one of
    whose words it writes ``TERM_USES`` times or more (a column on the court's
    “anti-commandeering” rule, its “affirmative authorization” test, what is “commandeered”)."""
    plain = _plain_words()
    content = [w for w in quoted if w.lower() not in plain]
    if strength:
        return False
    return not content or any(own_counts[stem(w)] >= TERM_USES for w in content)


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    return stopwords() | words("answer_words.txt")


def shortlist(items: list[dict], cap: int) -> list[dict]:
    """The default view of one article's ranked loaded words: at most ``cap``, none under
    ``SHOWN_FLOOR`` (a common word, shared, late, far from any actor), none under
    ``SHOWN_SHARE_OF_BEST`` of the article's best, each wording once. Annotators mark about 1.6
    loaded spans per article, mostly among its strongest candidates; filling ten slots found a
    few more of them at the price of many unmarked words (BASIL dev 2010-2012: recall 0.490 at
    precision 0.135 filled, 0.430 at 0.175 with the share)."""
    if not items:
        return []
    least = max(SHOWN_FLOOR, SHOWN_SHARE_OF_BEST * items[0]["score"])
    shown, wordings = [], set()
    for item in items:
        if len(shown) == cap or item["score"] < least:
            break
        wording = normalised(item["text"])
        if wording not in wordings:  # a word the article repeats is shown once, where it scores best
            wordings.add(wording)
            shown.append(item)
    return sorted(shown, key=lambda item: "also_carried_by" in item)  # the outlet's own words first


def once_per_outlet(shown: list[dict], more: list[dict]) -> list[dict]:
    """The items of ``more`` whose wording the outlet's items ``shown`` so far (its earlier
    articles) do not hold: an outlet that writes "searing" in two articles shows it once."""
    seen = {normalised(item["text"]) for item in shown}
    return [item for item in more if normalised(item["text"]) not in seen]


def _item(article_id, start, end, text, why, score, actor, carried=()) -> dict:
    item = {"article_id": article_id, "start": start, "end": end, "text": text, "why": why}
    item["entity_id"] = actor[1] if actor else None
    if actor and actor[0]:
        item["why"] += f"; about {actor[0]}"
    item["score"] = round(score, 3)
    if carried:
        item["also_carried_by"] = list(carried)
    return item


def _carried(article: ArticleWords, start: int, end: int) -> list[str]:
    """The other outlets that print the quotation around ``start:end`` too (the brief's own quote
    matching): such words are the speaker's, not this outlet's alone."""
    inside = shared_in(article.shared_quotes, start, end)
    return sorted({outlet for quote in inside for outlet in quote.outlets})


def _inside_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _outside(start: int, end: int, quote_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    parts, cursor = [], start
    for s, e in sorted(quote_spans):
        if e <= cursor or s >= end:
            continue
        if s > cursor:
            parts.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < end:
        parts.append((cursor, end))
    return parts


def _nearest_actor(mentions, sentence: Sentence, start: int, end: int) -> tuple[str, str] | None:
    """(name, entity id) of the main actor mentioned closest to the word in its sentence."""
    best, best_gap = None, ACTOR_REACH + 1
    for m_start, m_end, name, entity_id in mentions:
        if not (sentence.start <= m_start < sentence.end):
            continue
        gap = start - m_end if m_end <= start else m_start - end
        if 0 <= gap < best_gap:
            best, best_gap = (name, entity_id), gap
    return best


def _deduplicated(items: list[dict]) -> list[dict]:
    """One item per stretch of text: of overlapping items (a lexicon word inside a scare quote, a
    label around a lexicon word) the better scoring stays."""
    kept: list[dict] = []
    spans: dict[str, tuple[list[int], list[int]]] = {}  # per article: starts and ends of kept items
    for item in sorted(items, key=lambda item: (-item["score"], item["start"])):
        starts, ends = spans.setdefault(item["article_id"], ([], []))
        # Kept stretches (each a word or more) never overlap, so sorted by start they are sorted by
        # end too: only the last one starting before this item ends can reach into it.
        at = bisect_left(starts, item["end"])
        if at and ends[at - 1] > item["start"]:
            continue
        starts.insert(at, item["start"])
        ends.insert(at, item["end"])
        kept.append(item)
    return kept
