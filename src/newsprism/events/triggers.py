"""Event triggers: which words in a sentence start an event, and of which PLOVER type.

A trigger is a verb from a type's lexicon ("accused", "called for", "pulled out"), a light verb
with an event noun ("held talks", "imposed sanctions on", "went on strike"), an offer or promise
("is ready to send"), or an event noun that names its participants ("a meeting between X and
Y"). A trigger inside another trigger's complement is that event's content, not an event of
its own ("threatened to impose sanctions" is one THREAT).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsprism.events.act_qualities import told_by_quality
from newsprism.events.evaluations import words_for_someone
from newsprism.events.idioms import undergone_state
from newsprism.events.in_names import inside_a_name
from newsprism.events.judged_nouns import judgement_of_someone
from newsprism.events.lexicon import MODIFIER_DEPS, Lexicon, first_child, is_agent, lemma_of, load_lexicon
from newsprism.events.requests import infinitive
from newsprism.events.trigger_kinds import Trigger, content_chain, verb_trigger
from newsprism.events.trigger_senses import settle_type, threat_mode
from newsprism.events.verb_words import coordinate_acts, for_clause, noun_entry
from newsprism.nlp.clause_subjects import has_own_subject

# Dependencies that lead from a clause's content up to the word governing it.
COMPLEMENT_DEPS = frozenset(
    {"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acomp", "attr", "oprd", "acl"}
)
# Prepositions that introduce a trigger's content ("accused X of", "called for", "talks on").
ABSORBING_PREPS = frozenset(
    {"of", "to", "for", "on", "against", "into", "from", "with", "about", "over", "at"}
)


def find_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    """The sentence's event triggers that are events of their own, main event first."""
    by_token: dict[int, Trigger] = {}
    consumed_nouns: set[int] = set()
    nouns = []
    for token in sent:  # one pass: spaCy builds a new Token object on each visit
        pos = token.pos_
        if pos == "VERB" and (held := words_for_someone(token, lex)):  # "had strong words for X"
            by_token[token.i] = Trigger(token, held[0], held[1], "light", held[2], [token, held[2]])
            consumed_nouns.add(held[2].i)
        elif pos in ("VERB", "ADJ") and lemma_of(token) in lex.verb_words and _is_predicate(token):
            trigger = verb_trigger(token, lex)
            if trigger:
                # the parser hangs a closing ", a group charged." on the noun before it
                trigger.reporting = _closing_attribution(token, sent)
                by_token[token.i] = trigger
                if trigger.noun is not None:
                    consumed_nouns.add(trigger.noun.i)
        elif pos == "AUX" and (suffered := undergone_state(token, lex)):  # "is under fire for ..."
            by_token[token.i] = Trigger(
                token, suffered[0], suffered[1], "undergone", suffered[2], suffered[3]
            )
        elif pos in ("NOUN", "PROPN") and token.dep_ not in MODIFIER_DEPS:
            nouns.append(token)
    for token in nouns:
        if token.i not in consumed_nouns:
            entry = noun_entry(token, lex.nouns)
            if entry:
                by_token[token.i] = Trigger(token, entry[0], entry[1], "noun", words=[token])
    for noun_index in consumed_nouns:  # content under "imposed sanctions on X for ..." belongs to it
        by_token.setdefault(noun_index, by_token[_light_verb_of(sent.doc[noun_index], by_token)])
    by_token = {i: t for i, t in by_token.items() if not inside_a_name(t.token, sent)}
    independent = []
    for index, trigger in by_token.items():
        if index != trigger.token.i:
            continue
        governor = _governing_trigger(trigger.token, by_token) or _same_kind_above(trigger, by_token)
        if governor is not None:
            governor.content.append(trigger)
        elif trigger.kind != "noun" or _stands_alone(trigger.token, lex):
            independent.append(trigger)
    for trigger in independent:
        settle_type(trigger, sent, lex)
    several = len(independent) > 1
    independent.sort(
        key=lambda t: (t.reporting and several, _subordinate(t.token), _depth(t.token), t.token.i)
    )
    return independent


