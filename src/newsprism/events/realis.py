"""Clauses that name an act without reporting one: what someone has a duty, a right or calls
to do ("the duty to defend", "calls to support low-income countries"), what someone has to do
now ("the U.S. has to offer alternatives"), a participle that only describes someone ("the man
accused of opening fire") and an act done to oneself ("tried to kill himself").
A coder of events between parties leaves them out. The word lists are data (events.yaml,
``word_classes``).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, first_child, lemma_of
from newsprism.nlp.entity_repairs import entity_label

REFLEXIVES = frozenset(
    {
        "himself",
        "herself",
        "itself",
        "themselves",
        "themself",
        "myself",
        "ourselves",
        "yourself",
        "yourselves",
    }
)
# Types that judge: done by people in general to a thing, they are views ("Supporters have praised
# the law"); a demand keeps its addressee in its clause ("elders demanded that control be taken
# away from ...").
VIEW_TYPES = frozenset({"ACCUSE", "SUPPORT"})
# "Democrats cheered ...", "Egyptians": a party or a people is a party to events, not people in general
NAMED_BODIES = frozenset({"NORP", "ORG", "GPE", "PERSON"})
# "will have to", "may have to": still an obligation, not an act
PRESENT_TAGS = frozenset({"VBP", "VBZ", "VB"})
PRESENT_SIMPLE = frozenset({"VBP", "VBZ"})
# clauses that modify a noun or hang on a preposition, as against a complement that is reported
# and an adverbial clause that narrates ("was walking home when he was attacked")
MODIFIER_DEPS = frozenset({"relcl", "acl", "pcomp"})


def names_an_act_only(verb: Token, clause: Token, lex: Lexicon) -> bool:
    """The trigger verb is an infinitive owed to a noun of duty, right or appeal, or what
    someone has to do now: the act is due, not done."""
    if rules.enabled("noun_infinitives") and _owed_to_a_noun(verb, lex):
        return True
    if rules.enabled("owed_complements") and _owed_complement(clause):
        return True
    if rules.enabled("warned_consequences") and _warned_consequence(clause):
        return True
    return rules.enabled("obligations") and _has_to(clause)


def _warned_consequence(clause: Token) -> bool:
    """ "the freedoms must be accorded to the ideas we hate or sooner or later they will be denied":
    what will follow, after "or", if what must be done is not done is a consequence warned of, no
    act; with a doer named ("or your license will be revoked by the state") it stays a threat."""
    head = clause.head
    if clause.dep_ != "conj" or not any(c.dep_ == "aux" and c.lower_ == "must" for c in head.children):
        return False
    if not any(t.lower_ == "or" and t.dep_ == "cc" for t in clause.doc[head.i + 1 : clause.i]):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll") for c in clause.children):
        return False
    return first_child(clause, "agent") is None and first_child(clause, "nsubj") is None


def _owed_complement(clause: Token) -> bool:
    """ "must convince Khamenei to accept the deal", "has to persuade them to sign": the
    infinitive of a verb someone has to do is owed with it (one or two infinitives up)."""
    current = clause.head if clause.dep_ == "conj" else clause  # "to accept the deal and permit ..."
    for _ in range(2):
        if current.dep_ != "xcomp" or current.head.i == current.i:
            return False
        current = current.head
        if _has_to(current):
            return True
    return False


def mentioned_in_passing(verb: Token) -> bool:
    """ "the man accused of opening fire", "a professor credited with coining the term": a past
    participle of judging describing a noun, with no one named doing it, characterises; it reports
    no act ("a French national kidnapped in Algeria" is another matter: the caller checks the type)."""
    if not rules.enabled("participle_mentions") or verb.dep_ != "acl":
        return False
    if verb.tag_ != "VBN" and not (verb.tag_ == "VBD" and rules.enabled("participles_as_past")):
        return False  # "the professor credited with coining": tagged past tense, still a participle
    if verb.head.pos_ not in ("NOUN", "PROPN", "PRON") or first_child(verb, "agent") is not None:
        return False
    # "accused of", "credited with": the describing frame; a clause misparsed as a participle
    # ("..., a rights group protested here Wednesday") takes no preposition of its own
    return first_child(verb, "prep") is not None and verb.sent.root.pos_ in ("VERB", "AUX")


def doerless_background(verb: Token, actors: list[Token]) -> bool:
    """ "where programs were shut down", "including who, if anyone, was killed": a passive in a
    relative or prepositional clause with no doer anywhere tells background; a coder has no party
    to code (a main clause's "Four soldiers were killed" is the report itself,
    and a reported "that X was arrested" is a complement, not a modifier)."""
    if not rules.enabled("doerless_background") or actors or verb.tag_ != "VBN":
        return False
    if verb.dep_ not in MODIFIER_DEPS or any(_names_a_doer(t) for t in verb.subtree):
        return False
    # a past act ("was killed", "to be released"); a bare participle is participle_mentions', and
    # a present "as though the country is being bombed" the similes group's
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    passive = any(c.dep_ == "auxpass" for c in auxiliaries)
    return passive and any(c.tag_ == "VBD" or c.lower_ == "to" for c in auxiliaries)


def _names_a_doer(token: Token) -> bool:
    """An agent, or "by" + a noun that is no date however it was hung ("when he was asked to
    resign by reporters": the parser hangs "by reporters" on "resign")."""
    if token.dep_ == "agent":
        return True
    by = token.lower_ == "by" and token.dep_ == "prep"
    return by and any(c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME") for c in token.children)


def defines_someone(clause: Token) -> bool:
    """ "INTERPOL is an agency that coordinates efforts between countries", "Acme, a firm that
    lobbies Congress, ...": a present-simple relative clause on a noun that says what someone is
    (after "is", or in apposition) tells what they do as a rule, not an act that happened."""
    if not rules.enabled("definitions") or clause.dep_ != "relcl" or clause.tag_ not in PRESENT_SIMPLE:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in clause.children):
        return False  # "a group that has sued ...", "that will meet ...": a time of its own
    return clause.head.dep_ in ("attr", "appos")


def inside_a_source(token: Token) -> bool:
    """The trigger sits in an "according to ..." phrase: who the report comes from, not what
    happened ("according to the son of a victim who said he spoke with a survivor")."""
    if not rules.enabled("sourcing"):
        return False
    current = token
    for _ in range(12):
        if current.dep_ == "prep" and current.lower_ == "according":
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def gapped_object(verb: Token) -> list[Token]:
    """ "a balancing act she's had to strike": a relative clause with a subject of its own and no
    object leaves its noun as the verb's object (as "which" would); so does such a clause the parser
    hung on a verb as its complement, right after the noun with no word to open it."""
    clause = verb.head if verb.dep_ == "xcomp" else verb
    if not rules.enabled("gapped_objects"):
        return []
    subject = first_child(clause, "nsubj") or first_child(clause, "nsubjpass")
    if subject is None or subject.tag_ in ("WP", "WDT"):
        return []
    if clause.dep_ == "relcl" and clause.head.pos_ == "NOUN" and subject.dep_ == "nsubj":
        return [clause.head]
    start = clause.left_edge.i
    before = clause.doc[start - 1] if start > 0 else None
    contact = clause.dep_ == "ccomp" and subject.i == start and subject.pos_ == "PRON"
    if contact and before is not None and before.pos_ == "NOUN" and before.head.i < before.i:
        return [before]  # "speaks to a balancing act [she's had to strike]"
    return []


def done_to_oneself(verb: Token, obj: Token | None, listed_phrase: bool) -> bool:
    """ "tried to kill himself", "distanced herself": no other party, no event between parties
    (a listed phrasal verb such as "turned himself in" keeps its own meaning)."""
    if not rules.enabled("reflexive_objects") or listed_phrase:
        return False
    objects = [obj] if obj is not None and obj.dep_ == "dobj" else []
    objects += [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lower_ in REFLEXIVES for o in objects)


def _owed_to_a_noun(verb: Token, lex: Lexicon) -> bool:
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and rules.enabled("owed_conjuncts"):
        # "a deal needing time to be written into legislation and approved": the second act is owed too
        return _owed_to_a_noun(verb.head, lex)
    if _coerced(verb, lex):  # "an effort to force Ukraine to agree": owed with the forcing
        return _owed_to_a_noun(verb.head, lex)
    to = first_child(verb, "aux")
    if to is None or to.lower_ != "to" or not (verb.tag_ == "VB" or _passive_infinitive(verb)):
        return False
    nouns = lex.word_classes.get("unreal_nouns", frozenset())
    violent = lex.verbs.get(lemma_of(verb), ("", None))[0] in lex.hostile
    if rules.enabled("attempts_unreal") and not violent:  # "attempt to dismiss my lawsuit": not done;
        nouns = nouns | lex.word_classes["attempt_nouns"]  # "an attempt to assassinate" is an attack
    before = verb.doc[to.i - 1] if to.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and lemma_of(before) in nouns:
        return not _chance_taken(before, lex)  # "increasing calls to support ...", however parsed
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" and lemma_of(verb.head) in nouns:
        return not _chance_taken(verb.head, lex)
    # "a window for Britain to negotiate", "grounds for him to resign": the noun's clause with its doer
    has_for = any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
    owed = verb.dep_ in ("acl", "relcl", "advcl") and verb.head.pos_ == "NOUN"
    owed = owed and lemma_of(verb.head) in nouns
    return has_for and owed and rules.enabled("for_infinitives")


def _coerced(verb: Token, lex: Lexicon) -> bool:
    """ "force Ukraine to agree", "pressure X to resign": the act of the one made to do it, which
    stands or falls with the making (coerced_acts)."""
    if verb.dep_ != "xcomp" or lemma_of(verb.head) not in lex.object_control:
        return False
    return first_child(verb.head, "dobj") is not None and rules.enabled("coerced_acts")


def _passive_infinitive(verb: Token) -> bool:
    """ "to be approved": a participle after "to be", when the owed_conjuncts group is on."""
    return (
        rules.enabled("owed_conjuncts")
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)
    )


