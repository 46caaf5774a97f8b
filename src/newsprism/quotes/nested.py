"""A report inside a report (rule group ``nested_reports``): 'He noted that the ministry has said
that A', 'X said officials have told him that A', 'Quist said she was glad to join those “who ...”,
officials said'. A speech act with a named speaker of its own, inside what another cue reports, owns
its words: the relayer did not say them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsprism.people.article import ArticlePeople
from newsprism.people.words import SPEECH_VERBS, SUBJECT_DEPS
from newsprism.quotes import rules

# how a reported clause hangs on its cue (not a relative clause: 'a speech which aides said was ...')
CLAUSE_DEPS = frozenset({"ccomp", "conj", "parataxis", "ROOT"})


def relays_a_report(content: Span, cue: Token, article: ArticlePeople) -> bool:
    """The clause ``cue`` reports is itself a report by a noun speaker (not a pronoun that may be the
    relayer, nor the pollster of 'according to'): the inner cue reports it, with its speaker."""
    if not rules.enabled("nested_reports") or cue.lower_ == "according":
        return False
    roots = [t for t in content if not content.start <= t.head.i < content.end or t.head.i == t.i]
    if len(roots) != 1 or roots[0] not in article.speech_cues or roots[0].lower_ == "according":
        return False
    inner = roots[0]
    subjects = [c for c in inner.children if c.dep_ in SUBJECT_DEPS and c.i < inner.i]
    clauses = [c for c in inner.children if c.dep_ == "ccomp" and c.i > inner.i]
    if inner.dep_ not in CLAUSE_DEPS or len(subjects) != 1 or not clauses:
        return False
    return subjects[0].pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "neg" for c in inner.children)


def reports_a_clause(verb: Token) -> bool:
    """Quoted words under ``verb``: a speech verb with a noun subject and a clause it reports is a
    speech act of its own, so an outer cue does not take the words."""
    if not rules.enabled("nested_reports") or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    clause = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    return clause and any(c.dep_ in SUBJECT_DEPS and c.pos_ in ("PROPN", "NOUN") for c in verb.children)
