"""Acts named under a frame that says they may, could or ought to happen, not that they did: an
ability ("will be able to appeal"), an impersonal judgement ("it's fair to ask my party to ..."),
an aim ("Xi's goal is to get Trump to agree"), an aim of a possible act ("Republicans could build a
coalition to pressure the president"), a counterfactual ("should have had to urge"), and an act in an
if-clause or in a when-clause on a norm ("should use the military only when requested"). A coder
of events codes none of them; the words are data (events.yaml, ``word_classes``).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, clauses_above, first_child, is_agent, lemma_of
from newsprism.nlp.counterfactuals import modal_perfect

# Modals of what may, must or should be done: a when-clause on them is a condition.
NORM_MODALS = frozenset({"should", "must", "can", "could", "may", "might", "ought", "would", "shall"})
# Tags of a copula that was, so its ability was used: "was able to negotiate a deal".
PAST_TAGS = frozenset({"VBD", "VBN"})


def unreal_by_modality(token: Token, clause: Token, governors: list[Token], said: bool, lex: Lexicon) -> bool:
    """The trigger's clause sits under an ability, an impersonal judgement, an aim, a modal verb
    it serves, or a counterfactual perfect (anywhere above it: "should have had to content herself
    with being able to note ... and to urge"); or a threat or demand sits inside an if-clause."""
    if rules.enabled("acts_in_conditions") and in_condition(token):
        return True
    if rules.enabled("stance_participles") and _stance_participle(token, lex):
        return True
    if rules.enabled("abilities") and _ability_only(clause, lex):
        return True
    judged = _judged_impersonally(clause) or _necessity_claimed(clause, lex)
    if rules.enabled("impersonal_judgements") and judged:
        return True
    if rules.enabled("purpose_chains") and _aim_above(clause, lex):
        return True
    if rules.enabled("modal_purposes") and not said and _serves_a_modal(clause, lex):
        return True
    if rules.enabled("predictions") and _predicted(clause, lex):
        return True
    if rules.enabled("expectations") and _expected_that(clause, lex):
        return True
    above = [clause, *governors, *_up_to_a_fact(clause, lex)]
    return rules.enabled("counterfactuals") and any(_counterfactual(v, lex) for v in above)


def _up_to_a_fact(clause: Token, lex: Lexicon) -> list[Token]:
    """The verbs above a clause, up to a past fact it sits in ("would have reviewed the case,
    which dragged on since the governor appointed him": the appointing is no counterfactual)."""
    found, current = [], clause
    for _ in range(8):
        if current.head.i == current.i or states_a_fact(current, lex):
            break
        current = current.head
        found.append(current)
    return found


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _ability_only(clause: Token, lex: Lexicon) -> bool:
    """ "will be able to appeal", "is able to block", "being able to urge", "unable to meet": what
    someone can do, or could not, is no act; "was able to negotiate a deal" reports one done."""
    if clause.dep_ != "xcomp" or not _infinitive(clause):
        return False
    words = lex.word_classes["ability_words"]
    head = clause.head
    if lemma_of(head) in words:
        adjective, copula = head, head.head
    else:
        adjective = next((c for c in head.children if c.dep_ == "acomp" and lemma_of(c) in words), None)
        copula = head
    if adjective is None or lemma_of(copula) != "be":
        return False
    if lemma_of(adjective) in lex.word_classes["inability_words"]:
        return True  # "unable to meet": not done
    used = copula.tag_ in PAST_TAGS and not any(c.lower_ in lex.hypothetical_aux for c in copula.children)
    return not used


def in_condition(token: Token) -> bool:
    """ "if they used their accounts to threaten others", "If the invasion ended up ...": an act
    inside an if- or unless-clause is supposed, not made ("threatened to strike if talks fail" is
    made: its condition hangs below it)."""
    current = token
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in current.children):
            return True
        if _inverted_condition(current):
            return True
        if _when_on_a_norm(current):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _when_on_a_norm(clause: Token) -> bool:
    """ "we should use our military only when requested to do so by governors", "troops can
    be sent whenever asked": a when-clause on a clause saying what may, must or should be done
    is a condition, as an if-clause is (those rules on); "were sent when asked" tells a fact."""
    if clause.dep_ != "advcl" or not rules.enabled("normative_when_clauses"):
        return False
    if not any(c.lower_ in ("when", "whenever") and c.dep_ in ("advmod", "mark") for c in clause.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in NORM_MODALS for c in clause.head.children)


