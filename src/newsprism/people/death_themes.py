"""A person named as what a death is about ("the death of Lee", "Lee's killing") is no antecedent
of a speaking pronoun near it.

"The call followed another night of unrest over the death of Lee and came as the governor urged
... | “...,” he said.": the only name of the sentence before is the dead man's, and the "he" who
speaks is someone the writer had in mind from before (rule group ``death_theme_not_speaker``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprism.nlp import lexicon
from newsprism.nlp.noun_themes import noun_themed
from newsprism.people.words import SPEECH_VERBS, SUBJECT_DEPS
from newsprism.quotes import rules

DEATH_NOUNS = lexicon.words("death_nouns.txt")


def speaking_pronoun(pronoun: Token) -> bool:
    """The subject of a speech verb ("he said", "she writes")."""
    return pronoun.dep_ in SUBJECT_DEPS and pronoun.head.lemma_.lower() in SPEECH_VERBS


def death_theme(doc: Doc, offset: int) -> bool:
    """The name at ``offset`` is the person a death noun is about: its "of" object or possessor."""
    if not rules.enabled("death_theme_not_speaker"):
        return False
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    name = span[0] if span is not None and len(span) else None
    while name is not None and name.dep_ in ("compound", "flat") and name.head.i != name.i:
        name = name.head
    themed = noun_themed(name) if name is not None else None
    return themed is not None and themed[1].lemma_.lower() in DEATH_NOUNS
