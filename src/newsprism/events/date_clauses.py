"""Which clauses and nouns a date in them leaves the main clause's time to (issue 20 item 4).

Split from when.py, which reads these: an indirect question's date is the questioned act's ("No
one knows what the court will say next week": the knowing has no date), a relative clause the
parser hung as a complement ("a government that, in 1957, saw ...") the noun's, an apposition's
the noun's ("Rubio, perhaps a candidate in 2016, declares"); an as-clause in the progressive tells
when its main act happened, as a when-clause does ("said X as the bill was making its way through
Congress in 2017"); a gathering told something is where it was said ("told a Tuesday news
conference"); a where-clause whose doer is the main clause's tells what was done there and then
("addressed a rally Tuesday night, where he criticized the media").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import lemma_of, load_lexicon
from newsprism.nlp import lexicon
from newsprism.nlp.entity_repairs import entity_label

AUDIENCE_NOUNS = lexicon.words("date_audience_nouns.txt")
WH_TAGS = frozenset({"WDT", "WP", "WP$"})
QUESTION_MARKS = frozenset({"whether", "if"})
PROGRESSIVE_AUX = frozenset({"was", "were", "is", "are", "been"})
WHERE_OPENERS = frozenset({"where"})
SAME_DOER_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def is_when_clause(clause: Token) -> bool:
    """ "When X was fired last year, Y ...", and an as-clause in the progressive ("as the bill was
    making its way through Congress in 2017"): the clause tells when the act it hangs on happened."""
    if any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in clause.children):
        return True
    return _progressive_as(clause) and rules.enabled("as_clauses")


def _progressive_as(clause: Token) -> bool:
    marked = any(c.lower_ == "as" and c.dep_ == "mark" and c.i < clause.i for c in clause.children)
    progressive = clause.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in PROGRESSIVE_AUX for c in clause.children
    )
    return marked and progressive


def wh_complement(clause: Token) -> bool:
    """A complement clause opened by a wh-word or whether/if: an indirect question ("knows what the
    court is going to say next week") or a relative clause parsed as a complement ("presided over a
    government that, in 1957, saw ..."); its date is not the main clause's time."""
    if clause.dep_ != "ccomp" or not rules.enabled("wh_clauses"):
        return False
    first = clause.left_edge
    return first.i < clause.i and (first.tag_ in WH_TAGS or first.lower_ in QUESTION_MARKS)


def in_apposition(span: Span) -> bool:
    """ "Marco Rubio, the senator from Florida and perhaps a candidate for president in 2016,
    declares": a date inside an apposition describes the noun apposed, not the clause's act."""
    if not rules.enabled("apposed_dates"):
        return False
    current = span.root
    for _ in range(len(span.doc)):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return False
        if (
            current.dep_ == "appos"
            and entity_label(current) != "DATE"
            and current.i not in range(span.start, span.end)
        ):
            return True
        current = current.head
    return False


def told_gathering(noun: Token) -> bool:
    """ "told a Tuesday news conference": a gathering that is the object of a saying is where the
    saying took place, so a date on it is the saying's."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "dative") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma_of(verb) not in load_lexicon().speech or not rules.enabled("told_gatherings"):
        return False
    words = {noun.lower_, f"{noun.doc[noun.i - 1].lower_} {noun.lower_}" if noun.i else noun.lower_}
    return bool(words & AUDIENCE_NOUNS) or lemma_of(noun) in AUDIENCE_NOUNS


def where_setting(token: Token) -> Token | None:
    """ "addressed a crowd in a rally Tuesday night, where he continued to condemn ... and criticized
    the media": a relative clause opened by "where" whose subject is the main clause's doer (a
    personal pronoun or the same word) tells what that doer did at the place and time the main
    clause gives, so it shares that clause's date; the verb above the clause's noun, else None. A
    where-clause of others' acts ("in Charlottesville, where nationalists rallied") or in the past
    perfect (told as earlier) is background of its own."""
    clause = token
    for _ in range(4):
        if clause.dep_ not in ("conj", "xcomp") or clause.head.i == clause.i:
            break
        clause = clause.head
    if (
        clause.dep_ != "relcl"
        or clause.left_edge.lower_ not in WHERE_OPENERS
        or not rules.enabled("where_clauses")
    ):
        return None
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
        return None
    verb = clause.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        if verb.lower_ == "of" or any(c.dep_ == "poss" for c in verb.children):
            return None  # "on the anniversary of her speech in Beijing, where she declared": another time
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    own = [c for c in clause.children if c.dep_ == "nsubj"]
    main = [c for c in verb.children if c.dep_ == "nsubj"]
    if not own or not main:
        return None
    same = own[0].lower_ in SAME_DOER_PRONOUNS or own[0].lower_ == main[0].lower_
    return verb if same else None


def reported_by_participle(clause: Token) -> bool:
    """ "cited records, showing that prices rose between July 2013 and July 2014", "said Friday,
    noting that others offered similar counsel": what a participle set beside the main clause
    reports is another act, told in passing, not the main clause's."""
    head = clause.head
    return (
        clause.dep_ == "ccomp"
        and head.dep_ == "advcl"
        and head.tag_ == "VBG"
        and not any(c.dep_.startswith("nsubj") for c in head.children)
        and rules.enabled("participle_reports")
    )