def _inverted_condition(clause: Token) -> bool:
    """ "had she supported it", "were the president to attack": a condition told by putting had,
    were or should before the subject, with no "if" (those rules on)."""
    if not rules.enabled("inverted_conditions"):
        return False
    subjects = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    fronts = [c for c in clause.children if c.dep_ in ("aux", "auxpass")] + [clause]
    fronted = [
        a for a in fronts if a.lower_ in ("had", "were", "should") and subjects and a.i < min(subjects)
    ]
    if not fronted:
        return False
    if clause.dep_ == "advcl":
        return any(a.i == clause.left_edge.i for a in fronted)
    # "The bill would have passed had she supported it", parsed with the condition as the root:
    # the consequence, a would-clause, comes right before the fronted auxiliary
    return any(
        c.i < fronted[0].i
        and c.dep_ in ("ccomp", "conj")
        and any(m.lower_ in ("would", "could", "might") for m in c.children)
        for c in clause.children
    )


def _stance_participle(token: Token, lex: Lexicon) -> bool:
    """ "Groups backing him have raised $38 million", "committees supporting Bush": a participle of
    support or opposition describing a noun says which side it is on, no act."""
    if token.tag_ != "VBG" or token.dep_ != "acl" or lemma_of(token) not in lex.stance_verbs:
        return False
    return token.head.pos_ in ("NOUN", "PROPN")


def _judged_impersonally(clause: Token) -> bool:
    """ "It's fair to ask my party to ...", "how difficult it is to get 67 senators to agree": an
    act judged by an impersonal "it is ADJ to", asked of no one and reported as done by no one."""
    for _ in range(3):  # up the chain of infinitives and clauses they govern
        if clause.dep_ in ("ccomp", "xcomp") and not _infinitive(clause) and clause.head.dep_ == "xcomp":
            clause = clause.head  # "to get 67 senators to agree": the getting is judged
        if _judged_here(clause):
            return True
        if clause.dep_ not in ("xcomp", "ccomp") or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _judged_here(clause: Token) -> bool:
    if clause.dep_ not in ("xcomp", "ccomp") or not _infinitive(clause):
        return False
    copula = clause.head.head if clause.head.pos_ == "ADJ" and clause.head.dep_ == "acomp" else clause.head
    if lemma_of(copula) != "be":
        return False
    subject = first_child(copula, "nsubj") or first_child(copula, "expl")
    judged = any(c.dep_ in ("acomp", "attr") for c in copula.children)
    return subject is not None and subject.lower_ == "it" and judged


def _necessity_claimed(clause: Token, lex: Lexicon) -> bool:
    """ "it's all the more important that Republican senators support a fair trial": a that-clause
    under an impersonal "it is important/necessary that" is what ought to happen."""
    if clause.dep_ != "ccomp" or _infinitive(clause) or lemma_of(clause.head) != "be":
        return False
    subject = first_child(clause.head, "nsubj") or first_child(clause.head, "expl")
    needed = [c for c in clause.head.children if c.dep_ == "acomp"]
    return (
        subject is not None
        and subject.lower_ == "it"
        and any(lex.transparent.get(lemma_of(a)) == "unreal" for a in needed)
    )


def _predicted(clause: Token, lex: Lexicon) -> bool:
    """ "they predicted that liberals will try to use the next shooting": a forecast of someone's
    act is no act, no threat and no plan of theirs ("we're going to ask for ..., Hoyer predicted":
    one's own act foretold is a plan announced)."""
    doer = clause
    while first_child(doer, "nsubj") is None and doer.dep_ in ("xcomp", "conj") and doer.head.i != doer.i:
        doer = doer.head  # "we're going to ask": the subject of "going"
    subject = first_child(doer, "nsubj")
    if subject is not None and subject.lower_ in ("i", "we"):
        return False
    above = clauses_above(clause, ("ccomp", "xcomp", "conj"))
    return any(lemma_of(head) in lex.word_classes["prediction_verbs"] for head in above)


