"""The events lexicon: data/events.yaml read once, and the word tests every part shares.

The lexicons (trigger verbs and nouns per PLOVER type, see-through verbs, agent nouns...) are
data; this module indexes them for lookups and mends the model's few lemma slips.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import yaml
from spacy.tokens import Span, Token

import newsprism.events.rules as rules
from newsprism.config import data_path
from newsprism.nlp.document_memo import doc_text
from newsprism.nlp.entity_repairs import entity_label
from newsprism.nlp.lexicon import rules as data_rules
from newsprism.nlp.lexicon import speech_verbs
from newsprism.nlp.lexicon import words as word_file

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "which", "what", "something", "nothing"})
IMPERSONAL = DEMONSTRATIVES | {"it", "itself"}
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "npadvmod"})
# Types whose trigger can be a statement; a quote in the trigger's clause is its content.
SPEECH_ACT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT"})


@dataclass(frozen=True)
class Lexicon:
    """events.yaml, indexed for lookups."""

    verbs: dict[str, tuple[str, str | None]]
    nouns: dict[str, tuple[str, str | None]]  # event nouns
    objects: dict[str, tuple[str, str | None]]  # event nouns and things given or sent
    mode_words: dict[str, dict[str, str]]
    light_verbs: frozenset[str]
    reversal_verbs: dict[str, str | None]
    not_with_objects: dict[str, frozenset[str]]
    not_with_complements: dict[str, frozenset[str]]
    without_object: dict[str, str | None]
    agent_objects: frozenset[str]
    questions: frozenset[str]
    not_events: frozenset[str]
    agent_subjects: frozenset[str]
    object_types: dict[str, dict[str, str]]
    commitment: frozenset[str]
    transparent: dict[str, str]
    speech: frozenset[str]
    request_modals: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    negation: frozenset[str]
    conditional_marks: frozenset[str]
    hostile: frozenset[str]
    cooperative: frozenset[str]
    threaten_modes: dict[str, str]
    group_heads: frozenset[str]
    agent_nouns: frozenset[str]
    recipient_preps: frozenset[str]
    location_preps: frozenset[str]
    noun_hosts: frozenset[str]
    verb_words: frozenset[str]  # every lemma that can start a verb trigger, for a quick first test
    lemma_fixes: dict[str, str]
    stative: frozenset[str]
    opinion_verbs: frozenset[str]
    generic_quantifiers: frozenset[str]
    opinion_holders: frozenset[str]
    object_control: frozenset[str]
    evaluative_verbs: frozenset[str]
    person_suffixes: tuple[str, ...]
    thing_suffixes: tuple[str, ...]
    things_with_person_endings: frozenset[str]
    symmetric_types: frozenset[str]
    subject_types: dict[str, dict[str, str]]
    agent_patients: frozenset[str]
    belief_with_clause: frozenset[str]
    travel_verbs: frozenset[str]
    wish_verbs: frozenset[str]
    one_sided_modes: frozenset[str]
    criticism: frozenset[str]
    praise: frozenset[str]
    wrongdoing: frozenset[str]
    documents: frozenset[str]
    stance_verbs: frozenset[str]
    verbal_attacks: frozenset[str]
    verbal_clashes: frozenset[str]
    epithet_heads: frozenset[str]
    reference_verbs: frozenset[str]
    mild_criticism: frozenset[str]
    mild_praise: frozenset[str]
    feelings: frozenset[str]
    complaint_verbs: frozenset[str]
    undergo: frozenset[str]
    directives: frozenset[str]
    asking: frozenset[str]
    question_nouns: frozenset[str]
    asked_for: frozenset[str]
    purpose_nouns: frozenset[str]
    idiom_objects: frozenset[str]
    permission_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    partner_verbs: frozenset[str]
    quantity_heads: frozenset[str]
    object_only_light_verbs: frozenset[str]
    caption_marks: tuple[str, ...]
    feeling_adjectives: frozenset[str]
    link_blurb: re.Pattern[str]
    warning_verbs: frozenset[str]
    struck_with: frozenset[str]
    admission_verbs: frozenset[str]
    acts_asked: frozenset[str]
    link_tails: tuple[str, ...]
    person_roles: frozenset[str]
    retort_verbs: frozenset[str]
    word_classes: dict[str, frozenset[str]]
    undergone_phrases: dict[str, list[str]]
    word_senses: dict[str, dict]


def _expand(words: list[str], classes: dict[str, list[str]]) -> frozenset[str]:
    """A word list in which "@name" stands for every word of that class."""
    out: set[str] = set()
    for word in words:
        out |= set(classes[word[1:]]) if word.startswith("@") else {word}
    return frozenset(out)


def _expand_keys(table: dict[str, str], classes: dict[str, list[str]]) -> dict[str, str]:
    """An object table in which a key "@name" gives its value to every word of that class."""
    out: dict[str, str] = {}
    for key, value in table.items():
        for word in classes[key[1:]] if key.startswith("@") else [key]:
            out.setdefault(word, value)
    return out


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read data/events.yaml once per process."""
    raw = yaml.safe_load(data_path("events.yaml").read_text("utf-8"))
    verbs: dict[str, tuple[str, str | None]] = {}
    nouns: dict[str, tuple[str, str | None]] = {}
    objects: dict[str, tuple[str, str | None]] = {}
    mode_words: dict[str, dict[str, str]] = {}
    for event_type, entry in raw["types"].items():
        verbs.update({k: (event_type, v) for k, v in (entry.get("verbs") or {}).items()})
        nouns.update({k: (event_type, v) for k, v in (entry.get("nouns") or {}).items()})
        objects.update({k: (event_type, v) for k, v in (entry.get("objects") or {}).items()})
        mode_words[event_type] = entry.get("mode_words") or {}
    objects.update(nouns)
    words = {key.split()[0] for key in verbs}
    words |= {key.split()[-1] for key in verbs if key.split()[0].endswith("ly")}  # "sexually abuse"
    words |= set(raw["light_verbs"]) | set(raw["reversal_verbs"]) | set(raw["commitment_verbs"])
    words |= set(raw["transparent_verbs"]) | speech_verbs("event")
    words |= {key.split()[0] for key in raw["reversal_verbs"]} | {
        key.split()[0] for key in raw["undergone_phrases"]
    }
    words |= set(raw["undergo_verbs"]) | set(raw["directive_verbs"]) | set(raw["wish_verbs"])
    words |= set(raw["word_classes"]["stop_orders"])  # "ordered X to stop ...", "I'd like you to ..."
    words |= set(raw["object_types"]) | set(raw["evaluative_verbs"]) | set(raw["subject_types"])
    office_acts = data_rules("office_acts.yaml")  # appointing, firing (events/offices.py)
    words |= (
        set(office_acts["acts"]) | set(office_acts["signs"]["verbs"]) | set(office_acts["approvals"]["verbs"])
    )
    classes = raw["word_classes"]
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        objects=objects,
        mode_words=mode_words,
        light_verbs=frozenset(raw["light_verbs"]),
        reversal_verbs=raw["reversal_verbs"],
        not_with_objects={k: _expand(v, classes) for k, v in raw["not_with_objects"].items()},
        not_with_complements={k: frozenset(v) for k, v in raw["not_with_complements"].items()},
        without_object=raw["without_object"],
        agent_objects=frozenset(raw["needs_agent_object"]),
        questions=frozenset(raw["question_verbs"]),
        not_events=frozenset(raw["not_events"]),
        agent_subjects=frozenset(raw["needs_agent_subject"]),
        object_types={k: _expand_keys(v, classes) for k, v in raw["object_types"].items()},
        commitment=frozenset(raw["commitment_verbs"]),
        transparent=raw["transparent_verbs"],
        speech=speech_verbs("event"),
        request_modals=frozenset(raw["request_modals"]),
        future_aux=frozenset(raw["future_auxiliaries"]),
        hypothetical_aux=frozenset(raw["hypothetical_auxiliaries"]),
        negation=frozenset(raw["negation_words"]),
        conditional_marks=frozenset(raw["conditional_marks"]),
        hostile=frozenset(raw["hostile_types"]),
        cooperative=frozenset(raw["cooperative_types"]),
        threaten_modes=raw["threaten_modes"],
        group_heads=frozenset(raw["group_heads"]),
        agent_nouns=frozenset(raw["agent_nouns"]),
        recipient_preps=frozenset(raw["recipient_prepositions"]),
        location_preps=frozenset(raw["location_prepositions"]),
        noun_hosts=frozenset(raw["event_noun_hosts"]),
        verb_words=frozenset(words),
        lemma_fixes=raw["lemma_fixes"],
        stative=frozenset(raw["stative_participles"]),
        opinion_verbs=frozenset(raw["opinion_verbs"]),
        generic_quantifiers=frozenset(raw["generic_quantifiers"]),
        opinion_holders=frozenset(raw["opinion_holders"]),
        object_control=frozenset(raw["object_control_verbs"]),
        evaluative_verbs=frozenset(raw["evaluative_verbs"]),
        person_suffixes=tuple(raw["person_suffixes"]),
        thing_suffixes=tuple(raw["thing_suffixes"]),
        things_with_person_endings=frozenset(raw["things_with_person_endings"]),
        symmetric_types=frozenset(raw["symmetric_types"]),
        subject_types=raw["subject_types"],
        agent_patients=frozenset(raw["needs_agent_patient"]),
        belief_with_clause=frozenset(raw["belief_with_clause"]),
        travel_verbs=frozenset(raw["travel_verbs"]),
        wish_verbs=frozenset(raw["wish_verbs"]),
        one_sided_modes=frozenset(raw["one_sided_modes"]),
        criticism=frozenset(raw["criticism_words"]),
        praise=frozenset(raw["praise_words"]),
        wrongdoing=frozenset(raw["wrongdoing_verbs"]),
        documents=frozenset(raw["document_nouns"]),
        stance_verbs=frozenset(raw["stance_verbs"]),
        verbal_attacks=frozenset(raw["verbal_attack_verbs"]),
        verbal_clashes=frozenset(raw["verbal_clash_verbs"]),
        epithet_heads=frozenset(raw["epithet_heads"]),
        reference_verbs=frozenset(raw["reference_verbs"]),
        mild_criticism=frozenset(raw["mild_criticism_words"]),
        mild_praise=frozenset(raw["mild_praise_words"]),
        feelings=frozenset(raw["feeling_nouns"]),
        complaint_verbs=frozenset(raw["complaint_verbs"]),
        undergo=frozenset(raw["undergo_verbs"]),
        directives=frozenset(raw["directive_verbs"]),
        asking=frozenset(raw["asking_verbs"]),
        question_nouns=frozenset(raw["question_nouns"]),
        asked_for=frozenset(raw["asked_for_nouns"]) | frozenset(objects),
        purpose_nouns=frozenset(raw["purpose_nouns"]),
        idiom_objects=frozenset(raw["idiom_objects"]),
        permission_verbs=frozenset(raw["permission_verbs"]),
        belief_verbs=frozenset(raw["belief_verbs"]),
        partner_verbs=frozenset(raw["partner_verbs"]),
        quantity_heads=frozenset(classes["quantity_heads"]),
        object_only_light_verbs=frozenset(raw["object_only_light_verbs"]),
        caption_marks=tuple(raw["caption_marks"]),
        feeling_adjectives=frozenset(raw["feeling_adjectives"]),
        link_blurb=re.compile(raw["link_blurb_pattern"]),
        warning_verbs=frozenset(raw["warning_verbs"]),
        struck_with=frozenset(raw["struck_with_verbs"]),
        admission_verbs=frozenset(raw["admission_verbs"]),
        acts_asked=frozenset(raw["acts_asked_verbs"]),
        link_tails=tuple(raw["link_tails"]),
        retort_verbs=frozenset(raw["retort_verbs"]),
        person_roles=word_file("roles.txt") | word_file("person_nouns.txt"),
        word_classes={name: frozenset(words) for name, words in classes.items()},
        undergone_phrases=raw["undergone_phrases"],
        word_senses=raw["word_senses"],
    )


