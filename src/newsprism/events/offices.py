"""Acts on who holds an office: appointing, confirming, firing, ousting, defrocking, and signing
a bill into law. The verbs and their PLOVER types are data (data/office_acts.yaml, where the
reading of PLOVER's manual is written down); this module only checks that the act falls on
someone and, for verbs of two senses ("named three reasons", "dismissed the critics"), that the
post or the office holder is named.
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import IMPERSONAL, Lexicon, doer_of, first_child, is_agent, lemma_of
from newsprism.nlp.document_memo import sentence_of
from newsprism.nlp.lexicon import rules as data_rules

POST_PREPS = ("as", "to")


def office_act(verb: Token, lemma: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """(type, mode) when the verb appoints, confirms or removes someone, or signs a bill into law."""
    if not rules.enabled("office_acts"):
        return None
    table = data_rules("office_acts.yaml")
    if not _done(verb):
        return None
    if lemma in table["signs"]["verbs"] and _into(verb, table["signs"]["into"]):
        return "SUPPORT", None
    person = _acted_on(verb)
    if lemma in table["approvals"]["verbs"] and person is not None:
        said = lemma == "confirm" and not _body(verb, lex, table)  # "he confirmed his appointment on CNBC"
        if lemma_of(person) in table["approvals"]["nominations"] and not said:
            return "SUPPORT", "appoint"  # "the Senate approved the nomination of Barr"
    entry = table["acts"].get(lemma)
    if entry is None or any(c.dep_ == "prt" for c in verb.children):
        return None  # "fired back", "named after", "picked up": another verb
    if person is None or not _someone(person, lex, table):
        return None
    if entry.get("contest") and _contest(verb, person, lex):
        return None  # "Cotton ousted Democratic Sen. Pryor", "ousted the governor by 345 votes": a vote won
    needs = entry.get("needs")
    if needs == "post" and not _post_named(verb, lex):
        return None
    if needs == "holder" and not (_holder(person, lex) or _post_named(verb, lex) or _office_left(verb, lex)):
        return None
    if needs == "office" and not _office_left(verb, lex):
        return None
    if needs == "body" and not (_body(verb, lex, table) or _post_named(verb, lex)):
        return None
    return entry["type"], entry.get("mode")


def _done(verb: Token) -> bool:
    """Told as done, with its clause's own subject: not an infinitive or a modal ("forced them to
    fire the prosecutor", "the post to which he'll be nominated", "is expected to sign it into
    law", "help him oust": asked, planned or forecast), not a bare gerund ("had discussed firing
    Powell": a topic), and not a verb the parser left without subject ("since learning Trump
    fired him")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "xcomp" and lemma_of(verb.head) in data_rules("office_acts.yaml")["acting_by"]:
        return _done(verb.head)  # "the Senate voted 54 to 45 to confirm Barr": the vote confirms him
    if any(c.lower_ == "to" or c.tag_ == "MD" for c in aux):
        return False
    if verb.tag_ == "VBG" and not any(lemma_of(c) == "be" for c in aux):
        return False
    if verb.tag_ == "VB" and not any(lemma_of(c) == "do" for c in aux):
        return False  # "to help him oust the general": a bare infinitive, an act helped or made
    return (
        any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children)
        or _shared_subject(verb) is not None
    )


def _shared_subject(verb: Token) -> Token | None:
    """The subject a passive conjunct shares with the verb before it ("He was removed from the
    probe and was fired from the FBI": he was fired); only a passive, which takes that subject's
    role as the one acted on (those rules on)."""
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if first_child(verb, "nsubj") or first_child(verb, "nsubjpass") or not rules.enabled("shared_subjects"):
        return None
    return first_child(verb.head, "nsubjpass")


def _acted_on(verb: Token) -> Token | None:
    """The one appointed or removed: a passive's subject before any object ("was appointed special
    counsel by ...": the subject, not the post)."""
    return first_child(verb, "nsubjpass") or first_child(verb, "dobj") or _shared_subject(verb)


