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
from newsprism.people import names


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case one-word entries of the pipeline's lemma index, plus titles, roles, demonyms."""
    found = set(names.titles()) | set(lexicon.words("person_nouns.txt")) | set(names.demonyms())
    for path in _lemma_lookups():
        from spacy.lookups import Lookups

        try:
            index = Lookups().from_disk(path.parent).get_table("lemma_index")
        except (OSError, KeyError, ValueError):
            continue
        for entries in index.values():
            found.update(e for e in entries if "_" not in e and e.isalpha())
        break
    return frozenset(w for w in found if " " not in w)


def _lemma_lookups() -> list[Path]:
    from spacy.util import get_package_path, is_package

    from newsprism.config import Settings

    model = Settings.load().model
    root = get_package_path(model) if is_package(model) else Path(model)
    return sorted(root.rglob("lemmatizer/lookups/lookups.bin")) if root.is_dir() else []


def is_descriptor(word: str) -> bool:
    """A capitalised common word that is nobody's given name: "Parliamentarian", "Universe",
    "Nervous"; never "Hunter", "Rush" or "Jean", which are given names as well."""
    if not word.isalpha() or not word[:1].isupper() or len(word) < 3:
        return False
    return word.lower() in common_words() and not names.is_given_name(word)