def _chance_taken(noun: Token, lex: Lexicon) -> bool:
    return _taker_of(noun, lex) is not None


def chance_taker(verb: Token, lex: Lexicon) -> Token | None:
    """The verb that takes the chance an infinitive is owed to ("took the opportunity to thank"):
    its subject does the infinitive's act."""
    if verb.dep_ != "acl" or verb.head.pos_ != "NOUN":
        return None
    return _taker_of(verb.head, lex)


def _taker_of(noun: Token, lex: Lexicon) -> Token | None:
    """ "took the opportunity to thank his staff", "used the scores as an occasion to scold
    Americans": a chance taken is an act done (words: ``chance_nouns``, ``chance_taking_verbs``)."""
    if not rules.enabled("chances_taken") or lemma_of(noun) not in lex.word_classes["chance_nouns"]:
        return None
    taker = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or lemma_of(taker) not in lex.word_classes["chance_taking_verbs"]:
        return None
    if any(c.dep_ in ("aux", "neg") and c.lower_ != "to" for c in taker.children):
        return None  # "should take the chance to", "did not take the chance": not taken
    done = taker.tag_ in ("VBD", "VBN", "VBZ", "VBP", "VBG")
    done = done or (taker.dep_ in ("xcomp", "advcl") and taker.head.tag_ in ("VBD", "VBN", "VBZ"))
    return taker if done else None


