"""The evaluative lexicon: words that characterise an actor or an act (hand lists) or say how
someone feels (general sentiment lexicons), each with a weight lowered the more common the word is
in news, plus "-ly" adverbs news seldom uses. Read by the loaded-word ranking, the distinct
statements' evaluative strength and the comparison's labels."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from newsprism.nlp.lexicon import lines, words
from newsprism.stories.compare_text import WORD, Sentence, stem
from newsprism.stories.loaded_items import inside_any

RARE_ADVERB_WEIGHT = 0.5  # an unlisted "-ly" word news seldom uses (data file news_common_ly_words.txt)
MIN_ADVERB_LENGTH = 6  # "only", "ally", "July" are no adverbs of manner
COMMON_IN_NEWS = 0.02  # a word in this share of news articles keeps half its weight


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
        if inside_any(spans, start, end):
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
