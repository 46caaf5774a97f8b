"""Acts a sentence describes or tells as a habit rather than reports: a participle describing
what someone is ("I will be just another soldier defending this revolution"), a present-tense
when-clause of what happens whenever it happens ("When the company's tax preparers sit down with
customers, ..."), and an act someone stops ("to stop defending the law" is no support). A coder of
events between parties leaves them out; the word lists are data (events.yaml, ``word_classes``).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.aimless import aims_at_no_one, tally_so_far
from newsprism.events.lexicon import Lexicon, can_act, clauses_above, first_child, lemma_of
from newsprism.events.passing import mentioned_not_done
from newsprism.events.statements import statement_not_act
from newsprism.events.views import is_generic
from newsprism.nlp.clause_subjects import own_subjects

# Present-tense tags: "sit down", "meets" (not "met", "will meet", "is meeting").
PRESENT_SIMPLE = frozenset({"VBP", "VBZ"})


def told_not_reported(token: Token, clause: Token, lex: Lexicon) -> bool:
    """The trigger describes someone, tells a habit or names an act being stopped."""
    if _describes_a_predicate(token) and rules.enabled("described_predicates"):
        return True
    if statement_not_act(token, lex):  # "denied that ...", "let's thank them", "fighting for the rebels"
        return True
    if mentioned_not_done(token, lex):  # "a student killed by ...", "a leader to rally around"
        return True
    if aims_at_no_one(token, lex) or tally_so_far(clause):  # "he was fighting back", "so far, 23 states have"
        return True
    if _habitual_when(clause, lex) and rules.enabled("habitual_when"):
        return True
    if _struggle_for_an_aim(token, lex) and rules.enabled("struggles"):
        return True
    if _effort_without_opponent(token, lex) and rules.enabled("efforts"):
        return True
    if _stray_bare_conjunct(token) and rules.enabled("stray_conjuncts"):
        return True
    if _bare_agreement(token, lex) and rules.enabled("bare_agreements"):
        return True
    if _agreeing_with_a_view(token, lex) and rules.enabled("views_agreed"):
        return True
    if _positions_shared(token, lex) and rules.enabled("positions_shared"):
        return True
    if _habit_by_adverb(clause, lex) and rules.enabled("habit_adverbs"):
        return True
    if _felt_state(token, lex) and rules.enabled("felt_states"):
        return True
    if _ongoing_in_a_relative(clause) and rules.enabled("ongoing_relatives"):
        return True
    return _ceased(token, lex) and rules.enabled("ceased_acts")


def _ongoing_in_a_relative(clause: Token) -> bool:
    """ "an investigation led by Robert Mueller, who has been investigating potential Russian
    interference": a present perfect progressive in a relative clause on a name tells what its
    bearer has been doing, who he is, not an event the sentence reports."""
    if clause.dep_ != "relcl" or clause.tag_ != "VBG" or clause.head.pos_ != "PROPN":
        return False
    aux = [c.lower_ for c in clause.children if c.dep_ == "aux"]
    return "been" in aux and any(a in ("has", "have", "'s", "'ve") for a in aux)


def _bare_agreement(verb: Token, lex: Lexicon) -> bool:
    """ "Her husband, who helped her carry the flag, agreed.": agreeing with nothing named, to no
    one and on nothing is assent to what was said, no accord ("agreed to talks" is one)."""
    if lemma_of(verb) not in lex.word_classes["assent_verbs"]:
        return False
    named = ("dobj", "xcomp", "ccomp", "prep", "advcl", "conj", "dative", "attr", "oprd")
    if any(c.dep_ in named for c in verb.children) or verb.dep_ == "conj":
        return False
    subject = first_child(verb, "nsubj")  # "Iran and the EU agreed": two sides, an accord
    return (
        subject is not None and not subject.conjuncts and lemma_of(subject) not in ("side", "party", "both")
    )


def _agreeing_with_a_view(verb: Token, lex: Lexicon) -> bool:
    """ "agrees with him on the importance of returning kids to school", "seldom agrees with the
    president", "agrees with the senators' request": one side sharing a view, no accord; "agreed
    with Russia to extend the truce" or "on a ceasefire" names what is agreed."""
    if lemma_of(verb) not in lex.word_classes["assent_verbs"] or verb.dep_ == "conj":
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if not any(p.lower_ == "with" for p in preps):
        return False
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "advcl", "dative", "conj") for c in verb.children):
        return False
    documents = lex.word_classes["agreement_documents"]
    for prep in preps:
        if prep.lower_ == "to":
            return False  # "agreed with Iran to a prisoner swap"
        if any(lemma_of(t) in documents or lemma_of(t) in lex.nouns for t in prep.subtree):
            return False  # "agreed with the EU on a deal", "on talks"
    subject = first_child(verb, "nsubj")
    return subject is not None and not subject.conjuncts


