"""Reported clauses emptied or split around the cue, from the span errors of every real split pooled:
a topic put as a wh-clause ('explained why ...') states nothing; a conjunct clause after a tag set
off by commas ('A, X notes, but B') is a part of the report, and so is a clause after 'but' ('said A,
but that B'); a participle with a subject and no auxiliary after the cue reports nothing."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsprism.nlp import lexicon
from newsprism.people.tokens import is_cue
from newsprism.people.words import CUE_VERBS, FINITE_TAGS, SUBJECT_DEPS
from newsprism.quotes import rules
from newsprism.quotes.tags import comma_before_tag, words_before_tag

# "asked why ...": verbs whose wh-clause is the question put, which the sets annotate
QUESTION_VERBS = lexicon.words("quote_question_verbs.txt")
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
_COORDINATORS = frozenset({"but", "and"})
_QUOTE_MARKS = frozenset({'"', "“", "”"})


def wh_complement(cue: Token, clause: Token, span: Span) -> bool:
    """'explained why she thinks ...', 'told states which standards ...', 'recalled what happened':
    a clause opened by a wh-word of its own verb names a topic, not a statement (rule group
    ``wh_complement``). Not after a verb of asking ('asked why ...': the question is the quote),
    nor a free relative that is the clause's subject ('said what mattered was that ...')."""
    if not rules.enabled("wh_complement") or not len(span) or span[0].tag_ not in _WH_TAGS:
        return False
    if span[0].lower_ == "that" or cue.dep_ in ("relcl", "acl"):
        return False  # "told them that ..." (tagged WDT); "which she said requires ...": a relative
    if cue.lemma_.lower() in QUESTION_VERBS:
        return False
    return span[0].head.i == clause.i


def conjunct_after_tag(cue: Token) -> tuple[Span, Span] | None:
    """'The rates remained stable, Mega notes, but there were more deaths', 'She was serious, she
    told me, and she wouldn't be in it if ...': after a whole clause and a tag set off by commas, a
    clause of its own ('but'/'and' and a subject) goes on with the speaker's words (rule group
    ``conjunct_after_tag``); a bare participle or phrase there stays the writer's. Returns (the
    clause before the tag, the conjunct)."""
    if not rules.enabled("conjunct_after_tag"):
        return None
    doc, sent = cue.doc, cue.sent
    opening = comma_before_tag(cue)
    if opening is None:
        return None
    closing = cue.i + 1
    while closing < sent.end and doc[closing].text not in (",", ";") and closing - cue.i <= 8:
        if doc[closing].tag_ in FINITE_TAGS or doc[closing].is_punct:
            return None
        closing += 1
    if closing + 2 >= sent.end or doc[closing].text not in (",", ";"):
        return None
    coordinator = doc[closing + 1]
    if coordinator.lower_ not in _COORDINATORS:
        return None
    if any(t.text in _QUOTE_MARKS for t in sent):
        return None  # quoted words in the sentence are the quote; the marks' pass has them
    subject = next(
        (
            t
            for t in doc[closing + 2 : sent.end]
            if (t.dep_ in SUBJECT_DEPS or t.dep_ == "expl")
            and (t.left_edge.i == closing + 2 or _adverbial_before(doc[closing + 2 : t.left_edge.i], t))
            and t.head.i > t.i
        ),
        None,
    )
    if subject is None or subject.lower_ in ("which", "who", "that"):
        return None
    breaks = [t.i for t in doc[sent.start : opening] if t.is_space and "\n" in t.text]
    start = breaks[-1] + 1 if breaks else sent.start  # a sentence the parse ran over a paragraph break
    before = words_before_tag(doc, start, opening)
    if not any(t.tag_ in FINITE_TAGS for t in before) or not any(c.dep_ in SUBJECT_DEPS for c in before):
        return None
    return before, doc[closing + 1 : sent.end]


def _adverbial_before(words: Span, subject: Token) -> bool:
    """'..., they said, and in any case the corporations donate ...': a short phrase of the
    conjunct's own verb before its subject (rule group ``adverbial_before_conjunct``)."""
    if not rules.enabled("adverbial_before_conjunct") or not 0 < len(words) <= 5:
        return False
    verb = subject.head
    return all(verb in t.ancestors and t.pos_ not in ("VERB", "AUX") for t in words)


def conjunct_after_quoted(content: Span, inside) -> Span | None:
    """'said other leaders have “a dim view of him,” but they also don't want ...': the quoted words
    are a quote of their own, and a clause with its own subject coordinated after them, holding no
    quoted words, is what the speaker said next (rule group ``conjunct_after_quoted``; without its
    "but"/"and", as the gold's "said that Monis was a “lone gunman” and no explosives ...")."""
    if not rules.enabled("conjunct_after_quoted"):
        return None
    doc = content.doc
    last = max(t.i for t in content if inside(t.idx))
    for verb in doc[last + 1 : content.end]:
        if verb.dep_ != "conj" or not content.start <= verb.head.i <= last:
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
        start = subject.left_edge.i if subject is not None else -1
        if start <= last + 1 or doc[start - 1].lower_ not in _COORDINATORS:
            continue
        clause = doc[start : verb.sent.end]
        while len(clause) and (clause[-1].is_punct or clause[-1].is_space):
            clause = clause[:-1]
        if len(clause) >= 3 and not any(inside(t.idx) for t in clause):
            return clause
    return None


def small_clause(cue: Token, clause: Token) -> bool:
    """'declared the group defeated in December', '“...,” Cardin said, his voice rising': a
    participle with a subject but no auxiliary after the cue is a small clause or an aside of the
    writer, not a statement (rule group ``small_clauses``)."""
    if not rules.enabled("small_clauses") or clause.i < cue.i or clause.tag_ not in ("VBG", "VBN"):
        return False
    children = list(clause.children)
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in children):
        return False
    if any(t.tag_ in FINITE_TAGS for t in clause.subtree):
        return False  # "said the airline catering industry workers help ...": a misparse of a clause
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in children)


BACKSHIFTED = frozenset({"had", "would", "could", "might", "was", "were"})


def but_continuation(cue: Token, end: int) -> int:
    """'X said A, but that B' / 'said A, but she had returned ...' / 'said A, but had obtained
    ...': the parse hangs B on the cue; a reported "but that", a pronoun subject or a backshifted
    verb with no subject of its own carry the report on (a speech verb or a plain past does not:
    'said A, but declined to ...' is the writer's)."""
    doc = cue.doc
    for verb in cue.rights:
        if verb.dep_ != "conj" or verb.left_edge.i < end or is_cue(verb, CUE_VERBS):
            continue
        between = doc[end : verb.left_edge.i]
        if not any(t.lower_ == "but" for t in between) or any(
            t.pos_ not in ("PUNCT", "CCONJ") for t in between
        ):
            continue
        first = doc[verb.left_edge.i]
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        if (
            first.lower_ == "that"
            or (subjects and all(c.pos_ == "PRON" for c in subjects))
            or (not subjects and auxes and auxes[0].lower_ in BACKSHIFTED)
        ):
            return verb.right_edge.i + 1 if not doc[verb.right_edge.i].is_punct else verb.right_edge.i
    return end
