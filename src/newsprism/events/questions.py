"""Questions, not requests: "asked whether ...", "asked Carson about the report", an interview's
prompt ("Pressed by a reporter to explain ..., X claimed"), a turn to speak ("called on every
reporter"); a request names the act or the thing asked for. Read by nonevents.py."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, first_child, lemma_of


def put_to_an_interviewee(token: Token, lemma: str, lex: Lexicon) -> bool:
    """ "Pressed by CBS's reporter to explain why ..., Furman claimed ...": a participle clause of
    being asked to say something, before what the asked one says, is an interview's question."""
    if not rules.enabled("interview_questions") or token.tag_ != "VBN":
        return False
    # "upon being asked to answer for his work, X ...": the same question after a preposition
    after_preposition = token.dep_ == "pcomp" and token.head.tag_ == "IN" and rules.enabled("asked_gerunds")
    # "said Sanders, when pressed on whether ...": a when-clause the parser hangs on the speaker
    when_clause = token.dep_ == "relcl" and any(c.lower_ == "when" for c in token.children)
    when_clause = when_clause and rules.enabled("interview_topics")
    if token.dep_ != "advcl" and not after_preposition and not when_clause:
        return False
    if lemma not in lex.word_classes["interview_prompts"]:
        return False
    asked = [c for c in token.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"]
    if any(lemma_of(c) in lex.word_classes["speaking_acts"] for c in asked):
        return True
    if any(_says_something(c, lex) for c in asked) and rules.enabled("interview_topics"):
        return True  # "when he was asked to make his case against Mrs. Clinton": words asked for
    # "she said when pressed by reporters": pressed by the press for nothing, a question put
    agents = [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    by_press = any(
        lemma_of(p) in lex.word_classes["press"] or p.lower_ in lex.word_classes["press"] for p in agents
    )
    asked_for = any(c.dep_ == "prep" and c.lower_ in ("for", "into") for c in token.children)
    if _asked_about(token) and not asked and rules.enabled("asked_about"):
        return True  # "was vague when asked about her timeline for the vote": a topic put, no demand
    if not agents and not asked and _pressed_on_a_question(token) and rules.enabled("interview_topics"):
        return True  # "when pressed on whether there would be any tensions": a question put
    return by_press and not asked and not asked_for and rules.enabled("press_prompts")


def _says_something(verb: Token, lex: Lexicon) -> bool:
    """ "to make his case", "to state his position": a verb and object that together are speaking."""
    obj = first_child(verb, "dobj")
    return obj is not None and f"{lemma_of(verb)} {lemma_of(obj)}" in lex.word_classes["speaking_phrases"]


def _asked_about(verb: Token) -> bool:
    """ "when asked about her timeline for the vote": a topic put before any "for" (the parser hangs
    the topic's own "for" on the participle); "asked for help about ..." stays a request."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    first_topic = next((p.i for p in preps if p.lower_ == "about"), None)
    if first_topic is None:
        return False
    return not any(p.lower_ in ("for", "into") and p.i < first_topic for p in preps)


def _pressed_on_a_question(verb: Token) -> bool:
    """ "pressed on whether ...", "asked about how ...": what is put is a question, nothing demanded."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "about", "over")):
        for clause in (c for c in prep.children if c.dep_ == "pcomp"):
            marks = [m for m in clause.children if m.dep_ in ("mark", "advmod")]
            if any(m.lower_ in ("whether", "if") or m.tag_ == "WRB" for m in marks):
                return True
    return False


def asks_an_act(verb: Token) -> bool:
    """An act asked of whoever is called on: an infinitive ("called on Israel to halt ..."), also
    under the one called on, or what is called for ("called on the city for an apology")."""
    called = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    for head in (verb, *called):
        for child in head.children:
            if child.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl") and _infinitive(child):
                return True
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def names_what_is_asked(verb: Token, obj: Token | None, lex: Lexicon) -> bool:
    """ "asked X to ...", "asked (X) for ...", "asked that ...", "asked Russia's help": a request
    names what is wanted; asking someone, or asking about something, is a question."""
    for child in verb.children:
        if child.dep_ == "xcomp" or (child.dep_ == "prep" and child.lower_ == "for"):
            return True
        if child.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            return True  # "asked that the hearing be delayed"; not 'asked, "Do you ...?"'
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children):
            return True  # "asked for the White House to direct ..."
    # with an addressee beside it ("asked him a favour") the object is what is asked; alone it is
    # what is asked only when it is something asked for ("asked Russia's help"), not "the witness"
    addressed = first_child(verb, "dative") is not None
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and not can_act(c, lex)]
    return any(
        lemma_of(t) not in lex.question_nouns and (addressed or lemma_of(t) in lex.asked_for) for t in things
    )


def is_question(clause: Token) -> bool:
    """ "whether ...", "if ...", or a wh-word ("asked the president when he thinks ...")."""
    return any(
        (c.dep_ == "mark" and c.lower_ in ("whether", "if")) or c.tag_ in ("WDT", "WP", "WRB")
        for c in clause.children
    )