def _positions_shared(verb: Token, lex: Lexicon) -> bool:
    """ "he and Kirkpatrick both agree on a pathway to citizenship, but clash on the Dream Act":
    agreeing or clashing in the present simple on a policy, not on a deal or an act, is a position
    held; "agreed on a ceasefire", "agree on a deal" and "clashed over North Korea" stay events."""
    verbs = lex.word_classes["assent_verbs"] | lex.verbal_clashes
    tensed = verb.head if verb.dep_ == "conj" and verb.tag_ == "VB" else verb  # "agree ..., but clash"
    if lemma_of(verb) not in verbs or tensed.tag_ not in ("VBP", "VBZ"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "xcomp") for c in (*verb.children, *tensed.children)):
        return False
    if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return False  # "agree that ...": what is agreed is said
    if any(p.dep_ == "prep" and p.lower_ == "with" for p in verb.children):
        return False  # "agrees with the minister on ...": one side's view (views_agreed)
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "over")]
    topics = [o for p in preps for o in p.children]
    documents = lex.word_classes["agreement_documents"]
    nouns = [t for o in topics for t in o.subtree if t.pos_ == "NOUN"]  # not "so-called"'s "call"
    return bool(topics) and not any(lemma_of(t) in documents or lemma_of(t) in lex.nouns for t in nouns)


def _habit_by_adverb(clause: Token, lex: Lexicon) -> bool:
    """ "The president often derides his opponents", "who seldom agrees with the president": a
    simple present with an adverb of frequency tells a habit, no one event ("has spoken frequently
    with", "often criticized" in the past report acts)."""
    passive = [c for c in clause.children if c.dep_ == "auxpass"]  # "is usually subsidized by taxpayers"
    if passive and clause.tag_ == "VBN":
        if any(c.tag_ not in PRESENT_SIMPLE for c in passive) or first_child(clause, "aux") is not None:
            return False
    elif clause.tag_ not in PRESENT_SIMPLE or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    adverbs = lex.word_classes["habit_adverbs"]
    if any(c.dep_ == "advmod" and c.lower_ in adverbs for c in clause.children):
        return True
    target = first_child(clause, "dobj")  # "who gives a regular tour of the monument"
    regular = lex.word_classes["habit_adjectives"]
    return target is not None and any(c.dep_ == "amod" and c.lower_ in regular for c in target.children)