def _contest(verb: Token, person: Token, lex: Lexicon) -> bool:
    """An election told with the same verb: a word of a contest in the sentence, or a party's name
    on either side ("Republican Tom Cotton ousted Democratic Sen. Mark Pryor")."""
    if any(t.lower_ in lex.word_classes["contest_words"] for t in sentence_of(verb)):
        return True
    parties = lex.word_classes["electoral_parties"]
    sides = [t for t in (person, doer_of(verb)) if t is not None]
    return any(w.lower_ in parties for t in sides for w in (t, *t.children))


def _someone(token: Token, lex: Lexicon, table: dict) -> bool:
    if lemma_of(token) in table["not_holders"] or lemma_of(token) in lex.word_classes["military_forces"]:
        return False
    if token.tag_ == "PRP":
        return token.lower_ not in IMPERSONAL
    return is_agent(token, lex) or lemma_of(token) in lex.person_roles


def _holder(token: Token, lex: Lexicon) -> bool:
    return lemma_of(token) in lex.person_roles and lemma_of(token) not in lex.word_classes["military_forces"]


def _post_named(verb: Token, lex: Lexicon) -> bool:
    """ "as attorney general", "to the supreme court", "the new coach", "to lead the agency"."""
    for child in verb.children:
        if child.dep_ in ("oprd", "attr") and (lemma_of(child) in lex.person_roles or child.pos_ == "PROPN"):
            return True
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and first_child(child, "aux") is not None:
            return True  # "tapped her to lead the agency"
        if child.dep_ == "prep" and child.lower_ in POST_PREPS:
            post = first_child(child, "pobj")
            if post is not None and (lemma_of(post) in lex.person_roles or _office(post, lex)):
                return True
    return False


def _office(token: Token, lex: Lexicon) -> bool:
    word, classes = lemma_of(token), lex.word_classes
    return word == "power" or word in classes["offices"] or word in classes["sitting_bodies"]


def _office_left(verb: Token, lex: Lexicon) -> bool:
    """ "removed him from office", "ousted from power"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        post = first_child(prep, "pobj")
        if post is not None and (_office(post, lex) or _body_left(post)):
            return True
    return False


def _body_left(body: Token) -> bool:
    """ "removed Collins from the committee": a seat on a body is left like an office (naming
    someone "to a panel" stays no appointment)."""
    return lemma_of(body) in data_rules("office_acts.yaml")["bodies_left"] and rules.enabled("bodies_left")


def _body(verb: Token, lex: Lexicon, table: dict) -> bool:
    doer = doer_of(verb) or (doer_of(verb.head) if verb.dep_ == "xcomp" else None)
    if doer is None:
        return False
    word = lemma_of(doer)
    return word in lex.word_classes["sitting_bodies"] or word in table["confirming_bodies"]


def _into(verb: Token, results: list[str]) -> bool:
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"):
        result = first_child(prep, "pobj")
        if result is not None and lemma_of(result) in results:
            return True
    return False


def office_holders(trigger, passive_subjects: list[Token], lex: Lexicon) -> list[Token] | None:
    """Who an office act falls on: the one appointed or removed, never the post, court or office
    named with it ("appointed Brenner to the supreme court": Brenner). None for other triggers."""
    if trigger.kind != "verb" or not rules.enabled("office_acts"):
        return None
    table = data_rules("office_acts.yaml")
    lemma = lemma_of(trigger.token)
    known = lemma in table["acts"] or lemma in table["approvals"]["verbs"]
    if not known or trigger.mode not in ("appoint", "expel"):
        return None
    person = _acted_on(trigger.token) or (passive_subjects[0] if passive_subjects else None)
    if person is not None and lemma_of(person) in table["approvals"]["nominations"]:
        person = _nominee(person)  # "approved Barr's nomination", "the nomination of Barr": Barr
    if person is None:
        return []
    return [person, *(c for c in person.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON"))]


def _nominee(nomination: Token) -> Token | None:
    """Whose nomination: its possessor ("Barr's nomination") or its of-object ("of Barr")."""
    owner = first_child(nomination, "poss")
    if owner is not None:
        return owner
    of = next((c for c in nomination.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return first_child(of, "pobj") if of is not None else None
