"""A bare surname two people of the article share ("Donald Trump" and "Donald Trump Jr."): the
article's main bearer, not the longest name, unless the writer marks the other.

Longest-name-first is right for one person met in fuller forms ("Okafor" -> "Denise Okafor"), wrong
when the longer form is someone else: a generational suffix the shorter lacks. (Another given name
is left to the rules before: grouping by given names let a misread "Though Reich" outrank
"Robert Reich" on unseen8.) A careful reader gives "Trump said" to the person the article is
about (named first) unless the other was just named in full (this sentence or the one before) or
the surname carries a marking word of its own ("the new Trump"), which leave the choice as it
was (rule group ``surname_main_bearer``); a generation word picks the bearer by the suffix ("the
elder Conyers": none; "the younger Trump": Jr., rule group ``generation_word``).
"""

from __future__ import annotations

from bisect import bisect_right

from newsprism.nlp import lexicon
from newsprism.people.names import generational_suffixes
from newsprism.quotes import rules

GENERATION_WORDS = lexicon.pairs("generation_words.tsv")  # "elder" -> "senior", "younger" -> "junior"


def _suffix(name: str) -> str:
    """The name's generational suffix, folded ("" if none): "Alan Breck Jr." -> "jr"."""
    words = name.split()
    last = words[-1].rstrip(".,").lower() if len(words) > 2 else ""
    return last if last in generational_suffixes() else ""


def main_bearer(article, fits: list[tuple[int, str]], offset: int) -> list[tuple[int, str]]:
    """Of ``fits`` (offset, name) for a bare surname at ``offset``, the forms of one person: the one
    named first, unless another was named in full this sentence or the one before, or the surname
    is marked ("the younger X"); ``fits`` unchanged when one person, a mark or no clear choice."""
    if not rules.enabled("surname_main_bearer"):
        return fits
    if len({n for _, n in fits}) < 2:  # one name, so one person (most surnames of an article)
        return fits
    by_suffix: dict[str, list[tuple[int, str]]] = {}
    for item in sorted(f for f in fits if len(f[1].split()) > 1):
        by_suffix.setdefault(_suffix(item[1]), []).append(item)
    people = list(by_suffix.values())
    if len(people) < 2:
        return fits
    if _marked(article, offset):
        return fits
    index = bisect_right(article.sentence_starts, offset) - 1
    since = article.sentence_starts[max(0, index - 1)] if index >= 0 else 0
    recent = [g for g in people if any(since <= o < offset for o, _ in g)]
    if recent:  # the text just named one of them: that one (two: the choice as before)
        return recent[0] if len(recent) == 1 else fits
    return min(people, key=lambda g: g[0][0])


def _marked(article, offset: int) -> bool:
    """The surname token carries a word of its own before it ("the younger Trump")."""
    span = article.doc.char_span(offset, offset + 1, alignment_mode="expand")
    token = span[0] if span is not None and len(span) else None
    if token is None:
        return False
    return any(c.dep_ in ("amod", "compound", "nmod") and c.i < token.i for c in token.children)


def by_generation(article, fits: list[tuple[int, str]], offset: int) -> list[tuple[int, str]]:
    """Of ``fits`` for a bare surname, the bearers without a generational suffix after "the elder",
    those with one after "the younger" (``fits`` unchanged when unmarked or none is left)."""
    generation = _generation_marked(article, offset)
    if not generation:
        return fits
    return [f for f in fits if bool(_suffix(f[1])) == (generation == "junior")] or fits


def _generation_marked(article, offset: int) -> str | None:
    """ "senior" or "junior" when the word before the surname marks a generation ("the elder
    Conyers", "the younger Trump"; data ``generation_words.tsv``, rule group ``generation_word``)."""
    if not rules.enabled("generation_word"):
        return None
    span = article.doc.char_span(offset, offset + 1, alignment_mode="expand")
    token = span[0] if span is not None and len(span) else None
    if token is None or token.i == 0:
        return None
    return GENERATION_WORDS.get(token.doc[token.i - 1].lower_)