def _has_to(clause: Token) -> bool:
    """ "have to offer", "has to stop", "will have to agree", "must act"; "had to call" was done. A verb
    joined to the obligation with no subject or auxiliary of its own shares it: "still has to be
    passed by the House, and signed by Trump" (the parser may join "signed" to "has")."""
    if clause.dep_ == "conj" and rules.enabled("shared_obligations"):
        # a bare passive "be" is no tense of its own: "must resign or be impeached"
        own = any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") or (c.dep_ == "auxpass" and c.tag_ != "VB")
            for c in clause.children
        )
        first = clause.head
        if not own and _has_to(first):
            return True  # "has to be passed ... and signed"
        obliged = [c for c in first.children if c.dep_ == "xcomp" and _has_to(c)]
        if not own and clause.tag_ == "VBN" and obliged and obliged[0].tag_ == "VBN":
            return True  # "has to be passed ..., and signed by Trump", "signed" joined to "has"
    aux = [c.lower_ for c in clause.children if c.dep_ == "aux"]
    if "must" in aux and "have" not in aux:
        return True  # "Congress must investigate this question" ("must have met" infers it was done)
    head = clause.head
    if clause.dep_ != "xcomp" or lemma_of(head) != "have" or head.tag_ not in PRESENT_TAGS:
        return False
    to = first_child(clause, "aux")
    return to is not None and to.lower_ == "to"


def view_of_people_in_general(
    event_type: str, actors: list[Token], recipients: list[Token], lex: Lexicon, clause: Token | None = None
) -> bool:
    """Praise or criticism by people in general ("supporters", "some of the very same people")
    of a thing, with no particular party on either side: a view. Dated, it is an act ("Critics
    pounced on the program again last year when ...")."""
    if not rules.enabled("general_views") or event_type not in VIEW_TYPES or not actors:
        return False
    if clause is not None and rules.enabled("dated_views") and _dated_past(clause):
        return False
    if any(can_act(r, lex) and r.lower_ != "it" for r in recipients):
        return False  # "candidates are complaining that the moderators are biased": someone judged
    return all(_people_in_general(a, lex) for a in actors)


