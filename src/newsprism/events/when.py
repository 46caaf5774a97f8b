"""When an event happened: the date expression of its own clause, resolved by its tense.

A sentence often holds several dates, and only one belongs to the event: "Hours after
Saturday's attack, May called for ..." dates the attack, not the call; "since Saturday" opens a
span; "a June 30 deadline" names a deadline. So a date counts for an event only when it hangs
from the event's own clause (the trigger, its event noun, or a participial clause of it), or,
for an act announced for later, from the verb that announces it ("announced yesterday that it
would pull out in 2018" is dated yesterday, the day it was announced). Modifier dates never do.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

import newsprism.events.rules as rules
from newsprism.events.date_spans import completed_text
from newsprism.events.dates import DateExpression, parse_published, resolve_date
from newsprism.events.lexicon import Lexicon, lemma_of
from newsprism.nlp import lexicon
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.words import POSSESSIVE_MARKS

# How a date word hangs from a noun it only describes ("Sunday's shooting", "a June 30 deadline").
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# "since Saturday" is when something began, "through September 30" when something ends: not a day
SPAN_OPENERS = lexicon.words("date_span_openers.txt")


def event_date(
    heads: list[Token],
    governors: list[Token],
    sent: Span,
    expressions: list[DateExpression],
    published: str | None,
    tense: str,
    lex: Lexicon,
    performed_by_saying: bool = False,
) -> tuple[str | None, str | None, str | None]:
    """(date, granularity, date text) of the event whose clause words are ``heads``; without a
    date of its own, the publication date with no granularity. ``performed_by_saying``: a speech
    act in the present ("we reject ...") happens when it is said."""
    chosen = pick_expression(heads, governors, sent, expressions, tense, lex, performed_by_saying)
    if chosen is not None:
        text = completed_text(chosen, expressions, sent.text, sent.start_char)
        date, granularity = resolve_date(text, published, tense)
        return date, granularity, chosen.text
    day = parse_published(published)
    return (day.isoformat() if day else None), None, None


def pick_expression(
    heads: list[Token],
    governors: list[Token],
    sent: Span,
    expressions: list[DateExpression],
    tense: str,
    lex: Lexicon,
    performed_by_saying: bool = False,
) -> DateExpression | None:
    """The event's own date expression, else (for an act announced for later) the announcement's."""
    own, related, announced = [], [], []
    head_ids = {h.i for h in heads}
    related_ids = {t.i for h in heads for t in _related_clauses(h)} - head_ids
    governor_ids = {g.i for g in governors}
    for expression in expressions:
        span = _tokens_of(expression, sent)
        if span is None or (_is_modifier(span) and not _dates_own_noun(span, head_ids)):
            continue
        anchor = _anchor(span.root, head_ids | related_ids | governor_ids)
        if anchor is None:
            continue
        if anchor.i in head_ids:
            own.append(expression)
        elif anchor.i in related_ids:
            related.append(expression)
        elif anchor.i in governor_ids:
            announced.append(expression)
    pivot = heads[0].idx

    def nearest(pool: list[DateExpression]) -> DateExpression:
        return min(pool, key=lambda e: min(abs(e.start - pivot), abs(e.end - pivot)))

    announced_by_speech = [e for e in announced if any(lemma_of(g) in lex.speech for g in governors)]
    if tense in ("future", "upcoming") and announced_by_speech:
        return nearest(announced_by_speech)
    if own or related:
        return nearest(own or related)
    if (tense in ("future", "upcoming") or performed_by_saying) and announced:
        # "is expected to ... Friday", "said it would ... next week", '"We reject it," X said Monday'
        return nearest(announced)
    return None  # "X attacked Y, police said Monday": the saying's day is not the attack's


def _related_clauses(token: Token) -> list[Token]:
    """Clauses that share the event's time: a verb it is conjoined with ("on Wednesday disrupted
    the inquiry and prevented ..."), the verb a subjectless participle of it hangs from
    ("turned on X yesterday, accusing ..."), its complement ("was allowed to proceed Tuesday"),
    and a when-clause on it ("When X was fired last year, Y ...")."""
    found = [c for c in token.children if c.dep_ == "xcomp"]
    found += [c for c in token.children if c.dep_ == "advcl" and _is_when_clause(c)]
    current = token
    for _ in range(4):
        head = current.head
        subjectless = current.dep_ == "advcl" and not any(
            c.dep_.startswith("nsubj") for c in current.children
        )
        if head.i == current.i or not (current.dep_ == "conj" or subjectless):
            break
        found.append(head)
        current = head
    found += [c for c in token.conjuncts if c.pos_ in ("VERB", "AUX")]
    return found


def _is_when_clause(clause: Token) -> bool:
    return any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in clause.children)


def _tokens_of(expression: DateExpression, sent: Span) -> Span | None:
    span = sent.doc.char_span(expression.start, expression.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _is_modifier(span: Span) -> bool:
    """ "Sunday's shooting", "last week's airstrike", "a June 30 deadline", "since Saturday"."""
    doc, root = span.doc, span.root
    after = doc[span.end] if span.end < len(doc) else None
    if root.dep_ == "poss" or (after is not None and after.lower_ in POSSESSIVE_MARKS):
        return True
    head = root.head
    if root.dep_ in MODIFIER_DEPS and head.pos_ in ("NOUN", "PROPN") and entity_label(head) != "DATE":
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if span[0].lower_ in SPAN_OPENERS or (before is not None and before.lower_ in SPAN_OPENERS):
        return True
    return rules.enabled("since_phrases") and _inside_since(root)


def _inside_since(token: Token) -> bool:
    """'the first envoy to visit the island since a minister in 1990': a date inside a
    since-phrase, or hung right after it from the same verb, dates the act it recalls."""
    current = token.head
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        if current.dep_ == "prep" and current.lower_ == "since":
            return True
        current = current.head
    if current.dep_ == "prep" and current.lower_ == "since":
        return True
    prep = token if token.dep_ == "prep" else token.head if token.head.dep_ == "prep" else None
    if prep is None or prep.i == 0:
        return False
    return any(
        sibling.dep_ == "prep" and sibling.lower_ == "since" and sibling.right_edge.i == prep.i - 1
        for sibling in prep.head.children
    )


def _dates_own_noun(span: Span, head_ids: set[int]) -> bool:
    """ "ordered the Jan. 2 strike": a date modifying the event's own noun dates the event; one
    on another noun ("condemned Sunday's shooting") names a happening in passing."""
    root = span.root
    return root.dep_ in MODIFIER_DEPS and root.head.i in head_ids and rules.enabled("own_noun_dates")


def _anchor(token: Token, wanted: set[int]) -> Token | None:
    """The clause word a date hangs from: up through nouns and prepositions to the first verb,
    or to a wanted word (an event noun) on the way; a participial clause without a subject of
    its own ("Speaking on Tuesday, X said") is its main verb's."""
    current = token
    for _ in range(len(token.doc)):
        if current.i in wanted:
            return current
        if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT":
            bare_participle = current.dep_ == "advcl" and current.tag_ in ("VBG", "VBN")
            if bare_participle and not any(c.dep_.startswith("nsubj") for c in current.children):
                current = current.head
                continue
            return current
        if current.head.i == current.i:
            return current
        current = current.head
    return None


