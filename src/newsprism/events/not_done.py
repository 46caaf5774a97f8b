"""Acts a sentence names that no one does now: an act guarded against ("protect consumers from
deals between banks", "to avert a strike"), a journey made in someone's company ("reporters
traveling with the president"), which is no visit to them, a record set ("the first speaker to
resign") and a meeting or help offered on a condition. Words in events.yaml (word_classes
``guard_verbs``, ``averting_verbs``; ``travel_verbs``)."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, lemma_of
from newsprism.nlp.entity_repairs import entity_label

# Where a journey goes: a preposition of place after the travel verb ("traveled to Ohio").
DESTINATION_PREPOSITIONS = frozenset({"to", "into", "in", "at", "through", "across", "around", "for"})
# A rank that sets someone apart ("the first speaker to resign"), and what makes it announced.
RANKS = frozenset({"first", "last", "only", "second", "third"})
FUTURE_WORDS = frozenset({"will", "'ll", "shall"})
# Standing beside someone somewhere ("standing with the team on the balcony").
STANDING_KEYS = frozenset({"stand with", "stand alongside", "stand beside"})
PLACE_PREPOSITIONS = frozenset({"on", "at", "beside", "behind", "near", "outside", "inside", "in"})
# The warner's own ("its workforce", "our staff").
OWN_WORDS = frozenset({"its", "their", "our", "my"})
NAMED_SIDES = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # a side the sentence names


def guarded_against(noun: Token, lex: Lexicon) -> bool:
    """An event noun in the from-phrase of a verb of protection ("protect consumers from deals
    between banks and lenders") or the object of a verb of averting ("to avert a strike"): the act
    is what is kept from happening, no one does it."""
    if not rules.enabled("acts_guarded_against") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "from" and head.dep_ == "prep":
        return lemma_of(head.head) in lex.word_classes["guard_verbs"]
    return noun.dep_ == "dobj" and lemma_of(head) in lex.word_classes["averting_verbs"]


def travels_in_company(verb: Token, lemma: str, lex: Lexicon) -> bool:
    """ "Josh Earnest, traveling with the president in Burma", "reporters traveling with the
    president": one who can act named after "with" a travel verb is company on the journey, and
    with no destination of the verb's own the journey is no visit to anyone. "visited with" is a
    meeting, not a journey, and stays."""
    if not rules.enabled("travel_companions") or lemma not in lex.travel_verbs or lemma == "visit":
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    company = [
        o
        for p in preps
        if p.lower_ == "with"
        for o in p.children
        if o.dep_ == "pobj" and can_act(o, lex) and entity_label(o) not in ("DATE", "TIME")
    ]
    if not company:
        return False
    destinations = [
        o
        for p in preps
        if p.lower_ in DESTINATION_PREPOSITIONS
        for o in p.children
        if o.dep_ == "pobj" and entity_label(o) not in ("DATE", "TIME")
    ]
    return not destinations


def record_set(verb: Token) -> bool:
    """ "He was the first speaker to resign in the face of a scandal", "after the last American to
    be released ... died": an infinitive on a noun ranked first, last or only says what sets the
    one named apart, background, not an act reported now. "She will be the first senator to visit
    the island" announces one and stays (predicate_nouns)."""
    if not rules.enabled("records_set"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    # the parser may hang the ranked noun below the infinitive as its subject ("after the last
    # American to be released ..., Otto Warmbier, died")
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ in ("relcl", "acl"):
        noun = verb.head
    elif subject is not None:
        noun = subject
    else:
        return False
    if not any(c.dep_ == "amod" and c.lower_ in RANKS for c in noun.children):
        return False
    if noun.dep_ == "attr":
        auxiliaries = {c.lower_ for c in noun.head.children if c.dep_ == "aux"}
        return not auxiliaries & FUTURE_WORDS  # "will be the first ... to visit": announced
    return True


def conditional_offer(event_type: str, clause: Token, lex: Lexicon) -> bool:
    """ "if President Obama wants America to increase the credit limit, he'll negotiate, too": a
    meeting, accord or help offered on a condition is supposed, not done. Threats, demands,
    refusals and accusations made on a condition are made now ("will veto it if it passes")."""
    if not rules.enabled("conditional_offers") or event_type not in lex.word_classes["offered_types"]:
        return False
    heads = [clause, clause.head] if clause.dep_ == "conj" else [clause]
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for h in heads
        for c in h.children
    )


def adjective_participle(verb: Token, lex: Lexicon) -> bool:
    """ "Cole's position is striking because ...": a participle after "is" with a thing as subject
    and nothing acted on is an adjective ("striking", "troubling"), no act."""
    if not rules.enabled("adjective_participles") or verb.tag_ != "VBG":
        return False
    if not any(c.dep_ == "aux" and lemma_of(c) == "be" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or entity_label(subject) or not _a_thing(subject, lex):
        return False
    acted_on = ("dobj", "prep", "dative", "xcomp", "ccomp", "prt", "agent")
    return not any(c.dep_ in acted_on for c in verb.children)


def _a_thing(noun: Token, lex: Lexicon) -> bool:
    """A common noun that names no one ("vote"), or a post or office ("position"), which
    ``can_act`` takes because a post can be attacked ("shelled a position")."""
    posts = lex.word_classes["space_and_posts"] | lex.word_classes["offices"]
    return not can_act(noun, lex) or lemma_of(noun) in posts


def thing_judged(trigger: Token, event_type: str, recipients: list[Token], lex: Lexicon) -> bool:
    """ "Smith, who has been critical of costly nuclear modernization efforts": a judging adjective
    with no one among what it judges is a view of a policy, no criticism of a party ("critical of
    Mrs. Clinton's record" names her and stays)."""
    if not rules.enabled("things_judged_by_adjectives") or trigger.pos_ != "ADJ":
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in trigger.children):
        return False  # "thankful that he let go of ...": the one judged is in the clause
    judged = [o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    no_one = not any(can_act(t, lex) for t in recipients)
    return event_type in ("ACCUSE", "SUPPORT") and bool(judged) and no_one


def stance_on_a_thing(trigger: Token, event_type: str, recipients: list[Token], lex: Lexicon) -> bool:
    """ "Some Republicans supported it reluctantly", "Obama supported reinstating the ban": a verb
    of stance (``stance_verbs``) with no one among what it backs is a position on a thing, no
    support given to a party (the convention for a thing naming no one; "backed the governor" and
    "supported Trump's plan" name someone and stay)."""
    if event_type != "SUPPORT" or lemma_of(trigger) not in lex.stance_verbs:
        return False
    objects = [*recipients, *(c for c in trigger.children if c.dep_ == "dobj")]
    if any(c.dep_ == "poss" and c.lower_ != "its" for t in objects for c in t.children):
        return False  # "still backing her strategy": whose the thing is is named
    someone = any(can_act(t, lex) and t.lower_ != "it" for t in recipients)
    return not someone and rules.enabled("stances_on_things")


def stance_against_a_thing(trigger: Token, event_type: str, recipients: list[Token], lex: Lexicon) -> bool:
    """ "derided impeachment", "derided the agreement as one of the worst deals", "called
    the Iraq war a colossal mistake": deriding a thing (``word_classes.thing_stance_verbs``)
    with no one among what is opposed is a view of it, no act on a party (the convention for a thing
    naming no one; "derided Trump's deal" and "called him a liar" name someone and stay)."""
    if event_type not in ("ACCUSE", "REJECT"):
        return False
    if event_type == "REJECT" and _standing_opposition(trigger):
        return _names_no_one(trigger, lex)
    if lemma_of(trigger) not in lex.word_classes["thing_stance_verbs"]:
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]  # "the move has been opposed by": done
    if not objects or any(can_act(t, lex) for t in (*recipients, *objects)):
        return False
    if any(c.dep_ in ("poss", "compound") or c.ent_type_ for t in objects for c in t.children):
        return False  # "derided Obama's deal", "resisted the Trump agenda": whose the thing is is named
    return rules.enabled("stances_against_things")


def _standing_opposition(trigger: Token) -> bool:
    """ "is opposed to": the participle after a copula with a to-phrase, a state held."""
    after_be = trigger.dep_ == "acomp" or any(
        c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" for c in trigger.children
    )
    to_phrase = any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children)
    return rules.enabled("standing_opposition") and trigger.lower_ == "opposed" and after_be and to_phrase


