"""Demands said or directed at someone: "told Iraq that it must ...", "said X should ...",
"told Comey to drop the investigation". Read by trigger_kinds.py when a speech or directive verb
names no event of its own."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, first_child, lemma_of
from newsprism.events.passing import reported_clauses
from newsprism.events.views import is_generic


def demands_of_another(verb: Token, lex: Lexicon) -> bool:
    """ "X said Y must ...": a reported clause with must/should whose subject is not the speaker."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [
        a for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ in ("acl", "ccomp")
    ]
    addressed = any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children)
    if lemma_of(verb) in lex.belief_verbs and rules.enabled("beliefs_not_demands"):
        return False  # "thinks Sanders should end his campaign": a view of what ought to be
    speaker = first_child(verb, "nsubj")
    if speaker is not None and is_generic(speaker, lex):
        return False  # "a campaign that some said shouldn't be here": a view held by some
    if rules.enabled("norm_demands") and any(_anyone(first_child(c, "nsubj")) for c in clauses):
        return False  # '"A judge must put aside his views," he added': what anyone ought to do
    told = first_child(verb, "dobj")
    addressee = first_child(verb, "dative") is not None or (told is not None and can_act(told, lex))
    if addressee and rules.enabled("told_imperatives") and any(_imperative(c) for c in clauses):
        return True  # '"Maybe travel less," Obama told Holder': an imperative said to someone
    if any(time_for_subject(c, lex) is not None for c in said_clauses(verb)):
        return True  # '"It is time for Congress to stop playing games," X said': a demand of Congress
    if any(_subjunctive_asked(verb, c, lex) for c in clauses):
        return True  # 'suggests that Trump "repudiate the support of ..."': a demand in the mood
    for clause in clauses:
        if lemma_of(clause) == "be" and (not _leads_to_an_act(clause) or _ability(clause, lex)):
            continue  # "said X should be here", "should be able to use": how things ought to be
        if any(c.dep_ == "aux" and c.lower_ in lex.request_modals for c in clause.children):
            if _state_ought(clause):
                continue  # "should be permitted to see", "should be shaking in their boots"
            subject = first_child(clause, "nsubj")
            if subject is None and _clausal_subject(clause):
                return False  # '"Averting the cliff should happen ...," X said': a stance on a course
            # "said it must ..." is usually about the speaker; "told Iraq that it must ..." is not;
            # "said the information should put to rest ..." asks nothing of anyone
            if subject is not None and subject.pos_ != "PRON" and not can_act(subject, lex):
                return False
            return subject is None or subject.pos_ != "PRON" or addressed
    return False


def time_for_subject(clause: Token, lex: Lexicon) -> Token | None:
    """ "it is time for Congress to stop ...", "it is high time for Iran to talk": a said copula
    whose predicate is a time noun with a for-clause on someone who can act asks that of them;
    the one asked, if so."""
    if lemma_of(clause) != "be" or not rules.enabled("time_demands"):
        return None
    times = [c for c in clause.children if c.dep_ == "attr" and lemma_of(c) in lex.word_classes["due_times"]]
    for_clauses = [
        g for t in times for g in t.children if g.dep_ in ("relcl", "acl", "advcl") and infinitive(g)
    ]
    for g in for_clauses:
        subject = first_child(g, "nsubj")
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in g.children) and subject is not None:
            return subject if can_act(subject, lex) else None
    return None


def said_clauses(verb: Token) -> list[Token]:
    """The that-clauses of a speech verb and the clauses joined to them ('"X has offered ... and
    it is time for ...," Y said')."""
    clauses = reported_clauses(verb)
    return clauses + [j for c in clauses for j in c.conjuncts]


def _subjunctive_asked(verb: Token, clause: Token, lex: Lexicon) -> bool:
    """ "suggests that Trump repudiate ...", "insisted that the minister resign": a verb of asking
    whose that-clause is in the bare (subjunctive) form, with a subject of its own and no
    auxiliary, asks that subject to act (REQUEST), though the clause holds no modal."""
    if lemma_of(verb) not in lex.word_classes["mandative_verbs"] or clause.tag_ not in ("VB", "VBP"):
        return False
    if not rules.enabled("mandative_subjunctives"):
        return False
    subject = first_child(clause, "nsubj")
    if subject is None or subject.lower_ in ("i", "we"):
        return False
    if (
        clause.tag_ == "VBP"
        and subject.tag_ not in ("NN", "NNP")
        and subject.lower_ not in ("he", "she", "it")
    ):
        return False  # "insisted that the minister resign": only a singular subject shows the mood
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in clause.children)


