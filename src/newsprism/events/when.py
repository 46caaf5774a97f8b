"""When an event happened: the date expression of its own clause, resolved by its tense.

A sentence often holds several dates, and only one belongs to the event: "Hours after
Saturday's attack, May called for ..." dates the attack, not the call; "since Saturday" opens a
span; "a June 30 deadline" names a deadline. So a date counts for an event only when it hangs
from the event's own clause (the trigger, its event noun, or a participial clause of it), or,
for an act announced for later, from the verb that announces it ("announced yesterday that it
would pull out in 2018" is dated yesterday, the day it was announced). Modifier dates never do.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

import newsprism.events.rules as rules
from newsprism.events import date_clauses
from newsprism.events.date_clauses import (
    in_apposition,
    is_when_clause,
    reported_by_participle,
    told_gathering,
    wh_complement,
)
from newsprism.events.date_spans import completed_text
from newsprism.events.date_tenses import date_tense, past_on_present_state, set_after, verb_tense
from newsprism.events.dates import AHEAD, DateExpression, parse_published, resolve_date, unnamed_first
from newsprism.events.event_noun_dates import after_subject_act, on_event_noun, prep_of
from newsprism.events.lexicon import Lexicon, lemma_of
from newsprism.nlp import lexicon
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.words import POSSESSIVE_MARKS

# How a date word hangs from a noun it only describes ("Sunday's shooting", "a June 30 deadline",
# "two rate hikes this year").
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
# "since Saturday" is when something began, "through September 30" when something ends: not a day
SPAN_OPENERS = lexicon.words("date_span_openers.txt")
WITHIN_PREPS = lexicon.words("date_within_preps.txt")  # "at Tuesday's hearing": the act's own day
REFERENCE_PREPS = lexicon.words("date_reference_preps.txt")  # "after spending last week ...": not
STATE_PREPS = lexicon.words("date_state_preps.txt")  # "As of Tuesday, ... will": that Tuesday
NAMING_PARTICIPLES = lexicon.words("date_naming_participles.txt")  # "a company known as X": no day


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
        span = _tokens_of(chosen, sent)
        anchor = _anchor(span.root, {h.i for h in heads}) if span is not None else None
        tense = _tense_of_anchor(anchor, heads, tense, lex)
        tense = "nearest" if _state_at(span) else set_after(anchor, tense, lex)
        date, granularity = resolve_date(text, published, tense)
        return date, granularity, chosen.text
    day = parse_published(published)
    return (day.isoformat() if day else None), None, None


def _state_at(span: Span | None) -> bool:
    """ "As of Tuesday, the winner will acquiesce", "had been made as of Sunday": a day a state is
    counted at, read nearest the publication (usually the day past or today), not ahead."""
    if span is None or span.start < 2 or not rules.enabled("state_days"):
        return False
    return span.doc[span.start - 2 : span.start].text.lower() in STATE_PREPS


def _tense_of_anchor(anchor: Token | None, heads: list[Token], tense: str, lex: Lexicon) -> str:
    """The tense a date is read in: the event's own, unless the date hangs from another clause. A
    saying's date is read in the saying's tense ("said on Sunday that he is pushing for talks": the
    Sunday before, though the pushing goes on), and a clause sharing the event's time in that
    clause's ("On Monday, Obama heads to Boston to honor Kennedy": the coming Monday)."""
    if anchor is None or anchor.i in {h.i for h in heads} or not rules.enabled("anchor_tenses"):
        return tense
    if lemma_of(anchor) in lex.speech:
        return "past" if verb_tense(anchor) == "past" else tense
    if anchor.pos_ not in ("VERB", "AUX"):
        return tense
    return date_tense(anchor, [], False, verb_tense(anchor) == "past", lex)


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
    own, related, announced, spans = [], [], [], False
    head_ids = {h.i for h in heads}
    related_ids = {t.i for h in heads for t in _related_clauses(h)} - head_ids
    governor_ids = {g.i for g in governors}
    saying_ids = {s.i for s in _sayings_above(heads[1] if len(heads) > 1 else heads[0], lex)} - governor_ids
    said_above = []
    for expression in expressions:
        span = _tokens_of(expression, sent)
        if span is None or (_is_modifier(span) and not _dates_own_noun(span, head_ids, heads[0])):
            if span is not None and _opens_span(span) and _anchor(span.root, head_ids) is not None:
                spans = spans or _anchor(span.root, head_ids).i in head_ids  # "have fled since Saturday"
            continue
        anchor = _anchor(span.root, head_ids | related_ids | governor_ids | saying_ids)
        if anchor is None:
            continue
        anchor = _setting_verb(anchor) or anchor
        if anchor.i in head_ids:
            own.append(expression)
        elif anchor.i in related_ids:
            related.append(expression)
        elif anchor.i in governor_ids:
            announced.append(expression)
        elif anchor.i in saying_ids:
            said_above.append(expression)
    pivot = heads[0].idx

    def nearest(pool: list[DateExpression]) -> DateExpression:
        return min(unnamed_first(pool), key=lambda e: min(abs(e.start - pivot), abs(e.end - pivot)))

    announced_by_speech = [e for e in announced if any(lemma_of(g) in lex.speech for g in governors)]
    announced_by_speech = announced_by_speech or said_above  # '"... that X has used gas," Y said this week'
    if tense in AHEAD and announced_by_speech:
        return nearest(announced_by_speech)
    if own or related:
        return nearest(own or related)
    if (tense in AHEAD or performed_by_saying) and announced:
        # "is expected to ... Friday", "said it would ... next week", '"We reject it," X said Monday'
        return nearest(announced)
    if announced_by_speech and not spans and rules.enabled("said_dates"):
        return nearest(announced_by_speech)  # "X met Y, a spokesman confirmed this week": when said
    return None


