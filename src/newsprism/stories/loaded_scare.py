"""Scare quotes: the few words an outlet sets in quotation marks inside its own sentence (these
"students", a "reign of terror"), wording it holds at arm's length, as loaded-word items; cut
quotations, every outlet's term and the article's own topic term are left out."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from newsprism.nlp.lexicon import words
from newsprism.stories.compare_shared import carried_by
from newsprism.stories.compare_text import WORD, Sentence, stem
from newsprism.stories.evaluative import EvaluativeLexicon
from newsprism.stories.features import stopwords
from newsprism.stories.loaded_items import (
    ACTOR_WEIGHT,
    EARLY_BONUS,
    SHARED_WEIGHT,
    ArticleWords,
    carriers_of,
    inside_any,
    loaded_item,
    nearest_actor,
    whose_word,
)

SCARE_WEIGHT = 0.5  # a few words the outlet sets in quotation marks inside its own sentence
SCARE_MAX_WORDS = 6  # longer quoted stretches are quotations, not words held at arm's length
SCARE_SHORT_WORDS = 3  # up to this many words a scare quote weighs fully; longer ones less
SCARE_LONG_WEIGHT = 0.7  # 4-6 quoted words are as often a cut quotation as a held-up phrase
SCARE_MIN_OWN_WORDS = 3  # the sentence around it must be the outlet's own, not all quotation
_QUOTED = re.compile(r"“(\S[^“”\n]{0,79}?)”|(?<!\w)\"(\S[^\"\n]{0,79}?)\"(?!\w)")


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


def scare_quote_items(
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
            if not strength and len(words) > 1 and inside_any(article.said_spans, start, end):
                continue  # words the quote stage gives a speaker ("leaning strongly"): a cut quotation
            if _not_held_up(words, strength, own_counts):
                continue  # an answer, or the term the article is about
            score = (SCARE_WEIGHT + SCARE_WEIGHT * strength) * max(SHARED_WEIGHT, 1.0 - elsewhere)
            score *= 1.0 if len(words) <= SCARE_SHORT_WORDS else SCARE_LONG_WEIGHT
            score *= 1 + EARLY_BONUS * (1 - start / length)
            actor = nearest_actor(article.actor_mentions, sentence, start, end)
            score *= ACTOR_WEIGHT if actor else 1.0
            why = "wording set in quotation marks" + (
                f"; {elsewhere:.0%} of the other outlets use its words"
                if elsewhere
                else "; no other outlet uses it"
            )
            why += whose_word(article, start, end)  # a named speaker's: the mayor called it a “hoax”
            carried = carriers_of(article, start, end)
            if carried:  # the quote matching finds these words quoted by other outlets too
                why += "; a quotation also carried by " + carried_by(tuple(carried))
            text = article.text[start:end]
            items.append(loaded_item(article.article_id, start, end, text, why, score, actor, carried))
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
