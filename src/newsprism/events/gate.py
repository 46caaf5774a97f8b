"""The precision gate: a small learned check on each event the rules propose.

Rounds of hand rules, each read off one set of real sentences, did not carry over to the next
unseen set (about half the events proposed on unseen news report none). The gate is a logistic
regression over general features of the parse and of the rules' own output (the type and kind of
trigger, modality and tense, where the trigger sits: a quotation, a question, a condition, a
relative clause; what kind of words the actors and recipients are; the sentence's shape), never
words or names. Its weights are data (``data/event_gate.yaml``, written by
``eval/allsides_events/train_gate.py`` from the hand-labelled AllSides sets); an event whose
probability of being one falls below the threshold (setting ``events.gate_threshold``) is dropped.
``events.gate = false`` turns it off.
"""

from __future__ import annotations

import math
from functools import lru_cache

from spacy.tokens import Span, Token

from newsprism.config import Settings
from newsprism.events.dates import find_date_expressions
from newsprism.events.lexicon import Lexicon, in_quotation, lemma_of
from newsprism.events.participants import clause_head, governors_of
from newsprism.events.triggers import Trigger
from newsprism.models import Event
from newsprism.nlp.entity_repairs import entity_label
from newsprism.nlp.lexicon import rules as data_file

GATE_FILE = "event_gate.yaml"
# Types common enough in the training sets to get a weight of their own; the rest share one.
OWN_TYPES = ("ACCUSE", "SUPPORT", "REQUEST", "REJECT", "AGREE", "CONSULT", "ASSAULT", "SANCTION",
             "THREATEN", "COERCE", "AID", "PROTEST")  # fmt: skip
KINDS = ("verb", "light", "commitment", "request", "noun", "undergone")
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
STATES = frozenset({"GPE", "NORP"})
AMOUNTS = frozenset({"MONEY", "CARDINAL", "QUANTITY"})
MODALS = frozenset({"could", "should", "may", "might", "must", "can", "would", "ought"})
QUOTE_MARKS = '"“”'
EMBEDDING_DEPS = frozenset({"relcl", "acl"})
ADVERBIAL_DEPS = frozenset({"advcl"})
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "pcomp"})


def features(
    event: Event, trigger: Trigger, rank: int, count: int, sent: Span, lex: Lexicon
) -> dict[str, float]:
    """The event's features by name (1.0 for a property it has; absent means 0)."""
    token = trigger.token
    clause = clause_head(trigger)
    governors = governors_of(clause, lex)
    found: dict[str, float] = {"bias": 1.0}
    found["type:" + (event.type if event.type in OWN_TYPES else "other")] = 1.0
    found["kind:" + (trigger.kind if trigger.kind in KINDS else "verb")] = 1.0
    found["mode given"] = float(event.mode is not None)
    found["retyped"] = float(event.type != trigger.type)
    found["hypothetical"] = float(event.hypothetical)
    found["future"] = float(event.future)
    found["dated"] = float(event.date_text is not None)
    found["first"] = float(rank == 0)
    found["several"] = float(count > 1)
    for role, spans in (("actor", event.actor_offsets), ("recipient", event.recipient_offsets)):
        for name, value in _participant(spans, sent).items():
            found[f"{role} {name}"] = value
    path = _path_up(token, sent)
    found["in relative clause"] = float(any(t.dep_ in EMBEDDING_DEPS for t in path))
    found["in adverbial clause"] = float(any(t.dep_ in ADVERBIAL_DEPS for t in path))
    found["in complement"] = float(any(t.dep_ in COMPLEMENT_DEPS for t in path))
    found["sentence root"] = float(token.i == sent.root.i or clause.i == sent.root.i)
    found["reported"] = float(any(lemma_of(g) in lex.speech for g in governors))
    found["conditional"] = float(_conditional(path))
    found["modal"] = float(
        any(c.dep_ == "aux" and c.lower_ in MODALS for t in (clause, *governors) for c in t.children)
    )
    found["noun trigger"] = float(token.pos_ in ("NOUN", "PROPN"))
    found["gerund or participle"] = float(token.tag_ in ("VBG", "VBN") and not _has_aux(token))
    found["past"] = float(
        clause.tag_ == "VBD" or any(c.tag_ == "VBD" for c in clause.children if c.dep_ == "aux")
    )
    found["passive"] = float(any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children))
    found["present"] = float(clause.tag_ in ("VBZ", "VBP") and not _has_aux(clause))
    found["in quotation"] = float(in_quotation(token, sent))
    found["question"] = float(sent.text.rstrip().rstrip(QUOTE_MARKS + "'’").endswith("?"))
    found["heading shape"] = float(_heading_like(sent))
    found["first person"] = float(any(t.lower_ in ("i", "we") for t in sent))
    found["states named"] = (
        min(sum(1 for t in sent if entity_label(t) in STATES and t.ent_iob_ == "B"), 3) / 3
    )
    found["people named"] = (
        min(sum(1 for t in sent if entity_label(t) == "PERSON" and t.ent_iob_ == "B"), 3) / 3
    )
    found["bodies named"] = min(sum(1 for t in sent if entity_label(t) == "ORG" and t.ent_iob_ == "B"), 3) / 3
    found["quotation in sentence"] = float(any(mark in sent.text for mark in QUOTE_MARKS))
    found["starts lower-case"] = float(sent.text[:1].islower())
    found["date named"] = float(bool(find_date_expressions(sent.text, 0)))  # resolved or not
    found["amount named"] = float(any(t.ent_type_ in AMOUNTS for t in sent))
    found["length"] = min(len(sent), 60) / 60
    return found


