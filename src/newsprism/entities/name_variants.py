"""Variant keys that join spellings of one person's full name, read only when no exact key matches.

The middle name a person goes by ("J. Alexander Kueng" / "Alexander Kueng"), the name in reversed
order ("Lingzi Lu" / "Lu Lingzi"), and a consonant skeleton that joins romanisation variants and
one-vowel misspellings of a full name ("Qassim Suleimani" / "Qassem Soleimani"; letter pairs as
``skeleton_rules`` in ``person_name_repair.yaml``); a last word's first or last letter mistyped
("Xi Xinping"), joined only where both hold one office.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from newsprism.entities.name_shape import gendered_pair
from newsprism.nlp import lexicon
from newsprism.people import names, role_words

_VOWELS = re.compile(r"[aeiouy]+")
_SILENT_END_H = re.compile(r"(?<=[aeiou])h$")
MIN_SKELETON = 5  # consonants a full name needs before its skeleton may join variants
MIN_ONE_LETTER = 6  # letters a last word needs before one letter's difference may be a misspelling


@lru_cache(maxsize=1)
def _skeleton_rules() -> list[tuple[str, str]]:
    return [tuple(pair) for pair in lexicon.rules("person_name_repair.yaml").get("skeleton_rules", [])]


@lru_cache(maxsize=8192)
def skeleton(name: str) -> str:
    """Consonants of the name's words (particles like "al" dropped), romanisation pairs folded; a
    word's last "h" after a vowel is silent and left out ("Salah" / "Sala", "Sarah" / "Sara")."""
    rules = names.name_rules()
    words = [w for w in re.split(r"[\s\-]+", names.plain(name)) if w and w not in rules["particles"]]
    words = [_SILENT_END_H.sub("", w) for w in words]
    joined = "".join(words)
    for old, new in _skeleton_rules():
        joined = joined.replace(old, new)
    joined = _VOWELS.sub("", joined)
    return re.sub(r"(.)\1+", r"\1", joined)


@lru_cache(maxsize=8192)
def name_parts(name: str) -> tuple[str, tuple[str, ...], str, str]:
    """Given name (nickname folded), middles, surname and suffix, with particles and hyphens
    dropped so "Adil Abdul al-Mahdi" and "Abdul Mahdi" share parts."""
    parsed = names.parse_person(name)
    suffixes = names.name_rules()["suffixes"]
    words = [names.fold_word(w) for w in _without_particles(name).split() if w not in suffixes]
    words = [w for w in words if w and w != parsed.suffix]
    if len(words) < 2:
        return "", (), words[0] if words else "", parsed.suffix
    first = names.name_rules()["nickname_of"].get(words[0], words[0])
    return first, tuple(words[1:-1]), words[-1], parsed.suffix


def variant_keys(name: str) -> list[str]:
    """Keys a full person name is also found by (never read when an exact key matches)."""
    first, middles, last, suffix = name_parts(name)
    if not first:
        return []
    keys = [f"pr:{' '.join(sorted((first, last)))}|{suffix}"]
    if middles:  # goes by the middle name: "J. Alexander Kueng", "Keisha Lance Bottoms"
        keys.append(f"pml:{middles[0]} {last}|{suffix}")
    bones = skeleton(name)
    if len(bones) >= MIN_SKELETON:
        keys.append(f"pv:{bones}|{suffix}")
    if len(last) >= 4:  # two letters swapped in the surname: "Thoa" for "Thao"
        keys.append(f"pa:{first} {''.join(sorted(last))}|{suffix}")
    return keys + one_letter_keys(name)


def one_letter_keys(name: str) -> list[str]:
    """Keys of a full name with the first or the last letter of its last word masked ("Xi Jinping" /
    "Xi Xinping"): read only with a shared office (``one_letter_apart`` and the linker's check)."""
    first, _, last, suffix = name_parts(name)
    if not first or len(last) < MIN_ONE_LETTER:
        return []
    return [f"p1:{first} ?{last[1:]}|{suffix}", f"p1:{first} {last[:-1]}?|{suffix}"]


def office_variant(name: str, roles: list[str], candidates: Callable) -> list:
    """The one known person whose full name is ``name`` with one letter of the last word mistyped
    and who holds an office the mention's roles name ("Chinese President Xi Xinping"); a namesake
    one letter apart ("Kevin Brady" / "Kevin Grady") seldom shares an office too. ``candidates``:
    the linker's (key, types, keep) -> entities."""
    ours = role_words.held_offices(roles)
    if not ours:
        return []
    found = {
        e.entity_id: e
        for key in one_letter_keys(name)
        for e in candidates(key, ("PERSON",), lambda other: one_letter_apart(name, other))
        if ours & role_words.held_offices(e.roles)
    }
    return list(found.values()) if len(found) == 1 else []


def one_letter_apart(a: str, b: str) -> bool:
    """Two full names of one given name whose last words differ in one letter, first or last."""
    first_a, middles_a, last_a, suffix_a = name_parts(a)
    first_b, middles_b, last_b, suffix_b = name_parts(b)
    if (first_a, middles_a, suffix_a) != (first_b, middles_b, suffix_b) or len(last_a) != len(last_b):
        return False
    return last_a != last_b and (last_a[1:] == last_b[1:] or last_a[:-1] == last_b[:-1])


def variant_lookups(name: str) -> list[str]:
    """Keys to look a person up by when no exact key matched, most telling first."""
    first, middles, last, suffix = name_parts(name)
    if not first:
        return []
    found = [f"pml:{first} {last}|{suffix}"]
    if middles:
        found.append(f"pfl:{middles[0]} {last}|{suffix}")
    return [*found, *(k for k in variant_keys(name) if not k.startswith("pml:"))]


@lru_cache(maxsize=8192)
def close_variant(a: str, b: str) -> bool:
    """Two full names close enough in writing to be one name spelled two ways."""
    first_a, middles_a, last_a, suffix_a = name_parts(a)
    first_b, middles_b, last_b, suffix_b = name_parts(b)
    if not first_a or not first_b or suffix_a != suffix_b or gendered_pair(a.split()[0], b.split()[0]):
        return False
    if (first_a, last_a) == (first_b, last_b) and middles_a and middles_b:
        return _middles_agree(middles_a, middles_b)  # George W. / George H. W. Bush: two people
    if {first_a, last_a} == {first_b, last_b}:
        return True  # reversed order
    if last_a == last_b and (first_a in middles_b or first_b in middles_a):
        return True  # goes by the middle name
    written_a, written_b = _without_particles(a), _without_particles(b)
    if first_a == first_b and sorted(last_a) == sorted(last_b) and _distance(written_a, written_b) <= 2:
        return True  # two letters swapped
    return skeleton(a) == skeleton(b) and _distance(written_a, written_b) <= max(2, len(written_a) // 6)


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names written in full or as initials that can be one person's."""
    if len(a) != len(b):
        return False
    return all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(a, b, strict=True))


@lru_cache(maxsize=8192)
def _without_particles(name: str) -> str:
    rules = names.name_rules()
    words = [w for w in re.split(r"[\s\-]+", names.plain(name)) if w]
    given = name.split()[:1] if len(name.split()) > 1 else []  # "Al Sharpton": the given name Al
    keep_first = bool(given) and given[0].istitle() and given[0].lower() in rules["given_particles"]
    return " ".join(w for i, w in enumerate(words) if w not in rules["particles"] or (i == 0 and keep_first))


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (short strings: names)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
