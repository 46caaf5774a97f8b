"""The word lists the people table and speaker resolution look words up in, read once."""

from __future__ import annotations

import re

from newsprism.nlp import lexicon

SPEECH_VERBS = lexicon.speech_verbs("quote")
CUE_VERBS = SPEECH_VERBS | lexicon.speech_verbs("frame")
SPEECH_NOUNS = lexicon.words("speech_nouns.txt")
# verb lemma -> the particles with which it reports ("shot back", "chimed in")
PHRASAL_SPEECH: dict[str, frozenset[str]] = {}
for _verb, _particle in (line.split() for line in lexicon.word_list("speech_phrasal_verbs.txt")):
    PHRASAL_SPEECH[_verb] = PHRASAL_SPEECH.get(_verb, frozenset()) | {_particle}
# Nouns whose owner speaks through them: "the X report", "a ProPublica article", "Cotton's column"
AUTHORED_NOUNS = SPEECH_NOUNS | lexicon.words("quote_work_nouns.txt")
ROLES = lexicon.words("roles.txt") | lexicon.words("person_nouns.txt")
ROLE_WORDS = frozenset(word for role in ROLES for word in role.split())
HONORIFICS = lexicon.words("honorifics.txt")
ROLE_ABBREVIATIONS = dict(line.split(maxsplit=1) for line in lexicon.word_list("role_abbreviations.txt"))
# Titles written with a dot before a name ("Capt.", "Sen."): the parse may end a sentence there
TITLE_ABBREVIATIONS = frozenset(w for w in HONORIFICS | set(ROLE_ABBREVIATIONS) if w.endswith("."))
ORG_NOUNS = lexicon.words("org_nouns.txt")
ORG_NAME_ENDINGS = lexicon.words("org_name_endings.txt") | ORG_NOUNS
GROUP_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents)$")  # Exporters, Analysts
DASHES = ("—", "–", "-", "--")
PLACING_PREPOSITIONS = frozenset({"at", "for", "with"})  # "an economist at X" places a person
MALE_WORDS = frozenset({"mr.", "mr", "king", "prince", "sir", "lord"})
FEMALE_WORDS = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "queen", "princess", "dame"})
PRONOUN_GENDER = {"he": "m", "she": "f", "his": "m", "her": "f"}  # "according to her estimates"
OBJECT_PRONOUN_GENDER = {"him": "m", "her": "f"}  # as objects: "called him a disgrace"
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})  # "his brother", "their criticism of"
POSSESSIVE_S = ("'s", "’s")  # the possessive ending the tokenizer splits off, straight or curly
POSSESSIVE_MARKS = (*POSSESSIVE_S, "'", "’")  # and the bare apostrophe of a plural: "the Joneses'"
REGION_LABELS = frozenset({"GPE", "LOC"})  # entity labels of a country, city, state or region
PLACE_LABELS = REGION_LABELS | {"FAC"}  # and of a building or other site: any place
UNNAMED_DETERMINERS = frozenset({"a", "an", "one", "another", "some", "several", "two", "three"})
SPEAKER_TYPES = ("PERSON", "ORG", "GPE", "NORP")
MISSED_NAME_TYPES = ("", "PRODUCT")  # labels the small model gives names it does not know
SUBJECT_DEPS = ("nsubj", "nsubjpass")
TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # a verb in the past or present tense
FINITE_TAGS = TENSED_TAGS | {"MD"}  # and the modals: what makes a clause finite
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
TITLE_POS = ("PROPN", "NOUN", "ADJ", "PART")
PRONOUN_LOOKBACK_PARAGRAPHS = 3  # a pronoun refers to someone named at most this many paragraphs back
