"""Trigger verbs that tell a statement or a stance, not an act between parties: a denial of a
claim ("denied that her office leaked the memo", "denied any wrongdoing"; CAMEO 016, a statement,
which PLOVER does not code), an exhortation ("let's thank the nurses"), a side fought for with no
opponent ("volunteers fighting for the insurgents"), a reaction met with ("the senator was met with
boos": no meeting) and an act someone thinks ought to be done ("voters think the council should
audit the fund"). The word lists are data (events.yaml, ``word_classes``).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, first_child, lemma_of
from newsprism.events.views import NORM_MODALS
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.words import PLACE_LABELS  # places fought over: a fight for one is a battle

# one person, who fights for a place only as its advocate ("I can now fight for America")
ONE_PERSON_PRONOUNS = frozenset({"i", "he", "she"})


def statement_not_act(verb: Token, lex: Lexicon) -> bool:
    """The trigger verb tells a statement or a stance: a denial, an exhortation, a side taken."""
    if _claim_denied(verb, lex) and rules.enabled("denials"):
        return True
    if _exhortation(verb, lex) and rules.enabled("exhortations"):
        return True
    if _side_fought_for(verb, lex) and rules.enabled("sides_fought_for"):
        return True
    if _act_believed_owed(verb, lex) and rules.enabled("beliefs_owed"):
        return True
    if _policy_backed(verb, lex) and rules.enabled("policies_backed"):
        return True
    return _reaction_met(verb) and rules.enabled("reactions_met")


def _policy_backed(verb: Token, lex: Lexicon) -> bool:
    """ "supported reinstating the ban", "opposes lifting the sanctions": a gerund after a verb of
    stance names the course backed or opposed, not an act anyone did (the stance is the event, if
    any)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "dobj", "ccomp"):
        return False
    return lemma_of(verb.head) in lex.word_classes["stance_verbs"]


def _act_believed_owed(verb: Token, lex: Lexicon) -> bool:
    """ "Voters think the council should audit the fund", "believes the board must resign": what
    someone thinks ought to be done is a view, no act and no demand of anyone ("said the council
    should audit" asks it; that stays a demand)."""
    if verb.dep_ != "ccomp" or lemma_of(verb.head) not in lex.belief_verbs:
        return False
    # a modal of what ought to be done: "thinks Congress should investigate"
    return any(c.dep_ == "aux" and c.lower_ in NORM_MODALS for c in verb.children)


def _claim_denied(verb: Token, lex: Lexicon) -> bool:
    """ "denied that the memo was ever sent", "has denied taking any money", "denied the
    allegations": a claim said to be false. "denied the permit", "denied them entry"
    refuse something asked for and stay refusals."""
    if lemma_of(verb) not in lex.word_classes["denial_verbs"]:
        return False
    if any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.tag_ == "VBG") for c in verb.children):
        return True  # "denied that ...", "denied doing ..."; not "denied him leave to file"
    obj = first_child(verb, "dobj")
    return obj is not None and lemma_of(obj) in lex.word_classes["claim_nouns"]


def _exhortation(verb: Token, lex: Lexicon) -> bool:
    """ "Let's thank the nurses", "let us negotiate": the speaker urges a course on a 'we'
    that includes the reader; nothing is done and no one is asked."""
    let = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or lemma_of(let) != "let" or let.tag_ != "VB":
        return False  # "they let us go", "will let us go": someone lets
    if any(c.dep_ in ("aux", "auxpass") for c in let.children):
        return False
    subject = first_child(verb, "nsubj") or first_child(let, "dobj")
    return subject is not None and subject.lower_ in lex.word_classes["exhorted_we"]


def _side_fought_for(verb: Token, lex: Lexicon) -> bool:
    """ "volunteers fighting for the insurgents", "her grandfather fought for the Union", "will
    fight for access to the files": what one fights for is a side or an aim; with no one fought (no
    object, no "against" or "with" someone) it is no fight between parties. A place or its
    control fought for is a battle ("fought for the city", "for control of the town")."""
    if lemma_of(verb) not in lex.word_classes["struggle_verbs"] or first_child(verb, "dobj") is not None:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    aims = [p for c in preps if c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    if not aims:
        return False
    opponents = [p for c in preps if c.lower_ in ("against", "with") for p in c.children]
    if any(can_act(p, lex) for p in opponents):
        return False
    prizes = lex.word_classes["battle_prizes"] | lex.word_classes["visited_lands"]
    return not any(entity_label(a) in PLACE_LABELS or lemma_of(a) in prizes for a in aims) or _one_person(
        verb
    )


def _one_person(verb: Token) -> bool:
    """ "I can now fight for America the way I want to", "Smith vowed to fight for Ohio": one person
    fighting for a place, with no one fought, argues its cause; a force or a crowd fighting for a
    city battles for it (those rules on)."""
    subject = first_child(verb, "nsubj") or (
        first_child(verb.head, "nsubj") if verb.dep_ == "xcomp" else None
    )
    if subject is None or not rules.enabled("one_person_fights"):
        return False
    return subject.lower_ in ONE_PERSON_PRONOUNS or entity_label(subject) == "PERSON"


def _reaction_met(verb: Token) -> bool:
    """ "The plan was met with skepticism", "the senator was met with boos": a passive
    "met with" tells the reaction something drew; someone met is "met by", or active."""
    if lemma_of(verb) != "meet" or not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