def courted_not_asked(verb: Token, lemma: str, lex: Lexicon) -> bool:
    """ "focused on appealing to African-American voters": an appeal to someone that asks for
    nothing (no "for", no act to do, no that-clause) is courting them, no demand; "appealed to
    donors for $400 million", "appealed to the UN to intervene" and an appeal to a court ask."""
    if lemma not in lex.word_classes["courting_verbs"] or not rules.enabled("courting"):
        return False
    to = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
    if any(lemma_of(t) in lex.word_classes["judicial_doers"] for p in to for t in p.subtree):
        return False  # "appealed to the Supreme Court": a legal appeal asks for a ruling
    asks = any(
        (c.dep_ == "prep" and c.lower_ == "for") or c.dep_ in ("xcomp", "ccomp", "advcl", "dobj")
        for c in verb.children
    )
    return bool(to) and not asks


def _state_ought(clause: Token) -> bool:
    """A passive with no doer ("the public should be permitted to see", "it should be frozen") or a
    progressive not negated ("the GOP should be shaking in their boots"): how things ought to be,
    asked of no one named ("should not be censoring" is a reproach, read by ``reproaches``)."""
    if not rules.enabled("stances_ought"):
        return False
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    passive = any(c.dep_ == "auxpass" for c in aux) and first_child(clause, "agent") is None
    ongoing = clause.tag_ == "VBG" and any(lemma_of(a) == "be" for a in aux)
    return passive or (ongoing and not any(c.dep_ == "neg" for c in clause.children))


def _clausal_subject(clause: Token) -> bool:
    """A clause or gerund as subject ("Averting the fiscal cliff should happen ..."): what ought
    to happen, asked of no one."""
    return rules.enabled("clausal_subjects") and first_child(clause, "csubj") is not None


def _anyone(subject: Token | None) -> bool:
    """ "a judge", "any president", "every citizen": whoever it may be, no one in particular."""
    return subject is not None and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every", "each") for c in subject.children
    )


def _imperative(clause: Token) -> bool:
    """A bare verb with no subject, auxiliary or conjunction of its own: "stop it", "travel less"."""
    if clause.tag_ not in ("VB", "VBP") or clause.pos_ != "VERB":
        return False
    return not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl") for c in clause.children
    )


def _ability(copula: Token, lex: Lexicon) -> bool:
    """ "Immigrant taxpayers should be able to use ...": an ability, asked of no one."""
    able = lex.word_classes["ability_words"]
    able_to = any(c.dep_ == "acomp" and lemma_of(c) in able for c in copula.children)
    return able_to and rules.enabled("abilities")


def _leads_to_an_act(copula: Token) -> bool:
    """ "must be ready to mediate": the predicate takes an act of its own."""
    predicates = [c for c in copula.children if c.dep_ in ("acomp", "attr")]
    return any(g.dep_ in ("xcomp", "ccomp") for p in predicates for g in p.children)


def directs_someone(verb: Token, lex: Lexicon) -> bool:
    """Someone as object and an infinitive for them to carry out."""
    target = first_child(verb, "dobj")
    if target is None:  # "suggesting to some candidates to withdraw"
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        target = first_child(to, "pobj") if to is not None else None
    if target is None or not can_act(target, lex) or _pushed_by_a_cause(verb, lex):
        return False
    if _commands_forces(verb, target, lex):
        return False  # "ordered his troops to withdraw": the forces' act is what is told (RETREAT)
    return any(  # not "to tell the party how to behave": advice on a manner
        c.dep_ in ("xcomp", "ccomp", "advcl")
        and infinitive(c)
        and not any(w.tag_ in ("WRB", "WP") for w in c.children)
        for c in verb.children
    )