def _dated_past(clause: Token) -> bool:
    """A past act told with its time: a date of its own ("last year", "on Monday") or a
    when-clause ("when the GAO created a fictitious agency")."""
    if clause.tag_ != "VBD":
        return False
    for child in clause.children:
        if child.dep_ in ("npadvmod", "prep", "advmod") and any(
            entity_label(t) in ("DATE", "TIME") for t in child.subtree
        ):
            return True
        if child.dep_ == "advcl" and any(c.lower_ == "when" for c in child.children if c.dep_ == "advmod"):
            return True
    return False


def _people_in_general(noun: Token, lex: Lexicon) -> bool:
    """A bare plural of people holding views ("Supporters", "critics") or people counted loosely
    ("some of the very same people"), not a named, numbered or acting body ("Democrats", "three
    senators", "police")."""
    if noun.lower_ in lex.generic_quantifiers:  # "by some of the very same people": the parser's head
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = first_child(of, "pobj") if of is not None else None
        holders = lex.opinion_holders | lex.word_classes["sides_in_general"]
        return counted is not None and counted.tag_ == "NNS" and lemma_of(counted) in holders
    if noun.tag_ not in ("NNS", "NNPS") or first_child(noun, "nummod") is not None:
        return False
    if entity_label(noun) in NAMED_BODIES or lemma_of(noun) in lex.quantity_heads:
        return False  # "Democrats", "Dozens of people": a party, a count of particular people
    holder = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if holder is not None and holder.head.lower_ in lex.generic_quantifiers:
        return True  # "some of the very same people"
    if lemma_of(noun) not in lex.opinion_holders | lex.word_classes["sides_in_general"]:
        return False  # "Police defend the curfew", "Officials praised the deal": a body acting
    if any(c.dep_ in ("det", "poss") and c.lower_ not in lex.generic_quantifiers for c in noun.children):
        return False
    return not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def call_on_no_one(
    trigger_words: list[Token], event_type: str, recipients: list[Token], lex: Lexicon
) -> bool:
    """ "calling for more armed security", "were calling for a change": a call for a thing, asked of
    no one and naming no one, is a stance ("called for the resignation of the president" names one)."""
    if not rules.enabled("calls_on_no_one") or event_type != "REQUEST":
        return False
    if any(can_act(r, lex) for r in recipients):
        return False  # "called on Israel for ...", "calls for them to ..."
    verb = trigger_words[0]
    if lemma_of(verb) != "call" or not any(w.lower_ == "for" for w in trigger_words):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in verb.children):
        return False  # "called for the White House to direct ...": someone is asked
    asked = [t for w in verb.children if w.lower_ == "for" for t in w.subtree]
    return bool(asked) and not any(can_act(t, lex) and t.pos_ != "PRON" for t in asked)


def shown_by_a_poll(token: Token, lex: Lexicon) -> bool:
    """ "polls show more people blaming Mr. Trump", "a survey found voters rejecting ...": what a
    poll or study finds people doing is a statistic of views, no act."""
    if not rules.enabled("poll_findings"):
        return False
    sources = lex.word_classes["poll_sources"]
    current = token
    for _ in range(6):
        if current.head.i == current.i:
            return False
        current = current.head
        subject = first_child(current, "nsubj")
        if current.pos_ == "VERB" and subject is not None and lemma_of(subject) in sources:
            return True
    return False


def reason_asserted(clause: Token) -> bool:
    """ "Which is why Walker was condemning ...", "That's how they won": a how- or why-clause as
    what a pronoun before "be" refers to says what happened, and why; nothing is asked."""
    copula = clause.head
    if (
        not rules.enabled("reasons_asserted")
        or clause.dep_ not in ("ccomp", "attr", "advcl")
        or lemma_of(copula) != "be"
    ):
        return False
    subject = first_child(copula, "nsubj")
    return subject is not None and subject.lower_ in ("which", "that", "this")


def comes_into_force(noun: Token, lex: Lexicon) -> bool:
    """ "The ban will take effect Dec. 1", "the new tariffs kick in on Monday": an act's noun as the
    subject of coming into force names an act decided before; the clause says when it applies and
    reports no act now, nor a threat. A noun inside the phrase ("remain in force") is no act either
    (phrases: events.yaml ``word_classes.in_force_phrases``)."""
    if not rules.enabled("in_force"):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head  # "will remain in force": "force" is no military force
    else:
        return False
    lemma = lemma_of(verb)
    phrases = lex.word_classes["in_force_phrases"]
    for child in verb.children:
        if child.dep_ in ("dobj", "prt", "acomp") and f"{lemma} {child.lower_}" in phrases:
            return True  # "take effect", "kick in"
        if child.dep_ == "prep" and any(
            f"{lemma} {child.lower_} {o.lower_}" in phrases for o in child.children if o.dep_ == "pobj"
        ):
            return True  # "go into effect", "remain in force"
    return False
