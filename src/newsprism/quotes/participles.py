"""Whose participle: a speech participle with no subject of its own speaks for the clause it hangs on.

"Trump pushed back against the criticism, with a tweet saying “...”" and "Trump is facing anger
after announcing tariffs for “a long period of time.”": the parse hangs "saying" on the noun
"tweet" and "announcing" on the preposition "after", so climbing to a subject stops at the noun or
the preposition. A reader takes the subject of the clause the tweet or the "after ..." belongs to.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.nlp import lexicon
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.tokens import is_role
from newsprism.people.words import ORG_NOUNS, SPEAKER_TYPES, SPEECH_NOUNS, SUBJECT_DEPS
from newsprism.quotes import rules

# nouns that speak for themselves: "cited a study saying ...", "repeated claims saying ..."
SELF_SPEAKING = lexicon.words("quote_study_nouns.txt") | lexicon.words("quote_claim_nouns.txt")

CLAUSE_HEADS = ("VERB", "AUX")


def clause_of_participle(verb: Token) -> Token | None:
    """The verb whose subject a subjectless speech participle takes: the clause governing its
    speech noun ("with a tweet saying", not "a tweet of hers saying": a possessed noun has its own
    speaker), or the clause of the preposition it follows ("after announcing"); None otherwise."""
    if not rules.enabled("participle_clause") or verb.tag_ != "VBG":
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects and not all(_vehicle(s) for s in subjects):
        return None  # "with Senator Quintero saying": a speaker of its own
    if verb.dep_ == "acl":
        noun = verb.head
        if not _vehicle(noun) and not _speakers_object(noun):
            return None
        start = noun
    elif verb.dep_ == "pcomp":
        start = verb.head
    else:
        return None
    governor = start.head
    for _ in range(3):
        if governor.pos_ in CLAUSE_HEADS or governor.dep_ == "ROOT":
            break
        governor = governor.head
    if governor.pos_ not in CLAUSE_HEADS or not any(c.dep_ in SUBJECT_DEPS for c in governor.children):
        return None
    return governor


def _speakers_object(noun: Token) -> bool:
    """'Schlesinger made a similar comparison saying ...', 'The Huffington Post boosted the S&P
    estimate calling it “...”': a common noun, no person, body or document, that a named speaker's
    verb takes as object; the participle is the speaker's."""
    if not rules.enabled("participle_on_object") or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return False
    word = noun.lemma_.lower()
    if entity_label(noun) or is_role(noun) or word in ORG_NOUNS | SELF_SPEAKING | SPEECH_NOUNS:
        return False
    subject = next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and entity_label(subject) in SPEAKER_TYPES


def _vehicle(noun: Token) -> bool:
    """'a tweet', 'a statement': a speech noun nobody's possessive claims ("with a tweet saying")."""
    return noun.lemma_.lower() in SPEECH_NOUNS and not any(c.dep_ == "poss" for c in noun.children)


OBJECT_DEPS = ("dobj", "pobj", "dative", "iobj")


def main_subject_over_relative(cue: Token, relative: Token, noun: Token) -> Token | None:
    """'Meir gave credit to the women who came before her and said “...”': the parse hangs the
    speech verb on the relative clause ("who came ... and said"); a reader takes the named person
    of the main clause, whose object the relative clause describes, over an unnamed common noun."""
    if not rules.enabled("conj_of_relative") or cue.dep_ != "conj" or cue.head.i != relative.i:
        return None
    if noun.pos_ != "NOUN" or noun.dep_ not in OBJECT_DEPS or noun.ent_type_:
        return None
    main = noun.head.head if noun.dep_ == "pobj" else noun.head
    if main.pos_ not in CLAUSE_HEADS:
        return None
    subject = next((c for c in main.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.ent_type_ != "PERSON" or cue.lemma_ == main.lemma_:
        return None
    return subject
