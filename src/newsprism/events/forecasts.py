"""Acts still to come that nobody announced or scheduled (issue 20 point 1, stop 51, events51).

The sets count an act that happened, is happening, or is announced, scheduled or threatened
(`eval/allsides_events/README.md`, "Acts still to come"). A future act is told as one of those when
a date sets it ("will meet on Tuesday"), when a saying or a plan carries it ("said the city will
sue", "plans to visit"), when the main clause tells as fact what one party named by its name or as
"the" one or as he or she outside a quotation will do ("Turkey will allow ...", "The president will
veto it", "He'll welcome Romania's president", "Dozens of lawmakers will boycott ..."), or when
the trigger is itself the commitment or threat ("vowed to", "threatened to"). Told bare in the writer's or a
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
from newsprism.nlp.clause_subjects import own_subjects
from newsprism.people.words import ORG_NOUNS

# the trigger is the act itself however far off its content is: a promise (a threat by its type)
_SELF_ACTS = frozenset({"commitment"})
# refusals and sanctions a speaker says their side will make are made when said
ANNOUNCED_TYPES = frozenset({"REJECT", "SANCTION"})


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
    for _ in range(4):  # '"We will not accept ..., and we will take countermeasures," X said'
        if top.dep_ != "conj":
            break
        top = top.head
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
    told_of = subject.lower_ in ("he", "she") and not _quoted(subject)  # "He'll welcome Romania's president"
    own = subject.lower_ in ("i", "we")  # '"We will be working with the committee"': the speaker's own act
    return subject.pos_ == "PROPN" or the_one or told_of or own or _counted(subject)


def _counted(subject: Token) -> bool:
    """ "Dozens of lawmakers will boycott", "30 members will ...": people counted are ones known."""
    numbers = ("dozens", "hundreds", "scores", "thousands")
    return (
        subject.tag_ == "CD" or subject.lower_ in numbers or any(c.dep_ == "nummod" for c in subject.children)
    )


def _quoted(token: Token) -> bool:
    """Inside a quotation: the nearest quotation mark before it opens one, or, none before, the
    nearest after closes one (a quotation begun in the sentence before)."""
    sent = token.sent
    before = [t for t in sent[: token.i - sent.start] if t.tag_ in ("``", "''")]
    if before:
        return before[-1].tag_ == "``"
    after = [t for t in sent[token.i - sent.start + 1 :] if t.tag_ in ("``", "''")]
    return bool(after) and after[0].tag_ == "''"


def announced_now(
    event_type: str, flags: tuple[bool, bool], clause: Token, governors: list, lex: Lexicon
) -> bool:
    """A refusal a speaker says they (or their body: "it", "the company") will make is made when
    said (PLOVER codes the statement): "X said it would oppose the ruling" happened the day it
    was said; "thinks a new court will reject ..." is a forecast. (A promise keeps its future
    flag: what is promised is still to come.)"""
    if any(flags) or event_type not in ANNOUNCED_TYPES or not rules.enabled("announced_now"):
        return False
    subjects = own_subjects(clause)
    if len(subjects) != 1 or not _speaker_side(subjects[0]):
        return False
    return any(lemma_of(g) in lex.speech for g in governors)


def _speaker_side(subject: Token) -> bool:
    """A subject that is the speaker's side: a personal pronoun, or 'the company', 'the group', or
    the speaker's own body ("announced that his administration would pause funding")."""
    if subject.tag_ == "PRP":
        return subject.lower_ not in ("you", "they", "them")
    before = [t for t in subject.lefts]
    owned = before and before[0].tag_ == "PRP$" and rules.enabled("own_bodies_announcing")  # "his agency"
    return len(before) == 1 and (before[0].lower_ == "the" or owned) and lemma_of(subject) in ORG_NOUNS