def probability(found: dict[str, float], weights: dict[str, float]) -> float:
    """The logistic model's probability that the event is one."""
    score = sum(weights.get(name, 0.0) * value for name, value in found.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def gate(pairs: list[tuple[Event, Trigger]], sent: Span, lex: Lexicon) -> list[tuple[Event, Trigger]]:
    """The proposed events of one sentence the gate keeps, in their order."""
    weights, threshold = gate_setting()
    if not weights:
        return pairs
    count = len(pairs)
    return [
        (event, trigger)
        for rank, (event, trigger) in enumerate(pairs)
        if probability(features(event, trigger, rank, count, sent, lex), weights) >= threshold
    ]


@lru_cache(maxsize=1)
def gate_setting() -> tuple[dict[str, float], float]:
    """The weights (empty when ``events.gate`` is off) and the threshold, read once."""
    events = Settings.load().events
    if not events.get("gate", True):
        return {}, 0.0
    return dict(data_file(GATE_FILE)["weights"]), float(events.get("gate_threshold", 0.5))


def _participant(spans: list[tuple[int, int]], sent: Span) -> dict[str, float]:
    """What kind of words a participant list holds: none, a pronoun, a name, a state."""
    if not spans:
        return {"none": 1.0}
    doc = sent.doc
    found: dict[str, float] = {}
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if root.pos_ == "PRON":
            found["pronoun"] = 1.0
        elif root.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in root.children):
            found["bare plural"] = 1.0  # "critics", "protesters": people in general or a crowd
        label = entity_label(root)
        if label in NAMED:
            found["named"] = 1.0
        if label in STATES:
            found["state"] = 1.0
    return found


def _path_up(token: Token, sent: Span) -> list[Token]:
    """The token and its heads up to the sentence root."""
    path = [token]
    while path[-1].head.i != path[-1].i and len(path) <= len(sent):
        path.append(path[-1].head)
    return path


def _conditional(path: list[Token]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for t in path for c in t.children)


def _has_aux(token: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in token.children)


def _heading_like(sent: Span) -> bool:
    """No closing punctuation, or most words capitalised: a heading or a link line."""
    text = sent.text.rstrip()
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    capitals = sum(1 for t in words if t.text[0].isupper())
    return not text.endswith((".", "?", "!", '"', "”", "'", "’", ")")) or (
        len(words) > 2 and capitals / len(words) > 0.6
    )
