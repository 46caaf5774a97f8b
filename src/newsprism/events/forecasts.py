"""Acts still to come that nobody announced or scheduled (issue 20 point 1, stop 51, events51).

The sets count an act that happened, is happening, or is announced, scheduled or threatened
(`eval/allsides_events/README.md`, "Acts still to come"). A future act is told as one of those when
a date sets it ("will meet on Tuesday"), when a saying or a plan carries it ("said the city will
sue", "plans to visit"), when the main clause tells as fact what one party named by its name or as
"the" one will do ("Turkey will allow ...", "The president will veto it"), or when the trigger is
itself the commitment or threat ("vowed to", "threatened to"). Told bare in the writer's or a
quotation's future of unnamed or generic doers ("His critics will deride his volatility",
"officers will attempt to coordinate"), or under a forecast, a fear, a wish or a try ("expected
to", "fear ... will push", "wants to") it is a prediction: no event. A conditional ("will shoot him
if he moves") is left to the conditional rules. Read once per event flagged future: no cost on the
rest.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.events import rules
from newsprism.events.lexicon import Lexicon, lemma_of
from newsprism.events.participants import clause_head, governors_of
from newsprism.events.trigger_kinds import Trigger
from newsprism.models import Event

# the trigger is the act itself however far off its content is: a promise (a threat by its type)
_SELF_ACTS = frozenset({"commitment"})


def forecast_only(event: Event, trigger: Trigger, lex: Lexicon) -> bool:
    """Is the event a future act with no date, no announcing saying or plan, and no commitment?"""
    if not event.future or event.hypothetical or event.date_text or not rules.enabled("unannounced_futures"):
        return False
    if trigger.kind in _SELF_ACTS or trigger.type == "THREATEN":
        return False
    carriers = lex.word_classes["announcing_governors"]
    clause = clause_head(trigger)
    governors = governors_of(clause, lex)
    top = (governors or [clause])[-1]
    said = top.dep_ == "ccomp" and lemma_of(top.head) in carriers
    if said or any(lemma_of(g) in carriers for g in governors):
        return False  # "said the city will sue"; '"He will meet with ...," read a statement'
    return not _named_party_decides(top)


def _named_party_decides(top: Token) -> bool:
    """ "Turkey will allow the refugees to return", "The president will veto it": the main clause
    tells, as fact, what one party named by its name or as "the" one will do: a decision reported,
    not a forecast about some ("His critics will deride", "officers will attempt")."""
    if top.dep_ != "ROOT":
        return False
    subjects = [c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    the_one = subject.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    return subject.pos_ == "PROPN" or the_one
