"""Role words: titles, honorifics, kin and organisation nouns, and the cues a person's roles give.

Read from ``roles.txt``, ``honorifics.txt``, ``kin_nouns.txt``, ``org_nouns.txt`` and the gender cues
of ``entity_names.yaml``: the entity stage tells a title from a name with them, and tells people of
one surname apart by the titles and gender cues their roles hold.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsprism.nlp import lexicon
from newsprism.people import names
from newsprism.people.names import name_rules
from newsprism.quotes import rules

_ROLE_TAIL = re.compile(r"\s(?:of|to|for|at|with|in|on|from)\s")
_OWNER = re.compile(r"['’]s?\s")  # "trump's daughter": the owner ends before it


@lru_cache(maxsize=1)
def gender_cues() -> dict[str, frozenset[str]]:
    """``{"female": {...}, "male": {...}}``: words in titles that tell a woman from a man."""
    return {k: frozenset(v) for k, v in name_rules().get("gender_cues", {}).items()}


def role_cues(roles: list[str]) -> tuple[set[str], set[str]]:
    """Gender cues ("Mrs.", "wife") and one-word titles ("chief", "judge") in a person's roles."""
    cues = gender_cues()
    genders, found_titles = set(), set()
    for role in roles:
        # Only the head of the phrase: "son of former Attorney General X" is a son, not a general.
        lowered = _ROLE_TAIL.split(role.lower(), maxsplit=1)[0]
        lowered = _OWNER.split(lowered)[-1]  # "president trump's daughter": a daughter
        lowered = " ".join(_initialisms().get(w, w) for w in lowered.split())  # "ag": attorney general
        words = set(lowered.split())
        for gender, marks in cues.items():
            if any(mark in words or (" " in mark and mark in lowered) for mark in marks):
                genders.add(gender)
        found_titles |= {w for w in words if w in titles() and w not in address_forms()}
        found_titles |= {t for t in _multiword_titles() if f" {t} " in f" {lowered} "}  # "first lady"
    return genders, found_titles


@lru_cache(maxsize=1)
def _initialisms() -> dict[str, str]:
    """Offices written as initials ("AG", "DNI"; no dot) and abbreviated titles with or without the
    dot ("Gen." and "Gen", "Lt" of "Lt Gen McMaster") -> the title (``role_abbreviations.txt``): a
    rank written one way in one article and another way elsewhere is one title, not two offices."""
    found = {}
    for line in lexicon.word_list("role_abbreviations.txt"):
        short, role = line.split(maxsplit=1)
        if short.isalpha() and " " in role:
            found[short] = role
        elif role in titles():
            found[short] = role
            if short.rstrip(".") in titles():  # "gen", "lt": a rank's abbreviation written without the dot
                found[short.rstrip(".")] = role
    return found


@lru_cache(maxsize=1)
def _multiword_titles() -> frozenset[str]:
    return frozenset(t for t in titles() if " " in t)


def is_kin_role(role: str) -> bool:
    """ "President Trump's daughter", "his brother": the role names a relative of somebody. Only
    a role ending in the kin word: "daughter of Gen. X" said next to X's name describes another."""
    return any(f" {role.lower()}".endswith(f" {kin}") for kin in lexicon.words("kin_nouns.txt"))


def person_role(role: str) -> bool:
    """ "former diplomat", "head of AMI", "Ivanka's husband": a role whose head (the phrase before
    its "of ..."/"to ..." tail, after an owner's possessive) heads a person's title or is a kin
    word. Only a person holds one: a place or an organisation never does ("a NATO member state",
    "an Asian city-state" describe one)."""
    head = _OWNER.split(_ROLE_TAIL.split(f" {role.lower()} ", maxsplit=1)[0])[-1].split()
    return bool(head) and head[-1] in _title_heads() or is_kin_role(role)


def roles_held(label: str, roles: list[str]) -> list[str]:
    """The roles an entity of ``label`` holds: all of a person's; a place's or an organisation's
    only those that are no person's role (``person_role``)."""
    return roles if label == "PERSON" else [r for r in roles if not person_role(r)]


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """The head word of every title ("secretary" of "secretary of state", "official" of "senior
    official"), not each of its words ("state", "senate")."""
    heads = set()
    for title in titles():
        words = _ROLE_TAIL.split(f" {title} ", maxsplit=1)[0].split()
        if words:
            heads.add(words[-1])
    return frozenset(heads)


