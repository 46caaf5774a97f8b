"""Exchanges: in an interview or a hearing the answer to a question is the other side's.

'"Did you ever drink too much?" Klobuchar asked Kavanaugh.' then, a paragraph later, '"I don't
know, have you?"' with no cue, or '"No," he replied.': the turn-taking and pronoun steps would
give the answer to the one who asked. An answer goes to the one asked (the question verb's
object, resolved like any speaker) and, when the one asked is not known, to nobody: giving the
words to the wrong side of an exchange is the worst error a quote can carry.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from newsprism.models import Quote
from newsprism.people.article import ArticlePeople
from newsprism.people.words import PRONOUN_GENDER
from newsprism.quotes import rules
from newsprism.quotes.speakers import resolve
from newsprism.quotes.turns import nothing_between

QUESTION_VERBS = frozenset(("ask", "question", "press", "query", "quiz", "grill"))
ANSWER_VERBS = frozenset(("reply", "respond", "answer", "retort", "counter", "shoot"))
ADDRESSEE_DEPS = ("dobj", "dative", "iobj")
PRONOUNS = frozenset(PRONOUN_GENDER) | frozenset(("they", "i", "we"))


def answer_the_asked(article: ArticlePeople, quotes: list[Quote]) -> None:
    """Give each answer right after a question to the one asked, never to the asker."""
    if not rules.enabled("exchanges"):
        return
    direct = [q for q in quotes if q.kind in ("direct", "mixed")]
    for question, answer in zip(direct, direct[1:], strict=False):
        if not question.speaker or answer.speaker != question.speaker:
            continue
        cue = _cue_token(article, question)
        if cue is None or cue.lemma_.lower() not in QUESTION_VERBS:
            continue
        if not question.text.rstrip().endswith("?"):
            continue
        guessed = answer.cue is None or (answer.speaker_mention or "").lower() in PRONOUNS
        answering = answer.cue is not None and _lemma_at(article, answer) in ANSWER_VERBS
        new_turn = _paragraph(article, answer.start) > _paragraph(article, question.start)
        if not guessed or not (answering or new_turn) or not nothing_between(article, question, answer):
            continue
        if not any(c.dep_ in ADDRESSEE_DEPS for c in cue.children):
            continue  # '"...?" Walsh asked.': no one named as asked; a question to the air
        asked = _addressee(article, cue, question, quotes)
        answer.speaker = asked[0] if asked and asked[0] != question.speaker else None
        answer.speaker_type = asked[1] if answer.speaker else None


def _cue_token(article: ArticlePeople, quote: Quote) -> Token | None:
    if quote.cue_start is None:
        return None
    span = article.doc.char_span(quote.cue_start, quote.cue_start + 1, alignment_mode="expand")
    return span[0] if span is not None else None


def _lemma_at(article: ArticlePeople, quote: Quote) -> str:
    token = _cue_token(article, quote)
    return token.lemma_.lower() if token is not None else ""


def _addressee(
    article: ArticlePeople, cue: Token, question: Quote, quotes: list[Quote]
) -> tuple[str, str | None] | None:
    """Who the question was put to: 'asked Kavanaugh', 'pressed the nominee'; for 'asked him',
    the other party who spoke last before the question (within three paragraphs)."""
    target = next((c for c in cue.children if c.dep_ in ADDRESSEE_DEPS), None)
    if target is None:
        return None
    if target.pos_ != "PRON":
        speaker = resolve(article, target)
        return (speaker.name, speaker.type) if speaker.name else None
    horizon = _paragraph(article, question.start) - 3
    for earlier in reversed([q for q in quotes if q.start < question.start]):
        if _paragraph(article, earlier.start) < horizon:
            break
        if earlier.speaker and earlier.speaker != question.speaker and earlier.speaker_type == "PERSON":
            return earlier.speaker, earlier.speaker_type
    return None


def _paragraph(article: ArticlePeople, offset: int) -> int:
    return bisect_right(article.paragraph_starts, offset)


QUESTION_MARKS = frozenset(("if", "whether"))


def unname_asked_words(article: ArticlePeople, quotes: list[Quote]) -> None:
    """'Mr. Bush told reporters ... when asked if he is a “plausible outsider.”', 'Asked whether he
    was “all in here,” Mr. Bush said', BASIL's 'the man approached the congressman and asked if he
    supported the “Obama agenda.”': words quoted inside an "if"/"whether" question are the asker's,
    never the one asked; with no subject of its own on "asked" (a passive, or a conjunct whose
    subject the parse hung elsewhere) the phrase is left without a speaker (``asked_words``)."""
    if not rules.enabled("asked_words"):
        return
    doc = article.doc
    for quote in quotes:
        if quote.kind != "partial" or quote.speaker is None:
            continue
        inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if inside is not None and any(_asked_of(token) for token in inside):
            quote.speaker = quote.speaker_type = quote.speaker_mention_id = None


def _asked_of(token: Token) -> bool:
    """The token stands in an "if"/"whether" clause of a passive, agentless "asked"."""
    for clause in [token, *token.ancestors]:
        if not any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children):
            continue
        asked = clause.head
        return (
            clause.dep_ in ("ccomp", "advcl")  # the parse may hang "if ..." as an adverbial clause
            and asked.lemma_.lower() == "ask"
            and asked.tag_ in ("VBN", "VBD")  # "Asked whether ...," opening a sentence: tagged either
            and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in asked.children)
        )
    return False