def _sayings_above(clause: Token, lex: Lexicon) -> list[Token]:
    """The saying that reports a clause through verbs that are not see-through ('"Our agencies assess
    that the regime has used gas," the office said this week': "said" above "assess"), else []."""
    current = clause
    for _ in range(6):
        if current.dep_ not in ("ccomp", "conj", "parataxis") or not rules.enabled("said_dates"):
            return []
        current = current.head
        if lemma_of(current) in lex.speech:
            return [current]
    return []


def _setting_verb(clause: Token) -> Token | None:
    """ "condemned the strike in a statement released Sunday": a participle without a subject on
    the setting an act is done in (a statement, an interview, a ruling) dates the act, as the
    setting's own date does ("at Tuesday's hearing"); the verb the setting hangs on, else None."""
    if clause.dep_ != "acl" or clause.tag_ not in ("VBN", "VBD") or not rules.enabled("setting_participles"):
        return None
    if any(c.dep_.startswith("nsubj") for c in clause.children):
        return None
    noun = clause.head
    if not _names_setting(noun):
        return None
    verb = noun.head.head  # the setting's preposition hangs on the verb or on its object
    return verb if verb.pos_ in ("VERB", "AUX") else verb.head


def _related_clauses(token: Token) -> list[Token]:
    """Clauses that share the event's time: a verb it is conjoined with ("on Wednesday disrupted
    the inquiry and prevented ..."), the verb a subjectless participle of it hangs from
    ("turned on X yesterday, accusing ..."), its complement ("was allowed to proceed Tuesday"),
    and a when-clause on it ("When X was fired last year, Y ...") or on a verb conjoined with it."""
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
    found += [v for v in (date_clauses.where_setting(token),) if v is not None]  # "a rally, where he ..."
    conjoined = [c for c in token.conjuncts if c.pos_ in ("VERB", "AUX")]
    # "killed three and wounded eight when he opened fire on Dec. 6": the when-clause times both
    found += conjoined + [
        c for v in conjoined for c in v.children if c.dep_ == "advcl" and _is_when_clause(c)
    ]
    return found