def _felt_state(verb: Token, lex: Lexicon) -> bool:
    """ "students feel intimidated if ...", "seemed threatened": a participle after feel, seem or
    look names how someone feels, no act done to them ("got arrested" is one)."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("acomp", "oprd", "xcomp", "ccomp"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "appeared to have been killed": an act, hedged
    return lemma_of(verb.head) in lex.word_classes["state_verbs"]


def _struggle_for_an_aim(verb: Token, lex: Lexicon) -> bool:
    """ "everything we have fought so hard to preserve", "fighting to keep their jobs": a struggle
    for an aim with no opponent named is no fight between parties."""
    if lemma_of(verb) not in lex.word_classes["struggle_verbs"] or first_child(verb, "dobj") is not None:
        return False
    heads = [verb] + [c for c in verb.children if c.dep_ == "advmod"]  # "fought so hard to preserve"
    aims = [c for h in heads for c in h.children if c.dep_ in ("xcomp", "advcl") and first_child(c, "aux")]
    aims = [a for a in aims if first_child(a, "aux").lower_ == "to"]
    if not aims or any(lemma_of(a) in lex.word_classes["military_aims"] for a in aims):
        return False  # "the rebels fought to take the city": a battle
    opponents = [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "with") for p in c.children
    ]
    return not any(can_act(p, lex) for p in opponents)


def _effort_without_opponent(verb: Token, lex: Lexicon) -> bool:
    """ "She fought very hard", "battled tirelessly": effort told by a manner adverb, with no one
    fought (no object, no "against" or "with" someone) and no aim, is no fight between parties."""
    if lemma_of(verb) not in lex.word_classes["struggle_verbs"] or first_child(verb, "dobj") is not None:
        return False
    manner = lex.word_classes["effort_adverbs"]
    adverbs = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in manner]
    if not adverbs or any(g.dep_ in ("xcomp", "advcl") for a in adverbs for g in a.children):
        return False  # "fought so hard to keep": an aim, read by ``struggles``
    return not any(c.dep_ in ("prep", "xcomp", "advcl", "conj") for c in verb.children)


def _stray_bare_conjunct(verb: Token) -> bool:
    """ "thought the brothers were going to drive to New York, kill him ...": a bare verb joined
    to a finite past or present verb with no subject or auxiliary of its own cannot be that verb's
    conjunct; the parser lost the infinitive it continues, and so the belief or plan above it."""
    if verb.dep_ != "conj" or verb.tag_ != "VB" or verb.head.tag_ not in ("VBD", "VBZ"):
        return False
    own = ("nsubj", "nsubjpass", "aux", "auxpass")
    return not any(c.dep_ in own for c in verb.children) and not any(
        c.dep_ in own[2:] for c in verb.head.children
    )


def _describes_a_predicate(verb: Token) -> bool:
    """A participle on the noun a copula predicates: "I will be just another soldier defending
    this revolution", "he is a man fighting for his life" say what someone is."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBG", "VBN"):
        return False
    noun = verb.head
    return noun.dep_ == "attr" and lemma_of(noun.head) == "be"


def _habitual_when(clause: Token, lex: Lexicon) -> bool:
    """A when/whenever clause in the simple present under a main clause that is not future
    tells what happens each time, no one event ("When tax preparers sit down with customers, a
    lot of them are relieved"); "when he meets Xi next week, he will ..." is a plan."""
    verbs = [clause]
    if clause.dep_ == "conj" and clause.tag_ in PRESENT_SIMPLE | {"VB"}:
        clause = clause.head  # "when we listen and give in to bigots": one when-clause of two verbs
        verbs.append(clause)
    if clause.dep_ != "advcl" or clause.tag_ not in PRESENT_SIMPLE:
        return False
    marks = {c.lower_ for v in verbs for c in v.children if c.dep_ in ("mark", "advmod")}
    if not marks & set(lex.word_classes["habit_marks"]):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    main = clause.head
    future = any(c.dep_ == "aux" and c.lower_ in lex.future_aux for c in main.children)
    return not future and main.tag_ not in ("VB",)


def _ceased(verb: Token, lex: Lexicon) -> bool:
    """ "to stop defending the law", "ceased supporting the rebels": the act is ended, not done
    (the ending itself, if anything, is typed by the verb of ending)."""
    if verb.dep_ != "xcomp" or lemma_of(verb.head) not in lex.word_classes["ceasing_verbs"]:
        return False
    return verb.tag_ == "VBG" and first_child(verb, "aux") is None


