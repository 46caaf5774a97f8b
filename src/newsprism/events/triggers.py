"""Event triggers: which words in a sentence start an event, and of which PLOVER type.

A trigger is a verb from a type's lexicon ("accused", "called for", "pulled out"), a light verb
with an event noun ("held talks", "imposed sanctions on", "went on strike"), an offer or promise
("is ready to send"), or an event noun that names its participants ("a meeting between X and
Y"). A trigger inside another trigger's complement is that event's content, not an event of
its own ("threatened to impose sanctions" is one THREAT).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

import newsprism.events.rules as rules
from newsprism.events.described import orders_a_stop, wish_told
from newsprism.events.evaluations import evaluation_type, names_as, words_for_someone
from newsprism.events.idioms import (
    idiom_act,
    refused_by_what_it_describes,
    undergone_idiom,
    undergone_state,
)
from newsprism.events.institutions import (
    body_sitting,
    judgement_of_no_court,
    money_without_giver,
    office_left,
)
from newsprism.events.judged_nouns import judgement_of_someone
from newsprism.events.lexicon import (
    MODIFIER_DEPS,
    Lexicon,
    first_child,
    is_agent,
    lemma_of,
    load_lexicon,
    typed_by_object,
    typed_by_subject,
)
from newsprism.events.nonevents import not_an_event
from newsprism.events.offices import office_act
from newsprism.events.requests import (
    courted_not_asked,
    demands_of_another,
    directs_someone,
    infinitive,
    reproaches,
)
from newsprism.events.verb_words import (
    coordinate_acts,
    dealt_with,
    direct_object,
    for_clause,
    key_words,
    noun_entry,
    object_noun,
    phrasal_keys,
    stance_on_an_act,
    undone_by,
)
from newsprism.events.views import shared_view

# Dependencies that lead from a clause's content up to the word governing it.
COMPLEMENT_DEPS = frozenset(
    {"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acomp", "attr", "oprd", "acl"}
)
# Prepositions that introduce a trigger's content ("accused X of", "called for", "talks on").
ABSORBING_PREPS = frozenset(
    {"of", "to", "for", "on", "against", "into", "from", "with", "about", "over", "at"}
)


@dataclass
class Trigger:
    """A word that starts an event, before its participants are found."""

    token: Token  # the verb (or adjective, or standalone noun) heading the event
    type: str
    mode: str | None
    kind: str  # verb | light | commitment | request | noun | undergone (the subject suffers it)
    noun: Token | None = None  # the event noun of a light-verb construction
    words: list[Token] = field(default_factory=list)
    content: list[Trigger] = field(default_factory=list)  # triggers inside its complement
    reporting: bool = False  # only attributes an act reported before it ("..., a group charged")


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
            trigger = _verb_trigger(token, lex)
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
        _settle_type(trigger, sent, lex)
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


def _verb_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    """What kind of trigger a verb is, if any (see the order of the tests)."""
    lemma = lemma_of(token)
    obj = direct_object(token)
    keys = [*phrasal_keys(token, lemma), lemma]
    if suffered := undergone_idiom(token, lemma, lex):  # "came under fire for ...": criticised
        return Trigger(token, suffered[0], suffered[1], "undergone", suffered[2], suffered[3])
    if idiom := idiom_act(token, lemma, lex):  # "took a shot at the governor", "chose not to impose"
        return Trigger(token, idiom[0], idiom[1], "verb", words=idiom[2])
    if not_an_event(token, lemma, obj, keys, lex) or refused_by_what_it_describes(token, lemma, obj, lex):
        return None
    if courted_not_asked(token, lemma, lex):
        return None  # "focused on appealing to African-American voters": courting, no demand
    if office_left(token, lemma, lex) or body_sitting(token, lemma, lex):
        return None  # "stepped down as secretary of state", "as soon as the new Congress convenes"
    if office := office_act(token, lemma, lex):  # "confirmed Barr as attorney general", "ousted Sessions"
        return Trigger(token, office[0], office[1], "verb", words=[token])
    dealt = dealt_with(token, lex)
    if dealt is not None:  # "was hit with a lawsuit"
        return Trigger(token, dealt[1][0], dealt[1][1], "light", dealt[0], [token, dealt[0]])
    noun, noun_found = object_noun(token, lex)
    for key in keys:
        if key in lex.reversal_verbs:
            # only what it acts on is undone: "withdrew from positions under the truce" is no sanction
            if noun_found and noun is not None and undone_by(noun, token) and _undone_act(noun, lex):
                undone = noun_found[0]
                if undone in lex.hostile or undone in lex.word_classes["conceded_undone"]:
                    return Trigger(token, "CONCEDE", None, "light", noun, [token, noun])
                if undone in lex.cooperative or undone in ("CONSULT", "AGREE"):
                    return Trigger(token, "SANCTION", None, "light", noun, [token, noun])
            if lex.reversal_verbs[key]:
                return Trigger(token, lex.reversal_verbs[key], None, "verb", words=[token])
            break
    by_subject = typed_by_subject(token, keys, lex)  # "the court ruled", "a judge blocked ..."
    if by_subject:
        return Trigger(token, by_subject[0], None, "verb", words=[token, *key_words(token, by_subject[1])])
    for key in keys[:-1]:
        if key in lex.verbs:
            event_type, mode = lex.verbs[key]
            return Trigger(token, event_type, mode, "verb", words=[token, *key_words(token, key)])
    if obj is None and lemma in lex.without_object:  # "the summit closes", "workers struck"
        if not lex.without_object[lemma]:
            return None
        return Trigger(token, lex.without_object[lemma], None, "verb", words=[token])
    if lemma in lex.evaluative_verbs and any(c.dep_ == "oprd" for c in token.children):
        judged = evaluation_type(token, lex)  # "called the investigation a witch hunt"
        if judged:
            return Trigger(token, judged[0], judged[1], "verb", words=[token])
    by_object = typed_by_object(lemma, obj or _joined(token), lex)  # "blocked the road" / "blocked the bill"
    if by_object is not None and by_object[0]:
        return Trigger(token, by_object[0], by_object[1], "verb", words=[token])
    if by_object is not None and rules.enabled("object_classes"):
        return None  # "signed the bill", "alerted the police": no event
    if wish_told(token, lex):  # '"I would like you to do us a favor"': a request of the one told
        return Trigger(token, "REQUEST", None, "request", words=[token])
    if orders_a_stop(token, lex):  # "ordered the department to stop defending the law"
        return Trigger(token, "REQUEST", None, "request", words=[token])
    if lemma in lex.directives and directs_someone(token, lex):  # "told Comey to drop the probe"
        return Trigger(token, "REQUEST", None, "request", words=[token])
    received = lemma in lex.word_classes["receiving_verbs"] and rules.enabled("received_acts")
    if noun_found and received and noun is not None and money_without_giver(token, noun, lex):
        return None  # "will receive $38 million in state funding": money drawn, no one giving
    if noun_found and received and noun_found[0] != "CONSULT":  # "received aid", "received threats"
        return Trigger(token, noun_found[0], noun_found[1], "undergone", noun, [token, noun])
    if lemma in lex.undergo and noun_found and noun_found[0] in ("ACCUSE", "SUPPORT", "REQUEST"):
        return Trigger(
            token, noun_found[0], noun_found[1], "undergone", noun, [token, noun]
        )  # "drew criticism"
    if lemma in lex.light_verbs and noun_found and noun is not None and _call_placed(token, noun, lex):
        noun_found = ("CONSULT", "phone")  # "made a call to Putin": a telephone call, no appeal
    if lemma in lex.evaluative_verbs and noun_found and names_as(token) and rules.enabled("namings"):
        judged = evaluation_type(token, lex)  # "called the strike an act of terrorism": criticism
        return Trigger(token, judged[0], judged[1], "verb", words=[token]) if judged else None
    if lemma in lex.light_verbs and noun_found:
        if noun_found[0] == "SANCTION" and noun is not None and judgement_of_no_court(token, noun, lex):
            return None  # "he handed down the following verdict: ...": a judgement in words
        if noun_found[0] == "AGREE" and shared_view(noun) and rules.enabled("shared_views"):
            return None  # "reached a consensus that the tactic is over": a view held in common
        if noun_found[0] == "REJECT" and noun is not None and stance_on_an_act(noun, lex):
            return None  # "reiterated his opposition to schools being designated gun-free"
        return Trigger(token, noun_found[0], noun_found[1], "light", noun, [token, noun])
    judging = noun_found == ("ACCUSE", "disapprove") and rules.enabled("offered_judgements")
    if lemma in lex.commitment and noun_found and (noun_found[0] == "SUPPORT" or judging):
        # "offered condolences"; "offered a tepid critique": criticism given, no offer
        return Trigger(token, noun_found[0], noun_found[1], "light", noun, [token, noun])
    committed = any(
        c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ == "to") for c in token.children
    )
    if lemma in lex.commitment and committed:
        return Trigger(token, "AGREE", None, "commitment", words=[token])
    if lemma in lex.verbs:
        event_type, mode = lex.verbs[lemma]
        return Trigger(token, event_type, mode, "verb", words=[token])
    judged = evaluation_type(token, lex)  # "said the plan was reckless", "called him a hero"
    if judged:
        return Trigger(token, judged[0], judged[1], "verb", words=[token])
    if (lemma in lex.speech or lemma in lex.light_verbs) and demands_of_another(token, lex):
        if reproaches(token, lex):  # '"Facebook should not be censoring speech," X said'
            return Trigger(token, "ACCUSE", "disapprove", "request", words=[token])
        return Trigger(token, "REQUEST", None, "request", words=[token])
    return None


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
            if not (for_clause(current) or (infinitive(current) and current.head.i not in by_token)):
                return None
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
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
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


def _settle_type(trigger: Trigger, sent: Span, lex: Lexicon) -> None:
    """Offers of hostile acts are threats; a threat's mode comes from what is threatened."""
    _word_sense(trigger, sent, lex)
    hostile_content = next((c for c in content_chain(trigger) if c.type in lex.hostile), None)
    if trigger.kind == "commitment" and hostile_content is not None:
        trigger.type = "THREATEN"
    elif trigger.kind == "commitment" and any(c.type == "REJECT" for c in trigger.content):
        trigger.type = "REJECT"  # "vowed to resist any new gun controls"
    if trigger.type == "THREATEN" and trigger.mode is None and hostile_content is not None:
        trigger.mode = threat_mode(hostile_content.type, hostile_content.mode, lex)
    if (
        trigger.type == "PROTEST"
        and trigger.kind == "verb"
        and (trigger.reporting or first_child(trigger.token, "ccomp"))
    ) or (
        trigger.type == "PROTEST"
        and trigger.kind == "light"
        and lemma_of(trigger.token) in lex.complaint_verbs
    ):
        trigger.type, trigger.mode = "ACCUSE", "disapprove"  # "protested that ...", "lodged a protest"
    if trigger.mode is None:
        trigger.mode = _mode_from_words(trigger, sent, lex)