def _commands_forces(verb: Token, target: Token, lex: Lexicon) -> bool:
    """ "ordered troops to the border", "ordered his forces to withdraw": a command to armed forces is
    their move, no demand of another party (order is a directive verb since stop 48)."""
    classes = lex.word_classes
    if lemma_of(verb) not in classes["commanding_verbs"] or not rules.enabled("commanded_forces"):
        return False
    return lemma_of(target) in classes["commanded_forces"]


def _pushed_by_a_cause(verb: Token, lex: Lexicon) -> bool:
    """ "Rising costs pushed the firm to cut jobs", "it works by ..., pushing the body to produce
    cells": a push, nudge or prod by a thing is a cause, no one asking anything of anyone."""
    if lemma_of(verb) not in lex.word_classes["pressing_verbs"] or not rules.enabled("pushing_causes"):
        return False
    doer = first_child(verb, "nsubj")
    if doer is None and verb.dep_ == "advcl":  # a participle's doer is its clause's subject
        doer = first_child(verb.head, "nsubj")
    if doer is None or doer.tag_ in ("WDT", "WP"):  # "Beijing, which has pushed ...": unknown here
        return False
    return doer.lower_ == "it" or not can_act(doer, lex)


def infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def reproaches(verb: Token, lex: Lexicon) -> bool:
    """ "X should not be censoring speech", "should never have fired him", "should have known":
    what someone ought not to be doing, or ought to have done, is criticism of what they do or
    did (ACCUSE), not a demand of a future act."""
    if not rules.enabled("reproaches"):
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        aux = [c for c in clause.children if c.dep_ == "aux"]
        if not any(a.lower_ in lex.request_modals for a in aux):
            continue
        negated = any(c.dep_ == "neg" for c in clause.children)
        ongoing = clause.tag_ == "VBG" and any(lemma_of(a) == "be" for a in aux)
        done = clause.tag_ == "VBN" and any(lemma_of(a) == "have" for a in aux)
        if (negated and ongoing) or done:
            return True
    return False


def doer_told(verb: Token, lex: Lexicon) -> Token | None:
    """Who does a subjectless infinitive ("got 45 senators to sign onto a letter urging ..."): the
    one told to, else the teller (those rules on)."""
    if verb.dep_ not in ("xcomp", "advcl") or not rules.enabled("joined_onto"):
        return None
    told = first_child(verb.head, "dobj")
    return told if told is not None and can_act(told, lex) else first_child(verb.head, "nsubj")


def joined_in(prep: Token) -> list[Token]:
    """ "Republicans joined Ms. Collins in describing the move as a breach": whoever joins someone
    in an act does it with them, both its actors (those rules on); any other verb's object ("accused
    X of attacking") leaves the act to that object alone, and no actor is given here."""
    verb = prep.head
    if prep.lower_ != "in" or lemma_of(verb) != "join" or not rules.enabled("joined_in_acts"):
        return []
    subject, joined = first_child(verb, "nsubj"), first_child(verb, "dobj")
    found = [subject, *subject.conjuncts] if subject is not None else []
    return found + [joined, *joined.conjuncts] if joined is not None else found


OPENING_QUOTES = frozenset({'"', "\u201c"})
CLOSING_QUOTES = frozenset({'"', "\u201d"})


def addressed(token: Token, asking: Token) -> bool:
    """'"We encourage you to be aggressive"', '"We ask that you open an investigation"': "you"
    inside the quotation that holds the asking verb is the one the speaker asks (outside it is
    the reader; in another quotation than the asking, someone else's words)."""
    if token.lower_ != "you" or not rules.enabled("asked_addressees"):
        return False
    start, end = sorted((token.i, asking.i))
    if any(t.text in OPENING_QUOTES or t.text in CLOSING_QUOTES for t in token.doc[start + 1 : end]):
        return False
    before = token.doc[token.sent.start : token.i]
    opened = sum(t.text in OPENING_QUOTES and t.text not in CLOSING_QUOTES for t in before)
    closed = sum(t.text in CLOSING_QUOTES and t.text not in OPENING_QUOTES for t in before)
    straight = sum(t.text == '"' for t in before)
    return opened > closed or straight % 2 == 1