# lemma_of's answers by the (lemma, lower-case) hashes of the word, for the lexicon loaded:
# the stage asks about 2,700 times an article, and the two strings cost more than the answer.
_LEMMAS: list = [None, {}]


def lemma_of(token: Token) -> str:
    """The token's lemma, lower-cased, with the model's known slips mended ("staged" -> "stag")."""
    lex = load_lexicon()
    if _LEMMAS[0] is not lex or len(_LEMMAS[1]) > 100_000:
        _LEMMAS[:] = [lex, {}]
    key = (token.lemma, token.lower)
    found = _LEMMAS[1].get(key)
    if found is None:
        found = _LEMMAS[1][key] = lex.lemma_fixes.get(token.lower_) or token.lemma_.lower()
    return found


def clauses_above(token: Token, deps: tuple[str, ...], steps: int = 4) -> Iterator[Token]:
    """The heads up a chain of clauses joined by ``deps`` ("said they would try to ..."), nearest
    first, at most ``steps`` of them: the walk the checks of what governs a trigger share."""
    current = token
    for _ in range(steps):
        if current.dep_ not in deps or current.head.i == current.i:
            return
        current = current.head
        yield current


def first_child(token: Token, dep: str) -> Token | None:
    for child in token.children:
        if child.dep_ == dep:
            return child
    return None


