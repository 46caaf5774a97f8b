"""What a word starts: the Trigger record, and the tests that decide whether a verb (or predicative
adjective) starts an event, of which kind (verb, light verb with an event noun, commitment,
request, undergone) and of which PLOVER type. Split from triggers.py, which decides how the
triggers of a sentence nest and which come first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.calls_held import call_held
from newsprism.events.candidates import backs_no_candidate
from newsprism.events.conditions import conditional_warning
from newsprism.events.described import orders_a_stop, wish_told
from newsprism.events.evaluations import evaluation_type, names_as
from newsprism.events.idioms import idiom_act, refused_by_what_it_describes, undergone_idiom
from newsprism.events.institutions import (
    body_sitting,
    judgement_of_no_court,
    money_without_giver,
    office_left,
)
from newsprism.events.lexicon import (
    Lexicon,
    can_act,
    first_child,
    is_agent,
    lemma_of,
    typed_by_object,
    typed_by_subject,
)
from newsprism.events.nonevents import not_an_event
from newsprism.events.offices import office_act
from newsprism.events.owners import undergone_sources
from newsprism.events.requests import (
    courted_not_asked,
    demands_of_another,
    directs_someone,
    infinitive,
    reproaches,
)
from newsprism.events.standing import frame_objected, funding_described
from newsprism.events.verb_words import (
    dealt_with,
    direct_object,
    key_words,
    noun_entry,
    object_noun,
    phrasal_keys,
    stance_on_an_act,
    undone_by,
)
from newsprism.events.views import shared_view


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


def content_chain(trigger: Trigger) -> list[Trigger]:
    chain, stack = [], list(trigger.content)
    while stack:
        item = stack.pop(0)
        chain.append(item)
        stack.extend(item.content)
    return chain


def verb_trigger(token: Token, lex: Lexicon) -> Trigger | None:
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
    if funding_described(token, lemma, lex) or frame_objected(token, keys, lex):
        return None  # "the PAC funded by Bloomberg", "objected to the way the system was rewritten"
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
        if key in lex.verbs and backs_no_candidate(token, key, lex):
            continue  # "campaigned for president", "for stricter gun laws": no one backed
        if key in lex.verbs:
            event_type, mode = lex.verbs[key]
            named = lex.object_types.get(lemma, {}).get(lemma_of(obj)) if obj is not None else None
            if named and " " in key and rules.enabled("object_classes"):  # "shot down the report": REJECT
                event_type, _, typed_mode = named.partition(" ")
                mode = typed_mode or None
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
    if _undergoes(token, noun, lex) and noun_found and noun_found[0] in ("ACCUSE", "SUPPORT", "REQUEST"):
        return Trigger(
            token, noun_found[0], noun_found[1], "undergone", noun, [token, noun]
        )  # "drew criticism"
    if _undergoes(token, obj, lex) and not noun_found and _drawn_criticism(token, obj, lex):
        return Trigger(
            token, "ACCUSE", "disapprove", "undergone", obj, [token, obj]
        )  # "drew Trump's hostility"
    held = (
        call_held(token, noun, lex) if lemma in lex.light_verbs and noun_found and noun is not None else None
    )
    if held == "setting":
        return None  # "made clear on the call": the call is where it was said
    if held == "held" or (
        lemma in lex.light_verbs and noun_found and noun is not None and _call_placed(token, noun, lex)
    ):
        noun_found = ("CONSULT", "phone")  # "made a call to Putin", "held a conference call": no appeal
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
    if conditional_warning(token, lex) is not None:  # "said they would go to court if Mueller ..."
        return Trigger(token, "THREATEN", None, "verb", words=[token])
    return None


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


def _undergoes(verb: Token, noun: Token | None, lex: Lexicon) -> bool:
    """An undergo verb; one that takes only some nouns (``felt_verbs``) with one of them from
    someone named: "felt pressure from the president" is a demand, "felt anger", "are feeling the
    pressure this week" none."""
    lemma = lemma_of(verb)
    if lemma not in lex.word_classes["felt_verbs"]:
        return lemma in lex.undergo
    if noun is None or lemma_of(noun) not in lex.word_classes["felt_nouns"]:
        return False
    preps = [c for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]
    sources = [p for c in preps for p in c.children if p.dep_ == "pobj" and can_act(p, lex)]
    return bool(sources) and rules.enabled("felt_pressure")


def _drawn_criticism(token: Token, obj: Token | None, lex: Lexicon) -> bool:
    """ "CNN drew Mr. Trump's hostility", "has faced questions from lawmakers": a noun that is
    criticism only when someone named directs it at the subject (``drawn_criticism_nouns``)."""
    if obj is None or lemma_of(obj) not in lex.word_classes["drawn_criticism_nouns"]:
        return False
    sources = undergone_sources(obj, lex)  # "drew Mr. Trump's hostility", "the hostility of X"
    preps = [c for h in (obj, token) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]
    sources += [p for c in preps for p in c.children if p.dep_ == "pobj"]
    press = lex.word_classes["press"]  # "faced tough questions from reporters": an interview
    return any(can_act(s, lex) and lemma_of(s) not in press for s in sources) and rules.enabled(
        "drawn_criticism"
    )