_is_when_clause = is_when_clause  # when-clauses and progressive as-clauses (events/date_clauses.py)


def _tokens_of(expression: DateExpression, sent: Span) -> Span | None:
    span = sent.doc.char_span(expression.start, expression.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _is_modifier(span: Span) -> bool:
    """ "Sunday's shooting", "last week's airstrike", "a June 30 deadline", "since Saturday"; not
    "at Tuesday's hearing" (an act inside the happening named is on its day)."""
    doc, root = span.doc, span.root
    after = doc[span.end] if span.end < len(doc) else None
    if root.dep_ == "poss" or (after is not None and after.lower_ in POSSESSIVE_MARKS):
        return not _names_setting(root.head)
    head = root.head
    if root.dep_ in MODIFIER_DEPS and head.pos_ in ("NOUN", "PROPN") and entity_label(head) != "DATE":
        return not (_names_setting(head) or told_gathering(head))
    noun_act = after_subject_act(span.start, root)  # "the decision Tuesday joins"
    return _opens_span(span) or on_event_noun(root) or in_apposition(span) or noun_act


def _opens_span(span: Span) -> bool:
    """ "since Saturday", "through September 30", "after spending last week ...": a date that is an
    edge or a point of reference of the act, not its day."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if span[0].lower_ in SPAN_OPENERS or (before is not None and before.lower_ in SPAN_OPENERS):
        return True
    return (rules.enabled("since_phrases") and _inside_since(span.root)) or _change_edge(span)


def _change_edge(span: Span) -> bool:
    """ "has gone from 20 percent in 2008 to more than 50 percent today": a date hung on the verb
    of a change of a value, between its from-phrase and the end of its to-phrase, dates an end of
    the change, not the change (the parser hangs "in 2008" on the verb, not on "20 percent")."""
    root = span.root
    verb = root.head.head if root.head.dep_ == "prep" else root.head
    if not rules.enabled("change_edges") or verb.pos_ not in ("VERB", "AUX"):
        return False
    froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and _counts(c)]
    tos = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    return any(f.i < span.start <= t.right_edge.i + 1 for f in froms for t in tos if f.i < t.i)


def _counts(prep: Token) -> bool:
    """ "from 20 percent", "from $37.1 million": a from-phrase giving a value a change starts at
    ("shifting its focus from Congress next year to the states" dates the shift)."""
    return any(t.like_num for t in prep.subtree)


def _names_setting(noun: Token) -> bool:
    """ "said at Tuesday's hearing", "arrested in Monday's raid", "during the bill signing Monday":
    a dated noun that is where a verb's act took place dates the act; so does one the parser hung
    on the verb's object ("had a positive rating among voters in CNN's December poll")."""
    prep = noun.head
    if not rules.enabled("dated_settings") or noun.dep_ != "pobj" or prep.lower_ not in WITHIN_PREPS:
        return False
    on_object = prep.head.dep_ == "dobj" and prep.head.head.pos_ in ("VERB", "AUX")
    return prep.head.pos_ in ("VERB", "AUX") or (on_object and rules.enabled("object_settings"))


def _inside_since(token: Token) -> bool:
    """'the first envoy to visit the island since a minister in 1990': a date inside a
    since-phrase, or hung right after it from the same verb, dates the act it recalls."""
    current = token.head
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        if current.dep_ == "prep" and current.lower_ in REFERENCE_PREPS:
            return True  # "After spending last week pandering to ...": after that week, not in it
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


def _dates_own_noun(span: Span, head_ids: set[int], trigger: Token | None = None) -> bool:
    """ "ordered the Jan. 2 strike": a date modifying the event's own noun dates the event; one
    on another noun ("condemned Sunday's shooting") names a happening in passing."""
    root = span.root
    prep = prep_of(root)
    if prep is not None and prep.head.i in head_ids and prep.head.pos_ == "NOUN":
        return not on_event_noun(root, trigger)  # "the talks on Monday": the talks' own date
    return root.dep_ in MODIFIER_DEPS and root.head.i in head_ids and rules.enabled("own_noun_dates")


def dates_hung_on(clause: Token, sent: Span, expressions: list[DateExpression]) -> list[DateExpression]:
    """The date expressions of ``sent`` that hang from ``clause`` itself and describe no noun nor
    open a span: the dates of a saying's tag that are the saying's ('"I made a mistake on
    Friday," he wrote over the weekend': the weekend, not Friday)."""
    found = []
    for expression in expressions:
        span = _tokens_of(expression, sent)
        if span is None or _is_modifier(span):
            continue
        anchor = _anchor(span.root, set())
        if anchor is not None and anchor.i == clause.i:
            found.append(expression)
    return unnamed_first(found)


# Where a word stands for a thing: a word tagged as a verb form ("Trump" tagged VB, a surname
# tagged VBN) that the parse made a subject or object is a name (a gerund subject, VBG, is left
# a clause); a date hung on it ("Trump on Friday evening signed") belongs to the verb it serves.
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
NAME_AS_VERB_TAGS = frozenset({"VB", "VBP", "VBZ", "VBD", "VBN"})


def _is_clause_word(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return False
    named = token.dep_ in NOMINAL_DEPS and token.tag_ in NAME_AS_VERB_TAGS
    return not (named and rules.enabled("named_subjects"))


def _anchor(token: Token, wanted: set[int]) -> Token | None:
    """The clause word a date hangs from: up through nouns and prepositions to the first verb,
    or to a wanted word (an event noun) on the way; a participial clause without a subject of
    its own ("Speaking on Tuesday, X said") is its main verb's."""
    current = previous = _subject_clause_closed(token) or token
    for _ in range(len(token.doc)):
        if current.i in wanted:
            return current
        if _names_noun(current, previous):
            previous, current = current, current.head  # "directed a company known as X in 1997"
            continue
        if _is_clause_word(current) or current.dep_ == "ROOT":
            bare_participle = current.dep_ == "advcl" and current.tag_ in ("VBG", "VBN")
            if bare_participle and not any(c.dep_.startswith("nsubj") for c in current.children):
                previous, current = current, current.head
                continue
            return current
        if current.head.i == current.i:
            return current
        previous, current = current, current.head
    return None


def _names_noun(token: Token, child: Token) -> bool:
    """ "a company known as Marib Services", "a plan dubbed Fast Track": a participle that names
    the noun it hangs from has no day of its own, unless the date is in the name ("a march known
    as Bloody Sunday") or the participle has a doer ("a strike called by unions on Monday", "a
    claim he called absurd on Sunday": a relative clause the parser took for a participle)."""
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBD") or token.lower_ not in NAMING_PARTICIPLES:
        return False
    if child.lower_ == "as" or child.dep_ in ("oprd", "attr", "dobj"):
        return False
    doers = any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in token.children)  # a relative clause
    return not doers and rules.enabled("naming_participles")


def _subject_clause_closed(token: Token) -> Token | None:
    """ "The paper's series on killings that won a Pulitzer this week was created ...": a date the
    parser hung on the main verb but written right after a relative clause that ends the subject
    closes that clause, so it is the clause's (the verb after it has no date)."""
    verb = token.head
    start = token.left_edge.i
    if not rules.enabled("subject_clause_dates") or verb.pos_ not in ("VERB", "AUX") or start > verb.i:
        return None
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < start):
        for clause in subject.subtree:
            if clause.dep_ == "relcl" and clause.pos_ == "VERB" and clause.right_edge.i == start - 1:
                return clause
    return None


