"""The tense a date is read in: a weekday or month told in the past is the latest one, ahead the next.

The tense is the clause's own (a past form, "will", "would", a modal, a present told of an act),
except where the clause is an infinitive set after its verb ("agreed to appear ... on Feb. 7":
after the agreeing). Kept apart from events/when.py, which picks the date expression; both the
events stage and the date of a sentence without an event read dates through these.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, lemma_of
from newsprism.nlp import lexicon
from newsprism.nlp.clause_subjects import has_own_subject

AHEAD_VERBS = lexicon.words("date_ahead_verbs.txt")  # "agreed to appear on Feb. 7": set after the verb
MODAL_TENSES = lexicon.pairs("date_modal_tenses.tsv")  # "could not be voted upon Sunday": ahead
PAST_MARKS = re.compile(r"\b(?:ago|yesterday|last|earlier|previous)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
PRESENT_BE = frozenset({"VBZ", "VBP"})
MONTHS = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s", re.IGNORECASE)


def set_after(clause: Token | None, tense: str, lex: Lexicon) -> str:
    """The tense a date on ``clause`` is read in when the clause is an infinitive set after its
    verb ("agreed to appear before the committee on Feb. 7", "was scheduled to testify Tuesday"):
    its act comes after that verb, so a past verb does not put the date in the past; it is read
    nearest the publication ("either": published in January, that Feb. 7 is the coming one), and
    under a verb in the present ("plans to release it on Feb. 7") ahead. "will" keeps its own."""
    if clause is None or tense == "future" or not rules.enabled("set_after_dates"):
        return tense
    verb = clause.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if clause.dep_ not in ("xcomp", "ccomp") or not infinitive or verb.i == clause.i:
        return tense
    lemma = lemma_of(verb)
    if lemma not in AHEAD_VERBS and lex.transparent.get(lemma) != "future":
        # "wants to meet the envoy on Friday", "are angling to confirm him Friday": an act aimed
        # at from a present is ahead, whatever the verb; a perfect infinitive ("seems to have met")
        # is not
        perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in clause.children)
        aimed = _finite_present(verb) and not perfect and rules.enabled("aimed_infinitives")
        return "upcoming" if aimed else tense
    return "either" if verb_tense(verb) == "past" else "upcoming"


def _finite_present(verb: Token) -> bool:
    """ "wants", "are angling": a finite verb in the present, not a bare participle ("Seeking
    to ..., X voted") nor a past or a modal."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not aux
    return verb.tag_ == "VBG" and bool(aux) and all(a.tag_ in ("VBZ", "VBP") for a in aux)


def verb_tense(token: Token) -> str:
    """past (a past form, or a perfect or passive of one) or present."""
    tags = {token.tag_} | {c.tag_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    aux = {c.lemma_ for c in token.children if c.dep_ == "aux"}
    if "VBD" in tags or ("VBN" in tags and aux & {"have", "be"}):
        return "past"
    return "present"


def date_tense(clause: Token, governors: list[Token], future: bool, past: bool, lex: Lexicon) -> str:
    """past, present, future ("will"), upcoming (planned, expected, "would", "may") or nearest
    ("could": ahead or, as the past of "can", behind), for resolving a weekday or month
    (``dates.resolve_date``: future and upcoming read ahead, the day included)."""
    heads = [clause] + [g for g in governors if lemma_of(g) not in lex.speech]
    auxiliaries = {c.lower_ for h in heads for c in h.children if c.dep_ == "aux"}
    if auxiliaries & (lex.future_aux | {"will"}):
        return "future"
    if future or "would" in auxiliaries:
        return "upcoming"
    if past:
        return "past"
    modal = next((MODAL_TENSES[a] for a in sorted(auxiliaries) if a in MODAL_TENSES), None)
    if modal is not None and "have" not in auxiliaries and rules.enabled("modal_dates"):
        return modal  # "could not be voted upon Sunday", "may vote Tuesday": what may still come
    # a present told of an act: its weekday is ahead, a month or month-day the nearest ("current":
    # "answers questions at the Capitol on July 9" under a photograph is not next July's)
    now = "current" if rules.enabled("present_months_nearest") else "upcoming"
    if clause.tag_ == "VBG" and auxiliaries & {"is", "are", "am", "'s", "'re"}:
        return now  # "the leaders are meeting on Sunday" is ahead
    if clause.tag_ in ("VBZ", "VBP") and not auxiliaries:
        return now  # "the president travels to Ohio on Sunday": news tells the past in the past
    if clause.tag_ == "VB" and clause.dep_ == "ROOT" and not auxiliaries and has_own_subject(clause):
        return now  # "Voters go to the polls Sunday", "go" tagged as the base form
    return "present"


def past_on_present_state(clause: Token | None, text: str, published: str | None) -> bool:
    """ "There's a video of me 30 years ago talking ...", "they're the equivalent of the Soviet
    refusenik in 1975": a date wholly in the past hung on a main "is"/"are" cannot be when a state
    told in the present holds; it describes a noun of the clause (the parser hung it on "be")."""
    if clause is None or clause.tag_ not in PRESENT_BE or lemma_of(clause) != "be":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children) or not rules.enabled("present_states"):
        return False
    if MONTHS.search(f"{text} "):
        return False  # "A doll is on display ... in September 2004": a caption's present, a dated act
    if PAST_MARKS.search(text):
        return True
    year = YEAR.search(text)
    return bool(year and published and int(year.group(1)) < int(published[:4]))
