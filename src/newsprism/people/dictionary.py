"""Common English words, to tell a descriptor written before a name from a given name.

"Parliamentarian Bobi Wine", "Kentuckian Mitch McConnell", "Nervous Nancy Pelosi", "(Miss)
Universe Alicia Machado": the word in front is a word of the dictionary written with a capital,
not the person's first name. The dictionary is the one the spaCy pipeline's rule lemmatizer
ships (WordNet's index of nouns, verbs, adjectives and adverbs), read from the installed
pipeline's files without loading the pipeline; a pipeline without one leaves the bundled title,
role and demonym lists.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from newsprism.nlp import lexicon
from newsprism.people import names, place_names, role_words


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case one-word entries of the pipeline's lemma index, plus titles, roles, demonyms."""
    found = set(role_words.titles()) | set(lexicon.words("person_nouns.txt")) | set(place_names.demonyms())
    for entries in _lemma_index().values():
        found |= entries
    return frozenset(w for w in found if " " not in w)


@lru_cache(maxsize=1)
def adjectives() -> frozenset[str]:
    """The lemma index's adjectives ("crooked", "sleepy"): a nickname's word, never a surname's."""
    return frozenset(_lemma_index().get("adj", set()))


@lru_cache(maxsize=1)
def _lemma_index() -> dict[str, set[str]]:
    """Part of speech -> one-word entries of the pipeline's lemma index; empty without one."""
    from spacy.lookups import Lookups
    from spacy.strings import get_string_id

    for path in _lemma_lookups():
        try:
            index = Lookups().from_disk(path.parent).get_table("lemma_index")
        except (OSError, KeyError, ValueError):
            continue
        found = {}
        for pos in ("noun", "verb", "adj", "adv"):
            entries = index.get(get_string_id(pos)) or index.get(pos) or []
            found[pos] = {e for e in entries if "_" not in e and e.isalpha()}
        return found
    return {}


def _lemma_lookups() -> list[Path]:
    from spacy.util import get_package_path, is_package

    from newsprism.config import Settings

    model = Settings.load().model
    root = get_package_path(model) if is_package(model) else Path(model)
    return sorted(root.rglob("lemmatizer/lookups/lookups.bin")) if root.is_dir() else []


@lru_cache(maxsize=1)
def _irregular_forms() -> dict[str, frozenset[str]]:
    """Inflected form -> base forms, from the pipeline's lemma exceptions ("took" -> "take")."""
    from spacy.lookups import Lookups

    for path in _lemma_lookups():
        try:
            table = Lookups().from_disk(path.parent).get_table("lemma_exc")
        except (OSError, KeyError, ValueError):
            continue
        found: dict[str, set[str]] = {}
        for pos in ("noun", "verb", "adj", "adv"):
            for form, bases in (table.get(pos) or {}).items():
                found.setdefault(form, set()).update(b for b in bases if b != form)
        return {form: frozenset(bases) for form, bases in found.items() if bases}
    return {}


def base_forms(word: str) -> frozenset[str]:
    """The base forms of an irregular inflection ("took" -> "take", "went" -> "go"); empty when
    the word is none (a regular inflection is cut by its ending)."""
    return _irregular_forms().get(word.lower(), frozenset())


def is_epithet(word: str) -> bool:
    """A capitalised adjective before a given name: "Crooked" Hillary, "Sleepy" Joe."""
    return is_descriptor(word) and word.lower() in adjectives()


def is_plural_noun(word: str) -> bool:
    """ "Discussions Obama will have ...", "Critics Smith": the capitalised plural of a noun of the
    lemma index that is no given name or listed surname ("Woods", "Banks", "Rhodes" stay names)
    opens a sentence before a surname; no one is named "Discussions"."""
    if not word.isalpha() or not word[:1].isupper() or len(word) < 5 or names.is_name_word(word):
        return False
    lower, nouns = word.lower(), _lemma_index().get("noun", set())
    singulars = [lower[:-1]] if lower.endswith("s") and not lower.endswith("ss") else []
    singulars += [lower[:-2]] if lower.endswith("es") else []
    singulars += [lower[:-3] + "y"] if lower.endswith("ies") else []
    return any(len(s) >= 4 and s in nouns for s in singulars)


def is_descriptor(word: str) -> bool:
    """A capitalised common word that is nobody's given name: "Parliamentarian", "Universe",
    "Nervous"; never "Hunter", "Rush" or "Jean", which are given names as well."""
    if not word.isalpha() or not word[:1].isupper() or len(word) < 3:
        return False
    return word.lower() in common_words() and not names.is_given_name(word)


def only_a_verb(word: str) -> bool:
    """ "impeach", "oust": a word the lemma index knows as a verb and as nothing else; never part
    of a title, however the tagger read it ("to impeach President Trump")."""
    low = word.lower()
    index = _lemma_index()
    other = ("noun", "adj", "adv")
    return low in index.get("verb", set()) and not any(low in index.get(pos, set()) for pos in other)


def is_verb(word: str) -> bool:
    """A word the lemma index knows as a verb, whatever else it is ("defeat", "impeach")."""
    return word.lower() in _lemma_index().get("verb", set())


def opens_as_verb(token) -> bool:
    """ "Condemn Antifa now.", "Praise Jesus", "Said Trump didn't lie": the first word of a clause
    (a sentence's, or after a colon or an opening quotation mark) that is a verb there: the parse's
    root verb, or a word the lemma index knows only as a verb and no name word. Never a given name or
    listed surname alone ("Will Smith", "Hunt said")."""
    word = token.text
    if not (word.istitle() and word.isalpha()) or len(word) < 3:
        return False
    before = token.doc[token.i - 1].text if token.i else ""
    if not (token.is_sent_start or before in (":", "“", '"', "‘")):
        return False
    if token.pos_ == "VERB" and token.dep_ == "ROOT" and is_verb(word):
        return not names.is_given_name(word)
    return only_a_verb(word) and not names.is_name_word(word)


def is_inflected_verb(word: str) -> bool:
    """An irregular inflection of a verb ("said", "took"), never its base form ("Mark", "Will")."""
    return any(is_verb(base) for base in base_forms(word.lower()))


def is_present_participle(word: str) -> bool:
    """ "Echoing", "Denouncing": a capitalised "-ing" form of a verb the lemma index knows, and
    nobody's given name or listed surname (so "Sterling", "Manning", "Harding" stay names)."""
    low = word.lower()
    if not word.isalpha() or not low.endswith("ing") or len(low) < 6 or names.is_name_word(word):
        return False
    verbs = _lemma_index().get("verb", set())
    stem = low[:-3]
    return any(form in verbs for form in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""))
