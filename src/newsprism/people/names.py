"""Names: the lexicons and folding rules that decide when two written names are one name.

Pure functions of a string and the data files (``entity_names.yaml``, ``transliteration.tsv``, and
the given names of Faker's locales): the entity stage links short forms in an article and builds
keys across articles. Titles and roles are in ``role_words``, places and non-person keys in
``place_names``.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsprism.nlp import lexicon

_NON_WORD = re.compile(r"[^0-9a-z]+")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


def generational_suffixes() -> frozenset[str]:
    """The suffixes after a surname ("jr", "iii"), without their dots, from ``entity_names.yaml``."""
    return frozenset(s.rstrip(".").lower() for s in name_rules()["suffixes"])


@lru_cache(maxsize=1)
def name_rules() -> dict:
    """``entity_names.yaml``: suffixes, particles, acronym skip words, nicknames."""
    rules = copy.deepcopy(lexicon.rules("entity_names.yaml"))
    nicknames = {}
    for group in rules.get("nicknames", []):
        for form in group:  # folded, as name parts are: "bobby" -> "boby"
            nicknames[fold_word(form)] = fold_word(group[0])
    rules["nickname_of"] = nicknames
    article = "|".join(map(re.escape, rules.get("article_particles") or ["al"]))  # "al-Assad" is "Assad"
    rules["article_particle"] = re.compile(rf"(?i)(?:(?<![\w-])(?:{article})-|(?<=\s)(?:{article})\s+)(?=\w)")
    word_sets = "suffixes particles given_particles optional_suffixes acronym_skip leading_articles"
    for key in (
        word_sets + " caption_separators list_separators calendar_words regnal_titles section_nouns"
    ).split():
        rules[key] = set(rules.get(key, []))
    return rules


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Folded given name -> "female" | "male". The hand list in ``entity_names.yaml`` wins; behind
    it, the first names of Faker's person providers for every Latin-script locale, each name kept
    only when no locale lists it for the other gender (Andrea, Jean, Sasha are left out)."""
    rules = name_rules()
    found = {}
    for gender, given in _locale_given_names().items():
        for folded in given:
            found[rules["nickname_of"].get(folded, folded)] = gender
    for gender, given in rules.get("given_names", {}).items():
        for name in given:
            folded = fold_word(name)
            found[rules["nickname_of"].get(folded, folded)] = gender
    return found


def _locale_given_names() -> dict[str, set[str]]:
    """``{"female": {...}, "male": {...}}``: folded first names only ever listed for one gender."""
    listed = _faker_given_names()
    both = listed["female"] & listed["male"]
    return {gender: given - both for gender, given in listed.items()}


@lru_cache(maxsize=1)
def _any_given_names() -> frozenset[str]:
    listed = _faker_given_names()
    return frozenset(listed["female"] | listed["male"] | set(_given_names()))


def is_given_name(word: str) -> bool:
    """Is ``word`` a given name of anybody, women's, men's or both ("Jean", "Hunter")?"""
    folded = fold_word(word)
    known = _any_given_names()
    return folded in known or name_rules()["nickname_of"].get(folded, folded) in known


def _faker_given_names() -> dict[str, set[str]]:
    """``{"female": {...}, "male": {...}}``: folded first names of Faker's Latin-script locales."""
    return {gender: set(found) for gender, found in _faker_name_sources().items()}


def given_name_attested(word: str) -> bool:
    """Is the given name's gender known beyond one source: the hand list, or two or more of
    Faker's locales? A name only one locale lists ("Wanjiru", listed as a man's by one) is weak
    evidence against what an article's pronoun says."""
    folded = fold_word(word)
    folded = name_rules()["nickname_of"].get(folded, folded)
    gender = _given_names().get(folded)
    return (
        folded in _hand_given_names() or len(_faker_name_sources().get(gender or "", {}).get(folded, ())) >= 2
    )


def common_given_name(word: str) -> bool:
    """Is ``word`` a given name of the hand list or of two or more of Faker's locales, of either
    gender ("John", "Diana")? One locale's name ("Lafayette", "Army", "Chinn") is weak evidence
    that a capitalised word before a place word or a list entry's name is a person's."""
    folded = fold_word(word)
    folded = name_rules()["nickname_of"].get(folded, folded)
    if folded in _hand_given_names():
        return True
    sources = _faker_name_sources()
    return len(sources["female"].get(folded, set()) | sources["male"].get(folded, set())) >= 2


def is_regnal_title(title: str) -> bool:
    """ "Pope", "King", "Crown Prince" (``regnal_titles``): the word after it is the name a sovereign
    reigns under, a given name, never a surname."""
    return plain(title) in name_rules()["regnal_titles"]


@lru_cache(maxsize=1)
def _hand_given_names() -> frozenset[str]:
    """The hand list's given names, folded."""
    rules = name_rules()
    return frozenset(fold_word(n) for names_ in rules.get("given_names", {}).values() for n in names_)