def sentence_date(
    sent: Span,
    expressions: list[DateExpression],
    published: str | None,
    tense_of: Callable[[Token], str],
    lex: Lexicon,
    told_from: tuple[str, str] | None = None,
) -> tuple[str | None, str | None, str | None]:
    """For a sentence without an event, the date of its main clause ("the next day" counted from
    ``told_from``, the date told before), read in the tense of the clause it hangs from
    (``tense_of``). A date counts when it hangs from the main clause or a clause that shares its
    time, not from a relative or adverbial clause of its own, and modifies no noun and opens no
    span. What is said is dated by its own words ("X attacked Y on Tuesday, police said Monday"),
    and by the saying when it has none ("said in a statement last week that ..."); a report whose
    words date it only in passing ("streamed in since Saturday, police said Monday") has no date."""
    main, said, content_dated = [], [], False
    root = sent.root
    for expression in expressions:
        span = _tokens_of(expression, sent)
        anchor = _anchor(span.root, set()) if span is not None else None
        stale = anchor is not None and past_on_present_state(anchor, span.text, published)  # "is X in 1975"
        if anchor is None or stale or not _shares_time(anchor, root):
            continue
        saying = lemma_of(anchor) in lex.speech
        if _is_modifier(span):  # words dated by a span ("have fled since Saturday") are dated
            content_dated |= not saying and _opens_span(span)
        elif saying:
            said.append((expression, anchor))
        else:
            main.append((expression, anchor))
            content_dated = True
    main = [m for m in main if m[0] in unnamed_first([e for e, _ in main])]
    said = [m for m in said if m[0] in unnamed_first([e for e, _ in said])]
    chosen = main[0] if main else said[0] if said and not content_dated else None
    if main and said and _announced(main[0][1], tense_of, lex):
        chosen = said[0]  # "announced on Monday that it would hold elections in March": Monday
    if chosen is not None:
        expression, anchor = chosen
        text = completed_text(expression, expressions, sent.text, sent.start_char)
        tense = set_after(anchor, tense_of(anchor), lex)
        tense = "nearest" if _state_at(_tokens_of(expression, sent)) else tense
        date, granularity = resolve_date(text, published, tense, told_from)
        return date, granularity, expression.text
    day = parse_published(published)
    return (day.isoformat() if day else None), None, None


