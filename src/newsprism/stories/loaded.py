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
print count a little less than its own, and less again when no main actor stands near them (the
speaker's rhetoric about a plan or a day, not how anyone in the story is cast). They rank by the
lexicon's weight, by whether the other outlets avoid the word (a noun labelling a person that
most of the story's outlets write is the story's word for that kind of actor, "accuser"), by
whether the word is rare in the article (a repeated word is the topic, not a characterisation),
by how early it comes, by
whether it sits next to a main actor, whose ``entity_id`` the item then carries, and by whether it
describes an occasion or an issue instead ("a bleak moment", "a contentious hearing"), and by how it
stands in its sentence, read from the parse the article keeps (a noun that is the sentence's subject
names its topic, ``loaded_roles``). The default view
shows up to ten of an article's strongest, those that pass a floor and come within reach of its
best word (``shortlist``); the rest stay in the full list. A word inside a quotation that other
outlets print too (the brief's own quote matching) is the speaker's wording: it says so in ``why``,
names them in ``also_carried_by`` and is shown after the outlet's own words; a word inside a
quotation given to a named speaker says whose word it is ("quoted: NAME's word"), and so does a
label there. Inside a quotation only the hand lists' characterising words count: a general
sentiment lexicon's word there ("It is a disgrace", "a terrific day") is how the speaker feels,
not how the outlet characterises anyone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping

from newsprism.nlp.lexicon import words
from newsprism.stories.compare_shared import carried_by
from newsprism.stories.compare_text import WORD, normalised, stem
from newsprism.stories.evaluative import (  # noqa: F401 (the lexicon's home before the split)
    COMMON_IN_NEWS,
    EvaluativeLexicon,
    evaluative_in,
    evaluative_lexicon,
)
from newsprism.stories.loaded_context import fixed_term, occasion_after
from newsprism.stories.loaded_idioms import idiom_keys, idiom_spans, with_idioms
from newsprism.stories.loaded_items import (  # noqa: F401 (ArticleWords: the callers' import)
    ACTOR_WEIGHT,
    EARLY_BONUS,
    SHARED_WEIGHT,
    STORY_WORD_WEIGHT,
    ArticleWords,
    carriers_of,
    deduplicated,
    inside_any,
    loaded_item,
    nearest_actor,
    outside,
    story_word,
    whose_word,
)
from newsprism.stories.loaded_roles import WordRoles, weighed_by_role
from newsprism.stories.loaded_scare import scare_quote_items, scare_quotes  # noqa: F401

REPEATED_WEIGHT = 0.6  # a word used more than once in the article is likely the topic
LABEL_WEIGHT = 0.2  # a descriptor before a name that no other outlet uses for that actor
QUOTED_WEIGHT = 0.85  # a word inside a quotation: the outlet chose to print it, but did not write it
QUOTED_NO_ACTOR_WEIGHT = 0.7  # ...and less again when it stands near none of the story's main actors
MIN_SCORE = 0.1  # weaker candidates stay out even of the full list
SHOWN_FLOOR = 0.2  # the default view shows no word scoring under this much
SHOWN_SHARE_OF_BEST = 0.4  # nor one scoring under this share of the article's best word
PLAIN_LABEL_WEIGHT = 0.05  # a differing title with no evaluative word ("Spokesman"): rarely loaded
OCCASION_WEIGHT = 0.5  # an evaluative word just before a noun naming an occasion or an issue
TERM_WEIGHT = 0.3  # an evaluative word inside a fixed plain term ("brand new", "pleaded guilty")
_WORD_BEFORE = re.compile(r"([^\W_]+)[ ,]+$")  # the word just before, in the same sentence
INTENSIFIER_REACH = 2  # degree words taken in before an evaluative word ("very, very wide")
_HANDLE_MARKS = ("@", "#")


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
        own_voice = outside(sentence.start, sentence.end, article.quote_spans)
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
            quoted = not inside_any(own_voice, start, end)
            if quoted and not (idiom or lexicon.characterises(key)):
                continue  # a speaker's feeling in a quotation ("a terrific day"), no characterisation
            common = not idiom and story_word(key, elsewhere, article.outlets)  # no framing
            score = weight * (STORY_WORD_WEIGHT if common else max(SHARED_WEIGHT, 1.0 - elsewhere))
            score *= REPEATED_WEIGHT if own_counts[key] > 1 else 1.0
            score *= 1 + EARLY_BONUS * (1 - start / length)
            score *= QUOTED_WEIGHT if quoted else 1.0
            actor = nearest_actor(article.actor_mentions, sentence, start, end)
            if actor:
                score *= ACTOR_WEIGHT
            elif quoted:  # the speaker's rhetoric about a policy or a day, not a characterisation
                score *= QUOTED_NO_ACTOR_WEIGHT
            why = ("idiom " if idiom else "evaluative word ") + (
                f"{elsewhere:.0%} of the other outlets use" if shared else "no other outlet uses"
            )
            why += "; the story's word for such an actor: most outlets covering it write it" if common else ""
            occasion, term = occasion_after(article.text, end), fixed_term(article.text, word_start, end)
            if occasion:
                score *= OCCASION_WEIGHT
                why += f"; describes the {occasion}, not an actor"
            if term:
                score *= TERM_WEIGHT
                why += f"; part of the plain term “{term}”"
            carried = carriers_of(article, start, end) if quoted else []
            whose = whose_word(article, start, end) if quoted else ""  # "; quoted: NAME's word"
            if carried:  # the speaker's wording, which other outlets print too
                why += whose + "; in a quotation also carried by " + carried_by(tuple(carried))
            elif quoted:
                why += (whose + ", which") if whose else "; in a quotation"
                why += " this outlet chose to print"
            items.append(loaded_item(article.article_id, start, end, word, why, score, actor, carried))
    items += scare_quote_items(article, used_elsewhere, lexicon, length, own_counts)
    for start, end, label, entity_id in article.labels:
        theirs = other_labels.get(entity_id, set())
        if not theirs or label.lower() in theirs:
            continue  # no other outlet labels this actor, or one labels it alike
        evaluative = [lexicon.weight(w) for w in WORD.findall(label) if lexicon.weight(w)]
        weight = max([LABEL_WEIGHT] + evaluative) if evaluative else PLAIN_LABEL_WEIGHT
        score = weight * (1 + EARLY_BONUS * (1 - start / length))
        why = "label the others do not use (they write " + "; ".join(sorted(theirs)[:2]) + ")"
        if inside_any(article.quote_spans, start, end):  # the speaker's label, which the outlet printed
            score *= QUOTED_WEIGHT
            why += (
                whose_word(article, start, end) or "; in a quotation"
            ) + ", which this outlet chose to print"
        items.append(loaded_item(article.article_id, start, end, label, why, score, ("", entity_id)))
    actors = [mention[:2] for mention in article.actor_mentions]
    items = weighed_by_role(items, WordRoles(article.word_roles, actors, article.text))
    items = [item for item in deduplicated(items) if item["score"] >= MIN_SCORE]
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