def is_generation_kin_role(role: str) -> bool:
    """ "Roe's son", "his father": a kin role of another generation of one family
    (``generation_kin_nouns.txt``), which keeps "Sam Roe Jr." apart from "Sam Roe"."""
    return any(f" {role.lower()}".endswith(f" {kin}") for kin in lexicon.words("generation_kin_nouns.txt"))


def kin_family(role: str) -> str | None:
    """The family a kin role names ("vole" of "Mr. Vole's brother"), in ``names.parse_person``'s
    folded form; None for a role without a named owner ("his wife", "brother")."""
    if not is_kin_role(role):
        return None
    owner = _OWNER.split(f"{role} ".lower(), maxsplit=1)
    if len(owner) < 2 or not owner[0].split():
        return None
    word = owner[0].split()[-1]
    return None if word in ("his", "her", "their", "its") else names.parse_person(word).last or None


def kin_families(roles: list[str]) -> set[str]:
    """The families the kin roles among ``roles`` name (``kin_family`` of each, those it finds)."""
    return {family for role in roles if (family := kin_family(role))}


def offices(titles: set[str]) -> set[str]:
    """Titles that are no kin word ("wife", "first lady", "the son of ..." say whose relative,
    not which office)."""
    return {t for t in titles if not is_kin_role(t)}


def held_offices(roles: list[str]) -> set[str]:
    """The offices a person's roles name, less military ranks (``rank_titles`` in
    person_name_repair.yaml): a general may be the national security adviser, so a rank says
    nothing of which offices its wearer holds."""
    ranks = set(lexicon.rules("person_name_repair.yaml").get("rank_titles", []))
    return {t for t in offices(role_cues(roles)[1]) if t not in ranks}


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Lower-case titles and roles, single- and multi-word (roles.txt plus honorifics.txt)."""
    return lexicon.words("roles.txt") | lexicon.words("honorifics.txt")


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Every word that occurs in a title: a phrase before a name is a role when it has one."""
    words = set()
    for title in titles():
        words.update(title.split())
    return frozenset(words)


def ends_in_title(words: list[str]) -> bool:
    """Whether lower-cased ``words`` end in a title: a one-word title, or the whole of a longer
    one whose last word is no title alone ("Secretary of State", not "the Iowa state Senate")."""
    if not words:
        return False
    whole = f" {' '.join(words)}"
    return any(
        (" " not in title and words[-1] == title) or (" " in title and whole.endswith(f" {title}"))
        for title in _titles_by_last_word().get(words[-1], ())
    )


@lru_cache(maxsize=1)
def _titles_by_last_word() -> dict[str, tuple[str, ...]]:
    """The titles by their last word, made once: ``ends_in_title`` (asked of every phrase before a
    name) tried every title in turn."""
    found: dict[str, list[str]] = {}
    for title in sorted(titles()):
        found.setdefault(title.split()[-1], []).append(title)
    return {word: tuple(group) for word, group in found.items()}


@lru_cache(maxsize=1)
def org_nouns() -> frozenset[str]:
    """Nouns that head organisation names ("ministry", "party"): such a name is not a person's."""
    return lexicon.words("org_nouns.txt")


@lru_cache(maxsize=1)
def org_staff_nouns() -> frozenset[str]:
    """Nouns an organisation has and a person does not ("founder", "employees"): "Eccotemp founder
    Mike Elrod" says Eccotemp is a company."""
    return lexicon.words("org_staff_nouns.txt")


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    return lexicon.words("honorifics.txt")


@lru_cache(maxsize=1)
def address_forms() -> frozenset[str]:
    """Honorifics that say nothing of an office ("Mr.", "Dr."; ``address_forms`` in
    person_name_repair.yaml): the titles of office on the same list ("President", "Sen.") tell
    people of one surname apart, so role comparisons keep them."""
    plain = set(lexicon.rules("person_name_repair.yaml").get("address_forms", []))
    return frozenset(h for h in honorifics() | titles() if h.rstrip(".") in plain)


def office_prefixes(phrase) -> set[str]:
    """The words of a role phrase that make its noun another office ("vice", "deputy"): a holder
    of the bare role ("President Ann Lee") does not hold it (rule group ``office_prefix``)."""
    if not rules.enabled("office_prefix"):
        return set()
    return {t.lower_ for t in phrase if t.lower_ in lexicon.words("role_office_prefixes.txt")}