def foreign_given_name(word: str) -> str:
    """``word`` in lower case when it is a given name only outside English-speaking use (no hand
    list, no Faker locale of an English-speaking country: "Line" is Danish, Norwegian), else "".
    In English news such a word that is also a common word is the word."""
    folded = name_rules()["nickname_of"].get(fold_word(word), fold_word(word))
    hand = _hand_given_names()
    sources = [
        *_faker_name_sources()["female"].get(folded, ()),
        *_faker_name_sources()["male"].get(folded, ()),
    ]
    english = any(s == "en" or s.startswith("en_") or s == "ga_IE" for s in sources)
    return word.lower() if sources and not english and folded not in hand else ""


def is_name_word(word: str) -> bool:
    """A given name of anybody or a listed family name ("Jean", "Collins", "Sanders"): a word that
    may be a person's name whatever else it means."""
    return is_given_name(word) or fold_word(word) in listed_surnames()


@lru_cache(maxsize=1)
def listed_surnames() -> frozenset[str]:
    """Folded family names of Faker's Latin-script locales: "Cooper" is one, "Burisma" is not."""
    return frozenset(
        fold_word(n)
        for _, provider in _faker_providers()
        for n in getattr(provider, "last_names", None) or ()
        if n.isalpha()
    )


@lru_cache(maxsize=1)
def _faker_name_sources() -> dict[str, dict[str, set[str]]]:
    """gender -> folded first name -> the Faker locales listing it (Latin script only)."""
    listed: dict[str, dict[str, set[str]]] = {"female": {}, "male": {}}
    for locale, provider in _faker_providers():
        for gender, given in listed.items():
            for name in getattr(provider, f"first_names_{gender}", None) or ():
                if name.isalpha() and all(ord(ch) < 0x250 for ch in name):  # Latin script only
                    given.setdefault(fold_word(name), set()).add(locale)
    return listed


def _faker_providers() -> list[tuple[str, Any]]:
    """(locale, person Provider) of every locale Faker ships (a declared dependency)."""
    import importlib
    import pkgutil

    from faker.providers import person

    found = []
    for module in pkgutil.iter_modules(person.__path__):
        try:
            found.append((module.name, importlib.import_module(f"{person.__name__}.{module.name}").Provider))
        except (ImportError, AttributeError):
            continue
    return found


@lru_cache(maxsize=1 << 14)
def given_name_gender(word: str) -> str | None:
    """ "female" or "male" when ``word`` is a given name of women only or of men only. A spelling
    Faker lists for one gender only keeps that gender when folding makes it another spelling of
    the other ("Jeri", a woman's, folds to "Jerry", a man's, and Gerald's nickname)."""
    folded = fold_word(word)
    gender = _given_names().get(name_rules()["nickname_of"].get(folded, folded))
    if gender is None:
        return None
    spelled = _spelled_given_names().get(plain(word))
    return spelled if spelled and spelled != gender else gender


@lru_cache(maxsize=1)
def _spelled_given_names() -> dict[str, str]:
    """Plain spelling -> gender, for the spellings Faker's locales list for one gender only and
    the hand lists do not write (their words, "Bibi" among Benjamin's nicknames, keep the folded
    route)."""
    listed: dict[str, set[str]] = {"female": set(), "male": set()}
    for _, provider in _faker_providers():
        for gender, given in listed.items():
            for name in getattr(provider, f"first_names_{gender}", None) or ():
                if name.isalpha() and all(ord(ch) < 0x250 for ch in name):
                    given.add(plain(name))
    rules = name_rules()
    hand = {plain(w) for group in rules.get("nicknames", []) for w in group}
    hand |= {plain(w) for given in rules.get("given_names", {}).values() for w in given}
    both = listed["female"] & listed["male"]
    return {name: gender for gender, given in listed.items() for name in given - both - hand}


def gender_of(name: PersonName) -> str | None:
    """ "female" or "male" when the given name is a common one of a woman or a man, else None."""
    return _given_names().get(name.first) if name.first else None


@lru_cache(maxsize=1)
def _transliteration() -> list[tuple[re.Pattern, str]]:
    rules = []
    for line in lexicon.lines("transliteration.tsv"):
        pattern, _, replacement = line.partition("\t")
        rules.append((re.compile(pattern), replacement.replace("\\1", r"\1")))
    return rules


def split_comma_suffix(text: str) -> tuple[str, str]:
    """ "Walter Brenning, Jr." -> ("Walter Brenning", "Jr."); a name with no suffix after a comma
    -> (the name, "")."""
    head, comma, tail = text.rpartition(", ")
    return (head, tail) if comma and tail.lower() in name_rules()["suffixes"] else (text, "")