def _names_no_one(trigger: Token, lex: Lexicon) -> bool:
    """What the to-phrase opposes names no one: not someone, no owner, body or nation on it or in its
    of-phrase ("opposed to French mediation", "to the nomination of Judge Carver" name someone)."""
    to = next(c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to")
    things = [o for o in to.children if o.dep_ == "pobj"]
    things += [
        o for t in things for p in t.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]
    someone = [t for t in things if can_act(t, lex) and (t.pos_ != "PROPN" or _named_side(t, lex))]
    if not things or someone:  # a bare proper noun the model names nothing ("marijuana") is a thing
        return False
    return not any(
        c.dep_ in ("poss", "compound") or c.ent_type_ in NAMED_SIDES for t in things for c in t.children
    )


def _named_side(token: Token, lex: Lexicon) -> bool:
    """A proper noun the model labels a side, or a role word ("the Pope")."""
    return token.ent_type_ in NAMED_SIDES or token.lower_ in lex.person_roles


def own_side_only(warned: Token, lex: Lexicon) -> bool:
    """ "warned that it could lay off as much as 20 percent of its workforce": what the warner says
    it may do falls on its own people, with no other party in sight; a forecast, no threat
    ("warned it would cut its aid to Egypt" names Egypt and stays a threat)."""
    if not rules.enabled("own_side_warnings"):
        return False
    objects = [c for c in warned.children if c.dep_ == "dobj"]
    objects += [
        o for d in objects for p in d.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]
    owned = any(c.dep_ == "poss" and c.lower_ in OWN_WORDS for o in objects for c in o.children)
    others = [
        o
        for p in warned.children
        if p.dep_ == "prep" and p.lower_ in ("to", "against", "on", "from", "with")
        for o in p.children
        if o.dep_ == "pobj" and can_act(o, lex)
    ]
    return owned and not others


def stood_at_a_place(verb: Token, keys: list[str], lex: Lexicon) -> bool:
    """ "Trump, standing with the team on the Truman Balcony", "stood with the mayor at the
    podium": standing beside someone at a place is where people stood, no support ("stands with
    the teachers on this issue" names a topic, not a place, and stays)."""
    if not rules.enabled("standing_places") or not any(k in STANDING_KEYS for k in keys):
        return False
    with_objects = [o for p in verb.children if p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    preps = [p for h in (verb, *with_objects) for p in h.children if p.dep_ == "prep"]
    places = lex.word_classes["standing_places"]
    return any(
        o.dep_ == "pobj" and (lemma_of(o) in places or entity_label(o) in ("FAC", "LOC"))
        for p in preps
        if p.lower_ in PLACE_PREPOSITIONS
        for o in p.children
    )