def _announced(clause: Token, tense_of: Callable[[Token], str], lex: Lexicon) -> bool:
    """An act still to come that a saying tells of: the saying, not the act, has happened."""
    if tense_of(clause) not in AHEAD:
        return False
    return any(lemma_of(a) in lex.speech for a in clause.ancestors if a.pos_ in ("VERB", "AUX"))


def _shares_time(clause: Token, main: Token) -> bool:
    """Whether ``clause`` tells of the main clause's time: the main clause itself, or a clause
    joined to it as a conjunct, a complement (what is said, decided, expected), a when-clause or
    a participle without a subject; not a relative clause, a clause describing a noun ("the
    assertion, thundered Monday night by ..."), nor an adverbial clause of cause, contrast or
    manner ("though an official said on Friday ...")."""
    current = clause
    for _ in range(len(clause.doc)):
        if current.i == main.i or current.head.i == current.i:
            return current.i == main.i
        personal = current.left_edge.lower_ in ("who", "whom") and rules.enabled("personal_relatives")
        if current.dep_ in ("relcl", "acl") and _names_setting(current.head) and not personal:
            current = current.head.head.head  # "In a statement released Sunday, X said": the saying's
            continue
        subjectless = not any(c.dep_.startswith("nsubj") for c in current.children)
        joined = current.dep_ in ("conj", "ccomp", "xcomp", "parataxis") or (
            current.dep_ == "advcl" and (_is_when_clause(current) or subjectless)
        )
        if not joined or reported_by_participle(current) or wh_complement(current):
            return not rules.enabled("main_clause_dates")
        current = current.head
    return False
