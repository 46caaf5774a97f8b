"""A report inside a report (rule group ``nested_reports``): 'He noted that the ministry has said
that A', 'X said officials have told him that A', 'Quist said she was glad to join those “who ...”,
officials said'. A speech act with a named speaker of its own, inside what another cue reports, owns
its words: the relayer did not say them. Also which of several cue verbs above quoted words owns
them (``reporting_cue``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsprism.nlp import lexicon
from newsprism.people.article import ArticlePeople
from newsprism.people.words import SPEECH_VERBS, SUBJECT_DEPS
from newsprism.quotes import rules

HEARING_VERBS = lexicon.words("quote_hearing_verbs.txt")  # "Fox News is told ...": the subject hears

# Dependencies that keep a verb inside another verb's reported clause.
REPORTED_PATH = frozenset({"ccomp", "xcomp", "conj", "advcl"})
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
    subjects = [c for c in inner.children if c.dep_ in _speaker_deps() and c.i < inner.i]
    clauses = [c for c in inner.children if c.dep_ == "ccomp" and c.i > inner.i]
    if not clauses and len(subjects) == 1 and _other_party(subjects[0], cue):
        # 'they say the money that ... would be used ...': the parse made the clause an object
        clauses = [c for c in inner.children if c.dep_ == "dobj" and c.i > inner.i]
    if inner.dep_ not in CLAUSE_DEPS or len(subjects) != 1 or not clauses:
        return False
    if any(c.dep_ == "neg" for c in inner.children):
        return False
    return subjects[0].pos_ in ("NOUN", "PROPN") or _other_party(subjects[0], cue)


def _other_party(pronoun: Token, cue: Token) -> bool:
    """'Instead, they say they want X, the Ledger reported': a plural pronoun cannot be a relayer
    named in the singular (an outlet, a person), so "they" are another party whose report the
    outer cue relays (rule group ``plural_inner_report``)."""
    if not rules.enabled("plural_inner_report") or pronoun.lower_ not in ("they", "we"):
        return False
    relayer = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    return relayer is not None and relayer.tag_ in ("NN", "NNP") and relayer.pos_ in ("NOUN", "PROPN")


def _reports_a_clause(verb: Token) -> bool:
    """Quoted words under ``verb``: a speech verb with a noun subject and a clause it reports is a
    speech act of its own, so an outer cue does not take the words. A closing tag's clause stands
    before its verb ('“...,” Stone messaged Ames, CNN reported': Stone's, rule group ``relayed_tag``)."""
    if not rules.enabled("nested_reports") or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    before = rules.enabled("relayed_tag")
    clause = any(c.dep_ == "ccomp" and (c.i > verb.i or before) for c in verb.children)
    return clause and any(c.dep_ in _speaker_deps() and c.pos_ in ("PROPN", "NOUN") for c in verb.children)


def _speaker_deps() -> tuple[str, ...]:
    """'He said if Clinton runs, voters must be told what happened': the subject of a passive
    speech verb is its hearer, so that verb is no report of its own (``passive_hearer``)."""
    return ("nsubj",) if rules.enabled("passive_hearer") else SUBJECT_DEPS


def heard_not_said(subject: Token | None) -> Token | None:
    """'Fox News is told House Democrats are ...', 'we're told that ...': the subject of a passive
    telling verb with no 'by X' is who heard it; the teller is unnamed (rule group
    ``hearer_not_speaker``), so the cue has no speaker token."""
    if subject is None or subject.dep_ != "nsubjpass" or not rules.enabled("hearer_not_speaker"):
        return subject
    verb = subject.head
    if verb.lemma_.lower() not in HEARING_VERBS or any(c.dep_ == "agent" for c in verb.children):
        return subject
    return None


def reporting_cue(cues: list[Token]) -> Token:
    """Of the cue verbs above a quoted phrase (innermost first), the one whose words it is.

    'Jessup said she would announce a date “in the coming days.”': the inner act sits in the
    outer verb's reported clause, so the quoted words are the outer speaker's. 'a claim Moretti
    called “fantasy math”' hangs on a noun (a relative clause): that cue keeps its words.
    """
    found = cues[0]
    for outer in cues[1:]:
        path = [found]  # found up to the child of outer (tokens compare by position, not identity)
        while path[-1].head.i != outer.i and path[-1].head.i != path[-1].i:
            path.append(path[-1].head)
        if any(t.dep_ not in REPORTED_PATH for t in path) or outer.lemma_.lower() not in SPEECH_VERBS:
            break
        if any(t.dep_ == "advcl" and _named_subject(t) for t in path) or _reports_a_clause(found):
            break  # "..., while Lev Marroq said ...", "Quist said she was glad ..., aides said": her act
        if rules.enabled("participle_speaker") and any(_participle_of_named(t, outer) for t in path):
            break  # "Prosecutors said Stone threatened him, saying ...": Stone's words
        found = outer
    return found


def _participle_of_named(verb: Token, outer: Token) -> bool:
    """A speech participle ('saying', 'calling') hung on a clause whose subject is a name: the
    named subject's act, inside what the outer verb reports."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and head.i != outer.i
        and any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PROPN" for c in head.children)
    )


def _named_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS and c.pos_ in ("PROPN", "NOUN") for c in verb.children)


def relay_tag_only(content: Span) -> bool:
    """'“...,” Ortiz said Friday, the Ledger reported.': the parse made the relaying tag the clause of
    "said"; a bare "X reported" (a speech verb with a noun subject and no clause or object of its
    own, only a time word before it) reports nothing (rule group ``relay_tag_not_report``)."""
    if not rules.enabled("relay_tag_not_report"):
        return False
    roots = [t for t in content if not content.start <= t.head.i < content.end or t.head.i == t.i]
    if len(roots) != 1 or roots[0].lemma_.lower() not in SPEECH_VERBS:
        return False
    verb = roots[0]
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    if len(subjects) != 1 or subjects[0].pos_ not in ("PROPN", "NOUN"):
        return False
    allowed = {"punct", "npadvmod", "advmod"} | set(SUBJECT_DEPS)
    return all(c.dep_ in allowed for c in verb.children) and content[-1].i <= verb.i + 1


def pronoun_tag_under_relay(found: Token, quoted: Span) -> Token:
    """'“...,” he said, the Ledger reported.': the parse hung the quoted clause on the outlet's
    "reported" and the tag "he said" beside it; the tag between the quote and the relay is the
    speech act (a personal pronoun is never the outlet), rule group ``pronoun_tag_under_relay``."""
    if not rules.enabled("pronoun_tag_under_relay"):
        return found
    for tag in found.children:
        if tag.dep_ != "parataxis" or not quoted.end <= tag.i < found.i:
            continue
        if tag.lemma_.lower() not in SPEECH_VERBS:
            continue
        if any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in tag.children):
            return tag
    return found