def is_agent(token: Token, lex: Lexicon) -> bool:
    if entity_label(token) in NAME_LABELS:
        return True
    if token.pos_ == "PROPN":
        return True
    return lemma_of(token) in lex.agent_nouns


def can_act(token: Token, lex: Lexicon) -> bool:
    """Someone who can take part in an event: a name, a pronoun, a word for people or groups
    (by the lexicon or by its ending), or a number of them ("dozens of ...")."""
    if token.lower_ in DEMONSTRATIVES:
        return False  # "This threatens our democracy": a thing, not someone
    if _natural_place(token, lex):
        return False  # "the Gulf of Mexico", "the Strait of Hormuz": water and land do nothing
    if is_agent(token, lex) or token.pos_ in ("PRON", "NUM") or token.like_num:
        return True
    word = token.lower_
    if "-" in word:  # "secretary-general", "ex-minister"
        return any(part in lex.agent_nouns for part in word.split("-"))
    if lemma_of(token) in lex.group_heads:
        return True
    role = token.dep_ == "nsubj" and token.pos_ == "NOUN" and lemma_of(token) in lex.person_roles
    if role and rules.enabled("role_actors"):
        return True  # "the coach praised ...": a role word (roles.txt) doing it
    if word.endswith(lex.thing_suffixes) or lemma_of(token) in lex.things_with_person_endings:
        return False
    return len(word) > 4 and word.endswith(lex.person_suffixes)