def sentence_date(
    sent: Span,
    expressions: list[DateExpression],
    published: str | None,
    tense: str,
    lex: Lexicon,
    told_from: tuple[str, str] | None = None,
) -> tuple[str | None, str | None, str | None]:
    """For a sentence without an event: its first date that modifies no noun, opens no span and
    does not date a report ("the next day" counted from ``told_from``, the date told before)."""
    for expression in expressions:
        span = _tokens_of(expression, sent)
        if span is None or _is_modifier(span):
            continue
        anchor = _anchor(span.root, set())
        if anchor is None or lemma_of(anchor) not in lex.speech:
            text = completed_text(expression, expressions, sent.text, sent.start_char)
            date, granularity = resolve_date(text, published, tense, told_from)
            return date, granularity, expression.text
    day = parse_published(published)
    return (day.isoformat() if day else None), None, None


def date_tense(clause: Token, governors: list[Token], future: bool, past: bool, lex: Lexicon) -> str:
    """past, present, future ("will": strictly ahead) or upcoming (planned, expected, "would":
    ahead, the publication day included), for resolving a weekday or month."""
    heads = [clause] + [g for g in governors if lemma_of(g) not in lex.speech]
    auxiliaries = {c.lower_ for h in heads for c in h.children if c.dep_ == "aux"}
    if auxiliaries & (lex.future_aux | {"will"}):
        return "future"
    if future or "would" in auxiliaries:
        return "upcoming"
    if past:
        return "past"
    if clause.tag_ == "VBG" and auxiliaries & {"is", "are", "am", "'s", "'re"}:
        return "upcoming"  # "the leaders are meeting on Sunday" is ahead
    if clause.tag_ in ("VBZ", "VBP") and not auxiliaries:
        return "upcoming"  # "the president travels to Ohio on Sunday": news tells the past in the past
    return "present"