def suffix_without_comma(text: str) -> str:
    """ "Walter Brenning, Jr." -> "Walter Brenning Jr.": the comma before a generational suffix is
    punctuation, not part of the name."""
    name, suffix = split_comma_suffix(text)
    return f"{name} {suffix}" if suffix else name


def strip_possessive(text: str) -> str:
    """``Putin's`` -> ``Putin``; ``Jones'`` -> ``Jones``."""
    return _POSSESSIVE.sub("", text) if len(text) > 2 else text


@lru_cache(maxsize=1 << 16)
def plain(text: str) -> str:
    """Lower case, accents removed, every run of non-letters one space: for exact comparisons
    (kept for the names an article repeats: its mentions are compared many times)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower().replace(".", "")
    return _NON_WORD.sub(" ", text.replace("’", "'").replace("'", "")).strip()


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """One name word folded so transliteration variants agree: ``Zelenskiy`` -> ``zelensky``
    (kept: an article's names are folded again for every comparison)."""
    word = plain(word).replace(" ", "")
    for pattern, replacement in _transliteration():
        word = pattern.sub(replacement, word)
    return word


def is_acronym(text: str) -> bool:
    """``CCP``, ``U.N.``, ``NATO``: two to six capitals, dots allowed."""
    letters = text.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def acronym_of(name: str) -> str:
    """The initials of a multi-word name, skipping small words: Chinese Communist Party -> ccp."""
    skip = name_rules()["acronym_skip"]
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in skip]
    if len(words) < 2:
        return ""
    return "".join(w[0] for w in words if w[0].isalpha()).lower()


def strip_leading_article(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in name_rules()["leading_articles"] else text


@dataclass(frozen=True)
class PersonName:
    """A person's name split into folded parts: given, middles, surname and suffix."""

    first: str
    middles: tuple[str, ...]
    last: str
    suffix: str

    @property
    def is_single(self) -> bool:
        return not self.first

    @property
    def size(self) -> int:
        return (1 if self.first else 0) + len(self.middles) + (1 if self.last else 0)


@lru_cache(maxsize=1 << 16)
def parse_person(name: str) -> PersonName:
    """Split a written name; particles join the surname, nicknames fold to the given name (kept:
    the entity stage parses each mention's name several times; a ``PersonName`` is frozen)."""
    rules = name_rules()
    written = rules["article_particle"].sub("", name.replace(",", " "))  # an article the surname drops
    words = [part for w in written.split() for part in _initials(w)]
    suffix = ""
    while words and words[-1].lower() in rules["suffixes"]:
        suffix = words.pop().lower().rstrip(".")
    suffix = "" if suffix in rules["optional_suffixes"] else suffix
    parts: list[str] = []
    glue: list[str] = []
    for at, word in enumerate(words):
        given = at == 0 and word.istitle() and word.lower() in rules["given_particles"]
        if word.lower() in rules["particles"] and len(words) > 1 and not given:
            glue.append(word)
            continue
        parts.append(fold_word("".join(glue) + word))
        glue = []
    if glue:
        parts.append(fold_word("".join(glue)))
    parts = [p for p in parts if p]
    if not parts:
        return PersonName("", (), "", suffix)
    if len(parts) == 1:
        return PersonName("", (), parts[0], suffix)
    first = rules["nickname_of"].get(parts[0], parts[0])
    return PersonName(first, tuple(parts[1:-1]), parts[-1], suffix)


_DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")


def _initials(word: str) -> list[str]:
    """ "H.W." is two initials, as "H. W." is."""
    return [f"{ch}." for ch in word if ch != "."] if _DOTTED_INITIALS.match(word) else [word]


def _parts_agree(a: str, b: str) -> bool:
    """Two given or middle names agree when equal or when one is the other's initial."""
    if a == b:
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def compatible(a: PersonName, b: PersonName) -> bool:
    """Could both names denote one person? Same surname and suffix, agreeing given and middles."""
    if a.suffix != b.suffix:
        return False
    if a.is_single or b.is_single:
        single, other = (a, b) if a.is_single else (b, a)
        given = name_rules()["nickname_of"].get(single.last) if single.suffix else None  # "Don Jr."
        return single.last in (other.last, other.first) or given == other.first
    if a.last != b.last or not _parts_agree(a.first, b.first):
        return False
    if a.middles and b.middles:
        if len(a.middles) != len(b.middles):
            return False
        return all(_parts_agree(x, y) for x, y in zip(a.middles, b.middles, strict=True))
    return True


def person_keys(name: PersonName) -> list[str]:
    """Lookup keys of a person: given+surname+suffix, surname, given name (for "Xi")."""
    if name.is_single:
        return [f"ps:{name.last}|{name.suffix}"]
    return [
        f"pfl:{name.first} {name.last}|{name.suffix}",
        f"pl:{name.last}|{name.suffix}",
        f"pf:{name.first}|{name.suffix}",
    ]