def _word_sense(trigger: Trigger, sent: Span, lex: Lexicon) -> None:
    """A bare word of two senses ("strike") takes the sense its sentence cues (``word_senses``)."""
    word = trigger.noun if trigger.noun is not None else trigger.token
    sense = lex.word_senses.get(lemma_of(word))
    if not sense or not rules.enabled("word_senses"):
        return
    default, cued = tuple(sense["default"]), tuple(sense["cued"])
    if (trigger.type, trigger.mode) not in (default, cued):
        return  # "drone strike", "hunger strike": entries of their own
    said = word.i > sent.start and sent.doc[word.i - 1].lower_ in sense["after"]
    said = said or any(lemma_of(t) in sense["cues"] for t in sent)
    trigger.type, trigger.mode = cued if said else default


def threat_mode(event_type: str, mode: str | None, lex: Lexicon) -> str | None:
    """PLOVER's THREATEN modes: the coercion threatened (curfew, ban, arrest), else violence, relations."""
    if event_type == "COERCE" and mode:
        return mode
    return lex.threaten_modes.get(event_type)


def content_chain(trigger: Trigger) -> list[Trigger]:
    chain, stack = [], list(trigger.content)
    while stack:
        item = stack.pop(0)
        chain.append(item)
        stack.extend(item.content)
    return chain