def _closing_attribution(verb: Token, sent: Span) -> bool:
    """ "..., a rights group charged on Saturday.": a reporting clause the parser hung on a noun."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or first_child(verb, "dobj") is not None:
        return False
    before = verb.head.left_edge.i - 1
    after = verb.right_edge.i + 1
    ends = after >= sent.end or verb.doc[after].is_punct
    return before >= sent.start and verb.doc[before].text == "," and ends


def _light_verb_of(noun: Token, by_token: dict[int, Trigger]) -> int:
    for index, trigger in by_token.items():
        if trigger.noun is not None and trigger.noun.i == noun.i:
            return index
    return noun.i


def _is_predicate(token: Token) -> bool:
    """A verb or predicative adjective, not a modifier ("the banned group", "meeting room")."""
    if token.pos_ == "VERB":
        return token.dep_ not in ("amod", "compound", "nmod")
    if token.pos_ != "ADJ" or token.dep_ not in ("acomp", "ROOT", "xcomp", "ccomp", "conj"):
        return False
    lex = load_lexicon()
    return token.lower_ in lex.stative or token.lower_ in lex.commitment


def _governing_trigger(token: Token, by_token: dict[int, Trigger]) -> Trigger | None:
    """The trigger whose complement holds this token, if any ("threatened to [impose]").

    A clause reported before its verb ("X attacked Y, a group charged") is not absorbed: the
    reporting verb only attributes it, and is marked so that the act ranks first.
    """
    current = token
    while current.head.i != current.i:
        if current.dep_ == "prep" and current.lower_ not in ABSORBING_PREPS:
            return None  # "because of the fighting" is a reason, not content
        if current.dep_ == "advcl":
            # "called for X to ...", and "asked X to direct Y to investigate" (an infinitive
            # under a verb that is no trigger); not a purpose on the trigger itself ("fired to disperse")
            asked = current.head.i not in by_token or lemma_of(current.head) in load_lexicon().directives
            if not (for_clause(current) or (infinitive(current) and asked)):
                return None  # "directed the FBI to investigate": what a directive verb asks is its content
        elif current.dep_ not in COMPLEMENT_DEPS:
            return None
        child, current = current, current.head
        if current.i in by_token:
            governor = by_token[current.i]
            if child.dep_ == "ccomp" and child.i < current.i and governor.kind == "verb":
                governor.reporting = True
                return None
            return governor
    return None


def _same_kind_above(trigger: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
    """A trigger of the same type close above is the same event told twice ("began a hunger
    strike to protest", "staged a sit-in in protest at ...")."""
    current = trigger.token
    if has_own_subject(current):
        return None  # an act with its own subject is another event ("... after the crowd burned ...")
    if coordinate_acts(current):
        return None  # "pledged to cut taxes and pledged to hire teachers": two acts
    for _ in range(3):
        if current.head.i == current.i:
            return None
        current = current.head
        governor = by_token.get(current.i)
        if governor is not None:
            same = governor.type == trigger.type and governor.kind != "noun" and governor is not trigger
            return governor if same else None
    return None


def _stands_alone(noun: Token, lex: Lexicon) -> bool:
    """An event noun is an event of its own when it names participants or happens."""
    for prep in noun.children:  # "talks between X and Y"; not "the clash between the accounts"
        if prep.dep_ == "prep" and prep.lower_ == "between":
            return any(
                is_agent(p, lex) or p.pos_ == "PRON" for p in prep.subtree if p.dep_ in ("pobj", "conj")
            )
    if noun.dep_ in ("nsubj", "nsubjpass") and lemma_of(noun.head) in lex.noun_hosts:
        return True
    if told_by_quality(noun, lex):  # "Criticism from Democrats has been fierce"
        return True
    return judgement_of_someone(noun, lex)  # "their criticism of Mr. Trump"


def _subordinate(token: Token) -> bool:
    """Inside a clause of time, reason or condition ("when X tried to pressure Y, ..."): the
    main clause's event comes first."""
    for ancestor in (token, *token.ancestors):
        if ancestor.dep_ == "advcl" and any(
            c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in ancestor.children
        ):
            return True
    return False


def _depth(token: Token) -> int:
    """Steps from the token up to its root; bounded, so a malformed parse cannot loop forever."""
    for depth in range(len(token.doc)):
        if token.head.i == token.i:
            return depth
        token = token.head
    return len(token.doc)


__all__ = ["Trigger", "content_chain", "find_triggers", "threat_mode"]
