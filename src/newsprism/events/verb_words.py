"""The words of a verb trigger: its phrasal keys ("call on", "pull back"), its object and the
event noun it takes ("held talks", "went on strike", "hit with a lawsuit").

Split from triggers.py; trigger_kinds.py decides what the words make; this module only reads them.
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, first_child, is_agent, lemma_of, load_lexicon
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.words import PLACE_LABELS

PLACE_OR_TIME = PLACE_LABELS | {"DATE", "TIME"}
TIME_LABELS = frozenset({"DATE", "TIME"})


def undone_by(noun: Token, verb: Token) -> bool:
    """What a reversal verb acts on: its object ("lifted the curfew"), or what its object counts
    ("suspended $300 million in funding")."""
    if noun.dep_ in ("dobj", "nsubjpass", "conj"):
        return True
    counted = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of") else None
    return counted is not None and counted.head.i == verb.i and counted.dep_ in ("dobj", "nsubjpass")


def dealt_with(verb: Token, lex: Lexicon) -> tuple[Token, tuple[str, str | None]] | None:
    """ "hit with a lawsuit", "slapped Russia with sanctions": the event noun after "with"."""
    if lemma_of(verb) not in lex.struck_with or not rules.enabled("struck_with"):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for noun in (p for p in prep.children if p.dep_ == "pobj"):
                entry = noun_entry(noun, lex.objects, by_modifier=True)
                if entry:
                    return noun, entry
    return None


def phrasal_keys(token: Token, lemma: str) -> list[str]:
    keys = []
    for child in token.children:
        if child.dep_ == "prep" and names_place_or_time(child):
            continue  # "a speech he gave Saturday in Kansas City" is no "give in"
        if child.dep_ == "prep" and adverbial_phrase(child):
            continue  # "giving ... tax breaks in exchange for a factory" is no "give in"
        if child.dep_ == "prep" and _particle_only(lemma, child):
            continue  # "to sit across from you in the studio" is no sit-in
        if child.dep_ == "prep" and _named_between(token, child):
            continue  # "was called names for being Asian" is no "call for"
        if child.dep_ in ("prt", "dobj", "oprd", "acomp") or (child.dep_ == "prep" and child.i > token.i):
            keys.append(f"{lemma} {child.lower_}")
            if child.dep_ == "dobj" and child.lower_ in load_lexicon().word_classes["part_words"]:
                parts = [p for o in child.children if o.lower_ == "of" for p in o.children]
                keys += [f"{lemma} {p.lower_}" for p in parts]
            if child.dep_ == "prep":  # "called into question": the idiom ends in its noun
                keys += [f"{lemma} {child.lower_} {p.lower_}" for p in child.children if p.dep_ == "pobj"]
        elif child.dep_ == "ccomp" and child.pos_ == "ADJ":  # "found the mayor guilty"
            keys.append(f"{lemma} {child.lower_}")
        elif child.dep_ == "advcl" and for_clause(child):  # "called for the White House to ..."
            keys.append(f"{lemma} for")
        elif child.dep_ == "advmod" and child.i < token.i:
            keys.append(f"{child.lower_} {lemma}")
        elif child.dep_ == "advmod" and child.i == token.i + 1:  # "pulled back", parsed as an adverb
            keys.append(f"{lemma} {child.lower_}")
    return keys


def _named_between(verb: Token, prep: Token) -> bool:
    """A name given (an oprd: "called names", "called him a liar") between the verb and a
    preposition: the preposition gives the reason, it makes no phrasal verb with the verb."""
    if prep.i <= verb.i + 1 or not rules.enabled("named_across_objects"):
        return False
    return any(c.dep_ == "oprd" and verb.i < c.i < prep.i for c in verb.children)


def _particle_only(lemma: str, prep: Token) -> bool:
    """A phrasal verb whose second word is an adverb ("sat in", "walked out"): that word away
    from the verb with an object of its own is a preposition of place ("sit across from you in
    the studio"), not the particle ("sat in the governor's office" is a sit-in)."""
    if f"{lemma} {prep.lower_}" not in load_lexicon().word_classes["particle_phrases"]:
        return False
    apart = prep.i != prep.head.i + 1 and any(c.dep_ == "pobj" for c in prep.children)
    return apart and rules.enabled("particle_phrases")


def for_clause(clause: Token) -> bool:
    """ "for X to do Y": a clause with its own subject, introduced by "for"."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def adverbial_phrase(prep: Token) -> bool:
    """A fixed phrase saying how or why ("in exchange", "in response"), listed in events.yaml."""
    phrases = load_lexicon().word_classes["adverbial_phrases"]
    found = any(f"{prep.lower_} {c.lower_}" in phrases for c in prep.children if c.dep_ == "pobj")
    return found and rules.enabled("adverbial_phrases")


def names_place_or_time(prep: Token) -> bool:
    if prep.lower_ not in ("in", "at", "on", "near", "during", "for"):
        return False
    # "on Monday" is a time, but "called on Israel to ..." names who is called on, not a place;
    # "have been attacking for nearly a week" lasts a while, no "attack for" (not "for a week of X")
    labels = TIME_LABELS if prep.lower_ in ("on", "for") else PLACE_OR_TIME
    if prep.lower_ == "for" and (
        not rules.enabled("durations") or any(p.lower_ == "of" for p in prep.subtree)
    ):
        return False
    return any(c.dep_ == "pobj" and entity_label(c) in labels for c in prep.children)


def key_words(token: Token, key: str) -> list[Token]:
    """The words a phrasal key adds to its verb, on the side the key puts them: "called on" takes
    the "on" after the verb, never the "On" of "On June 9, X called on ..." before it."""
    before, _, after = key.partition(lemma_of(token))
    return [
        c
        for c in token.children
        if (c.i > token.i and c.lower_ in after.split()) or (c.i < token.i and c.lower_ in before.split())
    ]


def direct_object(token: Token) -> Token | None:
    return first_child(token, "dobj") or first_child(token, "nsubjpass")


def object_noun(verb: Token, lex: Lexicon) -> tuple[Token | None, tuple[str, str | None] | None]:
    """The event noun a verb takes: its object, "on strike", "into talks", "tonnes of food"."""
    candidates, passive = [], []
    if lemma_of(verb) in lex.word_classes["answering_verbs"] and rules.enabled("answered_with"):
        return _answered_with(verb, lex)
    # a thing as object owns the preposition ("gave information on an investigation"); a force
    # or a people does not ("put its army on alert")
    has_object = any(c.dep_ == "dobj" and not is_agent(c, lex) for c in verb.children)
    if rules.enabled("topic_light_verbs"):
        has_object |= lemma_of(verb) in lex.object_only_light_verbs  # "focused on proposals": a topic
    for child in verb.children:
        if child.dep_ in ("dobj", "attr"):
            candidates.append(child)
            candidates.extend(child.conjuncts)
        elif child.dep_ == "nsubjpass":  # "sanctions were imposed", after any object
            passive.append(child)
        elif (
            child.dep_ == "prep"
            and child.lower_ in ("on", "into", "in", "to", "under", "for")
            and not has_object
            and not adverbial_phrase(child)  # "putting the GOP in charge of Congress": a state
        ):
            # "went on strike"; not "gave information on an investigation"
            # a name is a place, not an act: "sent his aide to Wall Street"
            candidates.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp") and c.pos_ != "PROPN")
    candidates += passive
    for noun in candidates:
        entry = noun_entry(noun, lex.objects, by_modifier=True)
        if entry:
            return noun, entry
        for child in noun.children:  # "40 tonnes of food", "a series of bombs", "$2 billion in aid"
            if child.dep_ == "prep" and child.lower_ in ("of", "in"):
                for pobj in child.children:
                    entry = noun_entry(pobj, lex.objects)
                    if entry:
                        return pobj, entry
    return None, None


def _answered_with(verb: Token, lex: Lexicon) -> tuple[Token | None, tuple[str, str | None] | None]:
    """ "responded with attacks on militia bases": an answer's "with" object is the act done; what
    is answered ("responded to the talks") is none of the answerer's."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for noun in prep.children:
                entry = noun_entry(noun, lex.objects, by_modifier=True) if noun.dep_ == "pobj" else None
                if entry:
                    return noun, entry
    return None, None


def noun_entry(
    noun: Token, table: dict[str, tuple[str, str | None]], by_modifier: bool = False
) -> tuple[str, str | None] | None:
    """The (type, mode) an event noun names; ``by_modifier`` also reads "an aid package"."""
    lemma = lemma_of(noun)
    if not by_modifier and lemma not in (words := _key_words(table)) and noun.lower_ not in words:
        return None  # every key below holds the noun's lemma or form: its modifiers need no walk
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and child.i < noun.i:
            keys = [f"{lemma_of(child)} {lemma}", f"{child.lower_} {noun.lower_}"]
            if child.i == noun.i - 2 and noun.doc[noun.i - 1].text == "-":  # "sit-in", split by the tokenizer
                keys.append(f"{child.lower_}-{noun.lower_}")
            for key in keys:
                if key in table:
                    return table[key]
        elif child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                key = f"{lemma} of {lemma_of(pobj)}"
                if key in table:
                    return table[key]
    found = table.get(lemma) or table.get(noun.lower_)
    if found is None and by_modifier:  # "an aid package": the modifier names what is given
        for child in noun.lefts:
            if child.dep_ == "compound" and lemma_of(child) in table:
                return table[lemma_of(child)]
    return found


_KEY_WORDS: dict[int, tuple[dict, frozenset[str]]] = {}


def _key_words(table: dict[str, tuple[str, str | None]]) -> frozenset[str]:
    """Every word of the table's keys, and each part of a hyphenated one ("sit-in"): a noun neither
    of whose forms is among them heads no key (the find_triggers pass asks of every noun)."""
    kept = _KEY_WORDS.get(id(table))
    if kept is None or kept[0] is not table:
        words = {part for key in table for word in key.split() for part in (word, *word.split("-"))}
        kept = _KEY_WORDS[id(table)] = (table, frozenset(words))
    return kept[1]


def stance_on_an_act(noun: Token, lex: Lexicon) -> bool:
    """ "reiterated his opposition to the plan", "... to schools being designated gun-free": a
    refusal noun whose "to" names no one (a thing, an act, a state of things) is a stance on a
    policy, no refusal of anyone (those rules on); "opposition to the nominee" refuses someone."""
    if not rules.enabled("stances_on_acts"):
        return False
    objects = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
    return any(
        p.tag_ == "VBG"
        or p.dep_ == "pcomp"
        or any(c.dep_ in ("acl", "relcl") for c in p.children)
        or not is_agent(p, lex)
        for p in objects
    )


def coordinate_acts(verb: Token) -> bool:
    """A verb joined to another by "and", each with its own object or infinitive ("pledged to cut
    taxes and pledged to hire teachers"): two acts, where a bare conjunct shares the first's
    ("criticized and condemned the decision" is one)."""
    if verb.dep_ != "conj" or not rules.enabled("coordinate_acts"):
        return False
    return all(any(c.dep_ in ("dobj", "xcomp") for c in v.children) for v in (verb, verb.head))
