"""How event participants are written out, and where an event happened.

Actor and recipient tokens (found in participants.py) become character spans here: a named entity
as written, else the noun with its modifiers; "members of the union" names the union; dates and
numbers are never participants (nor the dateline cleaning stored: extract.py leaves it out). The
place is a GPE/LOC/FAC after in/at/near.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import (
    MODIFIER_DEPS,
    NAME_LABELS,
    Lexicon,
    first_child,
    is_agent,
    lemma_of,
    load_lexicon,
)
from newsprism.events.triggers import Trigger
from newsprism.nlp.clause_subjects import own_subjects
from newsprism.nlp.entity_repairs import entity_label, entity_span_of, model_entity_span
from newsprism.people.words import PLACE_LABELS, POSSESSIVE_S, ROLES

# Entity labels that are never participants.
NOT_PARTICIPANTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
NAMED_THINGS = frozenset({"LAW", "LANGUAGE"})  # named, but no one: "the 25th Amendment"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # not MD: "Will Smith"


def unique_spans(tokens: list[Token], sent: Span, lex: Lexicon) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if rules.enabled("apposed_roles"):
        tokens = [t for t in tokens if not any(_apposed_name(t, other) for other in tokens)]
    for token in tokens:
        for member in _group_members(token, lex):
            if (entity_label(member) in NOT_PARTICIPANTS or member.like_num) and not bare_count(member):
                continue
            span = _name_span(member)
            if (body := role_of(member)) is not None:  # written out with its body: "CEO of Acme"
                span = (span[0], _name_span(body)[1])
            if rules.enabled("things_not_parties") and _names_no_party(member, span):
                continue
            if span not in spans:
                spans.append(span)
    return spans


def bare_count(token: Token) -> bool:
    """ "six were sentenced", "two were killed": a number with no noun, the subject of a passive,
    stands for the people counted (those rules on)."""
    if token.dep_ != "nsubjpass" or token.pos_ != "NUM" or entity_label(token) not in ("CARDINAL", ""):
        return False
    alone = all(c.dep_ in ("det", "amod", "advmod") for c in token.children)
    return alone and rules.enabled("counted_undergoers")


def role_of(token: Token) -> Token | None:
    """The organisation or state a role noun names its holder by ("the CEO of Acme", "the president
    of Iran"): one person holds the role and acts, the body is only how the person is named."""
    if not rules.enabled("role_holders") or token.tag_ != "NN" or token.lower_ not in ROLES:
        return None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = first_child(of, "pobj") if of is not None else None
    return body if body is not None and entity_label(body) in ("GPE", "ORG", "NORP") else None


def _names_no_party(member: Token, span: tuple[int, int]) -> bool:
    """A law ("the 25th Amendment") or a misparsed clause ("into whether Trump obstructed
    justice" read as one noun phrase: a finite verb inside) is no one who takes part."""
    if entity_label(member) in NAMED_THINGS:
        return True
    if any(c.lower_ in ("whether", "if") for c in member.lefts):
        return True
    words = member.doc.char_span(span[0], span[1], alignment_mode="expand") or []
    finite = [t for t in words if t.tag_ in FINITE_TAGS and t.dep_ != "relcl"]
    subjects = [c for t in words if t.pos_ == "VERB" for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(finite or subjects)


def _apposed_name(role: Token, name: Token) -> bool:
    """'Key House Democrat, Rep. Jane Moss, D-Ohio, says': a name set off by commas after a role
    noun, parsed as its conjunct with no 'and', is the same actor; the role noun goes."""
    return (
        name.dep_ == "conj"
        and name.head == role
        and entity_label(name) == "PERSON"
        and entity_label(role) != "PERSON"
        and not any(c.dep_ in ("cc", "preconj") for c in role.children)
        and name.left_edge.i > 0
        and name.doc[name.left_edge.i - 1].text == ","
        and name.left_edge.i - 1 == role.i + 1
    )


def _group_members(token: Token, lex: Lexicon) -> list[Token]:
    """ "members of the union" -> the union; "envoys from Iran and Iraq" -> Iran, Iraq."""
    for child in token.children:  # "the trade minister, Park Jin-woo, ..." -> the name
        if child.dep_ == "appos" and entity_label(child) == "PERSON" and entity_label(token) != "PERSON":
            if lemma_of(token) in lex.nouns and rules.enabled("acts_no_appositives"):
                break  # "the strike that killed a leader, X, ...": X is the leader, no strike
            return [child]
    members = named_members(token)
    if members:
        return members
    named_only = not (lemma_of(token) in lex.group_heads or token.like_num)
    if named_only and role_of(token) is not None:
        return [token]  # "the CEO of Acme criticized": the chief acts, not the company
    if named_only and (entity_label(token) in NAME_LABELS or token.pos_ == "PROPN"):
        return [token]
    thing = not is_agent(token, lex)  # "helicopters from the navy" -> the navy
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if (
                    not named_only
                    or entity_label(pobj) in ("GPE", "ORG", "NORP")
                    or (thing and is_agent(pobj, lex))
                ):
                    return [pobj, *pobj.conjuncts]
    return [token]


# What introduces named examples of a class: "countries like Mexico and China", "groups such as X".
EXAMPLE_PREPS = frozenset({"like", "as"})


def singled_out(appositive: Token) -> bool:
    """ "particularly Germany", "especially the French": an appositive led by an adverb that singles
    out one member of the class beside it (those rules on)."""
    adverbs = load_lexicon().word_classes["singling_adverbs"]
    return rules.enabled("singled_members") and any(
        c.dep_ == "advmod" and c.lower_ in adverbs and c.i < appositive.i for c in appositive.children
    )


def named_members(token: Token) -> list[Token]:
    """The named members a class noun lists: "countries like Mexico and China", "two medical
    associations, the American College of X and the American Academy of Y". The names act,
    not the class word (a common noun; a name or a role with a person's name is kept as it is;
    those rules on)."""
    if (included := _included(token)) and rules.enabled("including_members"):
        return [token, *included]  # "Four Americans, including Ambassador X": the class and X
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or not rules.enabled("named_members"):
        return []
    for child in token.children:
        if child.dep_ == "appos" and singled_out(child):
            return [token, child]  # "European countries - particularly Germany -": the class and one
        if child.dep_ == "appos":
            heads = [child]
        elif child.dep_ == "prep" and child.lower_ in EXAMPLE_PREPS and _introduces_examples(child):
            heads = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        found = [m for h in heads for m in (h, *h.conjuncts)]
        if found and all(entity_label(m) in NAME_LABELS or m.pos_ == "PROPN" for m in found):
            return found
    return []


def _included(token: Token) -> list[Token]:
    """The names an including-phrase of a plural singles out ("lawmakers, including Democrats such
    as Sen. X": the Democrats and X), else []."""
    if token.tag_ not in ("NNS", "NNPS"):
        return []
    heads = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "including" for p in c.children]
    found = [m for h in heads if h.dep_ == "pobj" for m in (h, *h.conjuncts)]
    examples = [
        e
        for m in found
        for c in m.children
        if c.dep_ == "prep" and c.lower_ in EXAMPLE_PREPS and _introduces_examples(c)
        for p in c.children
        if p.dep_ == "pobj"
        for e in (p, *p.conjuncts)
    ]
    found += examples
    named = all(entity_label(m) in NAME_LABELS or m.pos_ == "PROPN" for m in found)
    return found if found and named else []


def _introduces_examples(prep: Token) -> bool:
    """ "like" right after its noun, or "such as"."""
    if prep.lower_ == "like":
        return prep.i == prep.head.i + 1
    return prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"


def _name_span(token: Token) -> tuple[int, int]:
    """The name as written: a named entity, else the noun with its modifiers."""
    if entity_label(token) in NAME_LABELS:
        entity = entity_of(token)
        if entity is not None:  # "Jeb Bush's attack": the name, not its possessive ending
            if len(entity) > 1 and entity[-1].text in POSSESSIVE_S and rules.enabled("possessive_names"):
                return entity.start_char, entity[-2].idx + len(entity[-2].text)
            end = len(entity)  # "Smith and" tagged as one name before "Jones": the name ends before "and"
            while end > 1 and entity[end - 1].pos_ in ("CCONJ", "PUNCT") and rules.enabled("entity_edges"):
                end -= 1
            return entity.start_char, entity[end - 1].idx + len(entity[end - 1].text)
    start = token
    for child in token.lefts:
        if child.dep_ in MODIFIER_DEPS:
            start = child.left_edge if child.left_edge.i < start.i else start
    while start.i < token.i and (
        start.dep_ in ("det", "nummod", "punct")
        or start.like_num
        or (start.dep_ == "poss" and start.pos_ == "PRON")
    ):
        start = start.doc[start.i + 1]
    return start.idx, token.idx + len(token.text)


def entity_of(token: Token) -> Span | None:
    """The named entity a token is part of. Which tokens are names comes from the repaired labels
    (callers test ``entity_label``); the span stays the model's, as written ("the White House",
    which the repairs trim to "White House"), so event participants read as before."""
    return model_entity_span(token) if token.ent_type_ else entity_span_of(token)


def location_of(trigger: Trigger, sent: Span) -> tuple[int, int] | None:
    """ "in Moscow": a place after in/at/near, on the trigger first, else in its clause."""
    lex = load_lexicon()
    near = [trigger.token] + ([trigger.noun] if trigger.noun is not None else [])
    if trigger.kind == "noun":  # "a meeting ... took place in Cairo"
        near.append(trigger.token.head)
    near += [c for t in list(near) for c in t.children if c.dep_ in ("dobj", "attr")]
    subjects = own_subjects(trigger.token)
    in_subject = {t.i for c in subjects for t in c.subtree}  # "groups in Santiago" is who, not where
    in_subject |= _in_own_clauses(trigger.token)  # "after landing in San Antonio": that clause's place
    clause = [t for t in trigger.token.subtree if t.i not in in_subject]
    for pool in (near, clause):
        for head in pool:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in lex.location_preps:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and entity_label(pobj) in PLACE_LABELS:
                            entity = entity_of(pobj)
                            if entity is not None:
                                return entity.start_char, entity.end_char
    return None


def _in_own_clauses(verb: Token) -> set[int]:
    """Tokens of an adverbial clause with a verb of its own ("Shortly after landing in San Antonio
    ..., Trump extended his attacks"): where that act happened, not the trigger's (those rules on)."""
    if not rules.enabled("clause_places"):
        return set()
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    clauses += [
        p
        for c in verb.children
        if c.dep_ == "prep"
        for p in c.children
        if p.dep_ == "pcomp" and p.pos_ == "VERB"
    ]
    return {t.i for c in clauses for t in c.subtree}