def _natural_place(token: Token, lex: Lexicon) -> bool:
    """The head of a place's name that is water or land ("Gulf", "Strait"), not a land's people."""
    unnamed = token.pos_ == "PROPN" and entity_label(token) in ("LOC", "FAC", "")
    named = entity_label(token) == "LOC" or unnamed
    places = lex.word_classes["natural_places"]
    return named and lemma_of(token) in places and rules.enabled("places_no_actors")


def bare_capitalised(token: Token) -> bool:
    """A capitalised singular noun subject with no article or modifier ("Trump thanked ...",
    the tagger taking a surname for a common noun): a name when what it does is something only
    people do (see factuality.py); a mass noun ("Pressure is mounting") does no such thing."""
    if (
        token.tag_ != "NN"
        or not token.is_title
        or token.dep_ != "nsubj"
        or entity_label(token) in ("DATE", "TIME")
    ):
        return False
    return not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in token.children)


def doer_of(verb: Token) -> Token | None:
    """Who does a verb's act: its subject, or a passive's by-phrase ("was issued by the court")."""
    doer = first_child(verb, "nsubj")
    if doer is None:
        agent = first_child(verb, "agent")
        doer = first_child(agent, "pobj") if agent is not None else None
    return doer


def typed_by_subject(verb: Token, keys: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """The type a verb takes from its doer (subject, or a passive's by-phrase): a court's ruling."""
    doer = doer_of(verb)
    if doer is None:
        return None
    for key in keys:
        if key == lemma_of(verb) and any(c.dep_ == "prt" for c in verb.children):
            continue  # "the committee ruled out": a particle the table does not list
        if key in lex.word_classes["finding_verbs"] and not _finding(verb):
            continue  # "the court held a hearing": a finding only with what it found
        found = lex.subject_types.get(key, {}).get(lemma_of(doer))
        if found:
            return found, key
    return None


def _finding(verb: Token) -> bool:
    """ "found that ...": a that-clause found, when the court_findings group is on."""
    return rules.enabled("court_findings") and any(c.dep_ == "ccomp" for c in verb.children)


def typed_by_object(lemma: str, obj: Token | None, lex: Lexicon) -> tuple[str, str | None] | None:
    """The type a verb takes from its object ("block a road" is a protest, "block a bill" a
    rejection); ("", None) when the table says that object makes no event ("sign a bill")."""
    table = lex.object_types.get(lemma)
    if not table or obj is None:
        return None
    # "released him": a person named by a pronoun is someone, "it" and "this" are things; a
    # title in quotation marks ("is releasing “Failed Choices”") is a work
    someone = (is_agent(obj, lex) and not quoted_title(obj)) or (
        obj.tag_ == "PRP" and obj.lower_ not in IMPERSONAL
    )
    if not someone and (obj.pos_ == "NUM" or obj.tag_ == "DT"):  # "visited one of the survivors"
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = first_child(of, "pobj") if of is not None else None
        someone = counted is not None and can_act(counted, lex)
    entry = table.get(lemma_of(obj))
    if entry is None:
        compound = next((c for c in obj.children if c.dep_ == "compound" and c.i == obj.i - 1), None)
        entry = table.get(f"{compound.lower_} {lemma_of(obj)}") if compound is not None else None
    if entry is None:
        entry = table.get("_someone") if someone else table.get("_other")
    if entry is None:
        return None
    event_type, _, mode = entry.partition(" ")
    return event_type, mode or None


OPENING_QUOTES = frozenset({'"', "“"})


def in_quotation(token: Token, sent: Span) -> bool:
    """Inside quotation marks: an odd number of straight or opening marks before it in the sentence."""
    before = doc_text(sent.doc)[sent.start_char : token.idx]
    straight = before.count('"')
    return straight % 2 == 1 or before.count("“") > before.count("”")


def quoted_title(name: Token) -> bool:
    """A capitalised name standing in its own double quotation marks: the title of a work (a book,
    a report, a film), not someone (those rules on)."""
    doc = name.doc
    start = end = name.i
    while start > 0 and doc[start - 1].pos_ == "PROPN":  # the words of the title, however parsed
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        end += 1
    if start == 0 or end + 1 >= len(doc) or name.pos_ != "PROPN" or not rules.enabled("quoted_titles"):
        return False
    return doc[start - 1].text in OPENING_QUOTES and doc[end + 1].tag_ == "''"