def _call_placed(verb: Token, noun: Token, lex: Lexicon) -> bool:
    """ "made a call to Putin", "placed a call to the Turkish leader": a call to someone that asks
    for nothing ("for", an infinitive) is a telephone call (those rules on)."""
    if lemma_of(noun) not in lex.word_classes["placed_calls"] or not rules.enabled("placed_calls"):
        return False
    preps = [c for c in noun.children if c.dep_ == "prep"]
    called = [
        p for c in preps if c.lower_ == "to" for p in c.children if p.dep_ == "pobj" and is_agent(p, lex)
    ]
    asks = any(c.dep_ == "prep" and c.lower_ == "for" for h in (verb, noun) for c in h.children) or any(
        c.dep_ in ("xcomp", "advcl", "acl") and infinitive(c) for h in (verb, noun) for c in h.children
    )
    return bool(called) and not asks


def _undone_act(noun: Token, lex: Lexicon) -> bool:
    """What a reversal undoes is an act ("lifted the curfew", "suspended aid"), not a word that
    names one only after a verb of going ("took to the streets"): "the police had abandoned the
    streets" undoes no protest (those rules on)."""
    if not rules.enabled("undone_acts"):
        return True
    object_only = lemma_of(noun) in lex.word_classes["place_objects"]
    return not object_only or noun_entry(noun, lex.nouns, by_modifier=True) is not None


def _joined(verb: Token) -> Token | None:
    """What a verb is joined onto ("sign onto a letter urging ..."): it acts as its object."""
    if not rules.enabled("joined_onto"):
        return None
    onto = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "onto"), None)
    return first_child(onto, "pobj") if onto is not None else None


def _mode_from_words(trigger: Trigger, sent: Span, lex: Lexicon) -> str | None:
    words = lex.mode_words.get(trigger.type)
    if not words:
        return None
    head = trigger.token
    found = [t for t in sent if lemma_of(t) in words and not _names_no_weapon(t, lex)]
    for token in found:
        if head.is_ancestor(token):
            return words[lemma_of(token)]
    return words[lemma_of(found[0])] if found else None


def _names_no_weapon(token: Token, lex: Lexicon) -> bool:
    """A mode word inside a fixed phrase that names no weapon: "think tank", "rocket scientist"."""
    phrases = lex.word_classes["not_weapons"]
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return f"{before} {token.lower_}" in phrases or f"{token.lower_} {after}" in phrases
