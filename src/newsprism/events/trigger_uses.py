"""What a trigger names when no one does it: an activity named by a gerund ("in terms of supporting
Ukraine"), a topic ("asked about agreeing to questioning"), an offer no one makes and a plan of
one's own ("offered to guide us there"). Moved out of extract.py, which calls them."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import is_agent, lemma_of, load_lexicon
from newsprism.events.triggers import Trigger


def activity_named(trigger: Trigger) -> bool:
    """A gerund after a preposition names an activity; with no one doing it, nothing happened.
    So does one joined to such a gerund ("an interest in supporting X and urging them to ...") and
    one as a clause's subject ("forming alliances was the most reliable way")."""
    token = trigger.token
    named = trigger.kind in ("verb", "request") or (
        trigger.kind == "light" and rules.enabled("subjectless_gerunds")
    )
    dep = token.dep_
    if rules.enabled("named_activities"):
        first = token
        for _ in range(4):  # "supporting ... and urging": the first of the joined gerunds
            if first.dep_ != "conj" or first.head.tag_ != "VBG":
                break
            first = first.head
        dep = "pcomp" if first.dep_ in ("pcomp", "pobj", "csubj") and first is not token else dep
        dep = "pcomp" if dep == "csubj" else dep
    return named and token.tag_ == "VBG" and dep in ("pcomp", "amod", "pobj")


def ownerless_offer(trigger: Trigger, actors: list[Token]) -> bool:
    """An active offer or promise whose maker is found nowhere in the sentence: no agreement
    between parties can be coded from it (a passive "was offered" names its maker by "by"). So is
    a promise made in the passive with no maker ("promises have been made before"; those rules on)."""
    if trigger.kind == "light" and trigger.type == "AGREE" and trigger.noun is not None and not actors:
        promised = lemma_of(trigger.noun) in load_lexicon().word_classes["promise_nouns"]
        return promised and trigger.noun.dep_ == "nsubjpass" and rules.enabled("agentless_promises")
    return trigger.kind == "commitment" and not actors and trigger.token.tag_ != "VBN"


def plan_of_ones_own(trigger: Trigger, recipients: list[Token]) -> bool:
    """An offer or promise to do something that is no event, made to no one and touching no one:
    what someone means to do (PLOVER's AGREE is an offer to another party)."""
    lex = load_lexicon()
    if trigger.kind != "commitment" or trigger.content or any(is_agent(t, lex) for t in recipients):
        return False
    planned = [c for c in trigger.token.children if c.dep_ in ("xcomp", "advcl") and c.i > trigger.token.i]
    return bool(planned) and not any(is_agent(t, lex) for c in planned for t in c.subtree)


def topic_of(gerund: Token) -> bool:
    """A gerund after "about" (or "regarding", "concerning") is what is talked about; so is one
    after a verb of referring ("referring to successfully prosecuting terrorists")."""
    if gerund.dep_ != "pcomp":
        return False
    if gerund.head.lower_ in ("about", "regarding", "concerning"):
        return True
    referred = (
        gerund.head.lower_ in ("to", "of") and lemma_of(gerund.head.head) in load_lexicon().reference_verbs
    )
    return referred and rules.enabled("referred_topics")


def pledge_to_no_one(trigger: Trigger, event_type: str, recipients: list[Token]) -> bool:
    """ "Obama promised an avalanche of jobs", "Warren proposes steep taxes", "It offers another
    cash payment": a thing pledged to no party is a promise to the public or a policy proposal,
    no agreement between parties (PLOVER's AGREE is an offer to another party). "offered a deal",
    "proposed a ceasefire" name an act and stay."""
    lex = load_lexicon()
    token = trigger.token
    if event_type != "AGREE" or lemma_of(token) not in lex.word_classes["pledge_verbs"]:
        return False
    if not rules.enabled("public_pledges") or any(is_agent(t, lex) for t in recipients):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "dative") for c in token.children):
        return False  # "promised to ...", "promised that ...", "offered him ...": an undertaking
    things = [c for c in token.children if c.dep_ == "dobj"]
    if token.dep_ == "relcl" and not things:
        things = [token.head]  # "what they promised": the relative's noun is what is promised
    # a party named within the thing is whom it is offered to: "offered workers a raise" parsed as
    # one noun phrase, "offered a raise for workers"
    if any(_party_within(w, lex) for t in things for w in t.subtree if w is not t):
        return False
    # the thing or a noun within it names an act: "a peace plan", "$2 billion in emergency aid"
    named = [lemma_of(w) for t in things for w in t.subtree if w.pos_ in ("NOUN", "PROPN")]
    acts = lex.word_classes["held_acts"]
    return bool(things) and not any(n in lex.nouns or n in acts or n == "peace" for n in named)


def _party_within(word: Token, lex) -> bool:
    """A party inside an offered thing's phrase: a word for people or a name, as the phrase's
    modifier ("South Korean companies long-term contracts") or after "to"/"for"."""
    if not is_agent(word, lex) or word.pos_ not in ("NOUN", "PROPN"):
        return False
    return word.dep_ in ("compound", "nmod") or (word.dep_ == "pobj" and word.head.lower_ in ("to", "for"))