def _expected_that(clause: Token, lex: Lexicon) -> bool:
    """ "said he expected that federal aid would continue": a that-clause expected is a forecast
    (the passive "are expected to meet", an act scheduled, is not read here)."""
    head = clause
    while head.dep_ in ("conj", "xcomp") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "ccomp" or lemma_of(head.head) not in lex.word_classes["expectation_verbs"]:
        return False
    return first_child(head, "mark") is not None or first_child(head, "aux") is not None


def _aim_above(clause: Token, lex: Lexicon) -> bool:
    """ "Xi's goal is to get Trump to agree": an aim told by its copula, however deep the act; also
    a manner of it ("The other is to attack your rivals, disparaging them"; those rules on)."""
    deps = ("xcomp", "ccomp", "conj") + (("advcl",) if rules.enabled("purpose_manners") else ())
    for head in clauses_above(clause, deps):
        subject = first_child(head, "nsubj")
        if lemma_of(head) == "be" and subject is not None and lemma_of(subject) in lex.purpose_nouns:
            return True
    return False


def _serves_a_modal(clause: Token, lex: Lexicon) -> bool:
    """ "Republicans could build a coalition to pressure the president": an infinitive of purpose
    on a verb under could, might, may, would, should or can is a possible act, not one done."""
    if clause.dep_ != "advcl" or not _infinitive(clause):
        return False
    modals = lex.hypothetical_aux | {"can", "ca"}
    return any(c.dep_ == "aux" and c.lower_ in modals for c in clause.head.children)


def _counterfactual(verb: Token, lex: Lexicon) -> bool:
    """ "should have had to urge", "would have met him": a modal perfect tells what did not
    happen (not "must have": an inference that it did)."""
    modals = lex.hypothetical_aux - {"may"}
    if rules.enabled("future_perfects"):  # "the party shall have been duly convicted": a condition
        modals |= lex.future_aux
    return modal_perfect(verb, modals)


def under_way(clause: Token, lex: Lexicon) -> bool:
    """ "Some are suing the government": a present progressive acting on a particular party (a
    name, or "the" with a word for people) is an act under way, not a habit of people in general
    ("people are refusing to go" stays one)."""
    if not rules.enabled("acts_under_way") or clause.tag_ != "VBG":
        return False
    if not any(c.dep_ == "aux" and lemma_of(c) == "be" and c.tag_ in ("VBP", "VBZ") for c in clause.children):
        return False
    target = first_child(clause, "dobj")
    if target is None or not can_act(target, lex):
        return False
    return is_agent(target, lex) and any(c.dep_ == "det" and c.lower_ == "the" for c in target.children)


def states_a_fact(clause: Token, lex: Lexicon) -> bool:
    """A past-tense adverbial clause of time or cause ("since the governor appointed him",
    "because she fired him") tells what happened: a modal above marks its own clause, not this.
    "after"/"when" under a past verb of saying may be a future told in the past, so not there."""
    if clause.dep_ != "advcl" or clause.tag_ not in ("VBD", "VBN") or not rules.enabled("facts_under_modals"):
        return False
    if clause.tag_ == "VBN" and not any(c.dep_ == "aux" and lemma_of(c) == "have" for c in clause.children):
        return False  # a bare participle ("after fired") has no tense of its own
    mark = first_child(clause, "mark")
    if mark is None or mark.lower_ not in lex.word_classes["fact_marks"]:
        return False
    head = clause.head
    if lemma_of(head) == "be" and not any(c.dep_ in ("acomp", "attr") for c in head.children):
        return False  # "it would be because the city agreed": the reason is what the modal claims
    if mark.lower_ not in lex.word_classes["fact_marks_backshifted"]:
        return True
    said = (a for a in clause.ancestors if lemma_of(a) in lex.speech)
    return not any(a.tag_ in ("VBD", "VBN") for a in said)