def orders_a_stop(verb: Token, lex: Lexicon) -> bool:
    """ "ordered the Justice Department to stop defending the law": a demand to end an act is a
    demand of the one ordered (the act ordered is no event, see ``_ceased``)."""
    if lemma_of(verb) not in lex.word_classes["stop_orders"] or not rules.enabled("ceased_acts"):
        return False
    told = first_child(verb, "dobj")
    stop = first_child(verb, "xcomp")
    if told is None or stop is None or lemma_of(stop) not in lex.word_classes["ceasing_verbs"]:
        return False
    return first_child(stop, "xcomp") is not None or first_child(stop, "dobj") is not None


def refused_by_will(token: Token, event_type: str, lex: Lexicon) -> bool:
    """A cooperative act or talks someone does not want or is unwilling to do: "did not want to
    debate Hillary Clinton", "are unwilling to broker a deal" is a refusal (REJECT); not wanting
    to attack is no refusal of anything."""
    if not rules.enabled("refused_wills") or token.dep_ != "xcomp":
        return False
    if event_type not in lex.cooperative and event_type not in ("CONSULT", "AGREE"):
        return False
    head = token.head
    subject = first_child(head, "nsubj") or first_child(head.head, "nsubj")
    if subject is not None and is_generic(subject, lex) and rules.enabled("generic_wills"):
        return False  # "Many banks remain reluctant to lend": a class's disposition, no one refused
    if lemma_of(head) in lex.word_classes["refusing_wills"]:
        return not any(c.dep_ == "neg" for c in head.children) and not any(
            c.dep_ == "neg" for c in head.head.children
        )
    return lemma_of(head) in lex.wish_verbs and any(c.dep_ == "neg" for c in head.children)


def wish_told(verb: Token, lex: Lexicon) -> bool:
    """ "I would like you to do us a favor", "we want you to investigate": a wish that the one
    spoken to act is a request of them ("I want China to buy" stays a wish)."""
    if lemma_of(verb) not in lex.wish_verbs or not rules.enabled("wishes_told"):
        return False
    told = first_child(verb, "dobj")
    act = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
    if told is None or told.lower_ != "you" or act is None:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)


def _no_one_as_subject(verb: Token) -> bool:
    """A subject with "no" or "none", the verb's own or the one it shares ("No government has
    wished to create conflict by insisting on ..."): no one did it."""
    current = verb
    for _ in range(4):
        subjects = own_subjects(current)
        if subjects:
            return any(
                s.lower_ == "none"
                or any(c.dep_ == "det" and c.lower_ == "no" for c in s.children)
                or _not_a_single(s)
                for s in subjects
            )
        if current.dep_ == "acl" and _not_a_single(current.head):
            return True  # "that not a single listener called in": the parser hangs the verb on the noun
        if current.dep_ not in ("xcomp", "advcl", "pcomp", "prep", "conj") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _not_a_single(noun: Token) -> bool:
    """ "not a single listener", "not one senator": a subject negated whole, no one did it."""
    if not rules.enabled("not_a_single"):
        return False
    counts = [c for c in noun.children if c.lower_ in ("single", "one") and c.dep_ in ("amod", "nummod")]
    return any(c.dep_ == "neg" for h in [noun, *counts] for c in h.children) and bool(counts)


def denied_by_no(verb: Token, lex: Lexicon) -> bool:
    """ "offered no specifics", "there was no evidence Trump conspired to work with Russia": an
    object with "no", or a clause a "no evidence" denies, says the act did not happen."""
    if not rules.enabled("no_determiners"):
        return False
    obj = first_child(verb, "dobj")
    if obj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return True
    if rules.enabled("no_subjects") and _no_one_as_subject(verb):
        return True  # "No Israeli government has wished to ...", "None of these users are prevented"
    # "no evidence [that] Mr. Trump or his team conspired to work with Russia"
    for head in clauses_above(verb, ("acl", "relcl", "ccomp", "xcomp", "conj")):
        if lemma_of(head) in lex.word_classes["evidence_nouns"]:
            return any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
    return False
