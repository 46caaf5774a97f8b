"""Person names repaired before cross-article linking.

The per-article stage sometimes hands the linker names an analyst would not accept as a person:
hover-card text glued to a name ("Bernie Sanders Bernie SandersWarren", "Mike Lee Michael"),
a title kept in front ("Officers Thomas Lane"), headline and widget words ("Key Trump",
"Replay More Videos"), a platform or a disease typed PERSON ("Twitter", "COVID-19"), or a
surname the model typed GPE/ORG although the article names that person in full ("Sheriff
Scott Israel ... Israel said"). ``repair_mentions`` fixes these per article, from data in
``person_name_repair.yaml``, before mentions are grouped.

The variant keys that join spellings of one name are in ``name_variants``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import yaml

from newsprism.config import data_path
from newsprism.entities.descriptor_names import join_descriptor_names
from newsprism.entities.name_shape import title_of_a_contest, without_edge_words
from newsprism.entities.name_variants import name_parts
from newsprism.models import Mention
from newsprism.nlp import lexicon
from newsprism.nlp.entity_lists import is_place_name, non_person_label
from newsprism.people import names, place_names, role_words
from newsprism.people.dictionary import common_words, is_epithet, is_plural_noun

_GLUED = re.compile(r"[A-Z][a-z]{3,}(?=[A-Z])")  # "SandersWarren", "TrumpGOP": a hover card runs on


@lru_cache(maxsize=1)
def repair_rules() -> dict:
    """``person_name_repair.yaml`` with its lists as sets."""
    rules = yaml.safe_load(data_path("person_name_repair.yaml").read_text("utf-8"))
    not_people = {}
    for kind, found in rules.get("not_people", {}).items():
        for name in found:
            not_people[names.plain(name)] = None if kind == "none" else kind
    return {
        "junk_words": frozenset(rules.get("junk_words", [])),
        "edge_junk_words": frozenset(rules.get("edge_junk_words", [])),
        "trailing_junk_words": frozenset(rules.get("trailing_junk_words", [])),
        "address_forms": frozenset(rules.get("address_forms", [])),
        "widget_words": frozenset(rules.get("widget_words", [])),
        "place_tails": frozenset(rules.get("place_tails", [])),
        "surname_place_tails": frozenset(rules.get("surname_place_tails", [])),
        "junk_characters": tuple(rules.get("junk_characters", [])),
        "credit_words": frozenset(rules.get("credit_words", [])),
        "not_people": not_people,
    }


@lru_cache(maxsize=1)
def _one_word_titles() -> frozenset[str]:
    found = {t for t in role_words.titles() if " " not in t}
    return frozenset(found | {t.rstrip(".") for t in found})


def _is_title(word: str) -> bool:
    """A title before a name ("Officers", "Sheriff", "Ayatollah", "Gen."), plural or not."""
    low = word.lower()
    titles = _one_word_titles()
    return low in titles or low.rstrip(".") in titles or (low.endswith("s") and low[:-1] in titles)


@lru_cache(maxsize=8192)
def clean_person_name(name: str) -> str:
    """The person's name in ``name``, or "" when none is left.

    Cuts hover-card glue and a repeated name, drops titles and junk words at the edges.
    """
    rules = repair_rules()
    name = _cut_glue(name)
    if any(w.lower() in rules["junk_words"] for w in name.split()):
        return ""
    if _photo_credit(name, rules["credit_words"]):
        return ""
    if any(ch in name for ch in rules["junk_characters"]):
        name = re.split("[" + re.escape("".join(rules["junk_characters"])) + "]", name)[0]
    words = name.split()
    edge = rules["edge_junk_words"]
    while words and (words[0].lower() in edge or (_is_title(words[0]) and len(words) > 1)):
        words.pop(0)
    words = without_edge_words(words)
    if len(words) == 2 and (_OUTLINE_NUMBER.match(words[0]) or _epithet_before(words)):
        words.pop(0)  # "I. Smith argues ...": an outline's numeral; "Crooked Hillary", "Onetime Smith"
    if len(words) == 1 and len(words[0].strip(".")) <= 1:
        return ""  # "I" of a transcript, a lone initial: no one's name
    while len(words) > 2 and words[-1].lower() in edge:  # "Thomas More", "Francis Scott Key" keep theirs
        words.pop()
    while len(words) > 1 and words[-1].lower() in rules["trailing_junk_words"]:
        words.pop()
    if len(words) == 1 and _is_title(words[0]):
        return ""  # "Judge", "General" alone: a form of address, not somebody named Judge
    if len(words) > 1 and words[-1].lower().endswith("s") and words[-1].lower()[:-1] in _role_nouns():
        return ""  # "Ferguson Protesters": a group of people, no one's name
    return " ".join(_cut_repeat(words))


_OUTLINE_NUMBER = re.compile(r"^(?:I|[IVX]{2,})\.$")  # "I.", "IV.": no initial before one surname


def _epithet_before(words: list[str]) -> bool:
    """ "Crooked Hillary": an adjective nobody bears as a given name before a given name; "Onetime
    Smith", "Longtime Smith" (a headline's capitals): a word describing a title's holder
    (``label_modifiers.txt``, as "former") before one name; a plural noun before one name. An
    adjective that is also a name word before a surname ("Bandy Lee") is that person's given name."""
    if names.is_given_name(words[0]):
        return False
    if words[0].lower() in lexicon.words("label_modifiers.txt") or is_plural_noun(words[0]):
        return True  # "Onetime Smith"; "Discussions Smith will have": a sentence's plural subject
    if names.is_name_word(words[0]) and names.fold_word(words[1]) in names.listed_surnames():
        return False  # "Bandy Lee": a word people bear as a name, before a surname, is a given name
    return is_epithet(words[0]) and names.is_given_name(words[1])


def _photo_credit(name: str, credit_words: frozenset[str]) -> bool:
    """ "Jane Roe/Reuters", "Jane Roe/File Photo": a photographer's credit, page furniture."""
    if "/" not in name:
        return False
    after = name.split("/", 1)[1].split()
    return bool(after) and after[0].strip(".,()").lower() in credit_words


_DIGIT_GLUE = re.compile(r"(?<=[a-z])\d|\s\d")  # "McCain2020 Democrats", "Comey 03"
_DOTTED = re.compile(r"\s\S*[a-z]\.[a-z]{2,}")  # "pic.twitter.com" after a name
_POSSESSIVE_INSIDE = re.compile(r"['’]s?\s")
_COMMA = re.compile(r",\s*(?!(?:jr|sr|ii|iii|iv)\b)", re.IGNORECASE)  # "Obama, Race" is no one name


def _cut_glue(name: str) -> str:
    """The name in front of glued page text: a hover card or headline run on ("SandersWarren",
    "McCain2020 Democrats", "Plank pic.twitter.com"); when the glue is inside the first word
    ("CorkerLindsey Graham") the name is the full name after it."""
    glued = _GLUED.search(name)  # four lower-case letters first: "McConnell", "LaPierre" are names
    if glued and " " not in name[: glued.end()] and len(name[glued.end() :].split()) >= 2:
        name = name[glued.end() :]
    elif glued:
        name = name[: glued.end()]
    for pattern in (_DIGIT_GLUE, _DOTTED, _COMMA):
        found = pattern.search(name)
        name = name[: found.start()] if found and found.start() > 0 else name
    return _owner_or_owned(name)


def _owner_or_owned(name: str) -> str:
    """ "Armour's Kevin Plank": the full name after a possessive; "Obama's Ferguson": the owner."""
    parts = _POSSESSIVE_INSIDE.split(name, maxsplit=1)
    if len(parts) < 2 or not parts[1].strip():
        return name
    owner, owned = parts[0].strip(), parts[1].strip()
    owned_words = owned.split()
    if len(owned_words) >= 2 and names.given_name_gender(owned_words[0]):
        return owned
    return owner


def _cut_repeat(words: list[str]) -> list[str]:
    """ "Bernie Sanders Bernie" / "Mike Lee Michael": a second given name after the surname starts
    the same name again (a hover card), so the name ends before it."""
    if len(words) < 3:
        return words
    nickname_of = names.name_rules()["nickname_of"]
    first = names.fold_word(words[0])
    first = nickname_of.get(first, first)
    for i in range(2, len(words)):
        word = names.fold_word(words[i])
        if nickname_of.get(word, word) == first:
            return words[:i]
    return words


@lru_cache(maxsize=8192)
def not_person_type(name: str) -> str | None | bool:
    """The right type for a name that is not a person's (a platform, a disease), None for "no
    entity", or False when the name is not on the list."""
    return repair_rules()["not_people"].get(names.plain(name), False)


_ROLE_FRAGMENT_END = frozenset({"and", "or", "of", "the", "a", "an", "for", "to", "in", "at", "on", "with"})


def clean_roles(roles: list[str]) -> list[str]:
    """Roles an analyst accepts: not an honorific ("Mr.", "Dr."), not cut off mid-phrase ("director
    of the Institute for Near East and"), no page furniture ("CLOSE President", "MORE (D-Calif.")."""
    rules = repair_rules()
    kept = []
    for role in roles:
        words = role.split()
        while len(words) > 1 and words[0].lower() in rules["edge_junk_words"] and words[0].istitle():
            words.pop(0)  # "Read Judge": a link's word run into the title
        role = " ".join(words) if words else role
        if not words or names.plain(role) in rules["address_forms"]:
            continue
        if words[-1].lower() in _ROLE_FRAGMENT_END or any(ch in role for ch in "()|@#:"):
            continue
        if any(w.isupper() and w.lower() in rules["widget_words"] for w in words):
            continue
        if len(words) > 2 and _ends_in_a_full_name(words):
            continue  # "candidate Julian Castro": another person named in a list before this one
        if (
            len(words) == 1
            and not _is_title(words[0])
            and words[0].islower()
            and names.plain(role) not in _role_nouns()
        ):
            continue  # "senior": an adjective left over
        kept.append(role)
    return kept


def _ends_in_a_full_name(words: list[str]) -> bool:
    """A common given name, then a listed surname that is no title ("Julian Castro"; not "Los
    Angeles Mayor", "VA Ann Arbor")."""
    given, last = words[-2], words[-1]
    return (
        last[:1].isupper()
        and names.common_given_name(given)
        and names.fold_word(last) in names.listed_surnames()
        and last.lower() not in role_words.title_words()
    )


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    lines = data_path("person_nouns.txt").read_text("utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def repair_mentions(mentions: list[Mention]) -> list[Mention]:
    """One article's mentions with person names repaired; junk mentions are left out."""
    repaired: list[Mention] = []
    address = role_words.address_forms()  # "Mr." says who, though ``clean_roles`` drops it
    genders = {
        m.mention_id: role_words.role_cues([r for r in m.roles if r.lower() in address])[0]
        for m in mentions
        if m.label == "PERSON" and m.roles
    }
    for mention in mentions:
        if mention.label == "PERSON" and title_of_a_contest(mention):
            continue
        if mention.roles:
            mention = replace(mention, roles=clean_roles(mention.roles))
        name = mention.local_name or mention.text
        kind = not_person_type(names.strip_possessive(name))
        if kind is None:
            continue
        if kind:
            repaired.append(replace(mention, label=kind, local_name=name))
            continue
        if mention.label == "ORG" and not names.is_acronym(name) and place_names.is_known_place(name):
            mention = replace(mention, label="GPE")  # "Crimea" typed ORG is the place
        if mention.label == "PERSON":
            clean = clean_person_name(name)
            if not clean or not any(ch.isupper() for ch in clean):
                continue
            kind = not_person_type(clean)
            other = non_person_label(clean)  # a place, body or slogan ("State House", "Team X")
            if kind is None or other == "":
                continue
            mention = replace(mention, local_name=clean, label=kind or other or _org_by_tail(clean))
            if mention.label == "PERSON" and not written_in(mention.text, clean):
                mention = _on_its_own(mention)  # "Twitter" of "Trump's Twitter" is not Trump
                if mention is None:
                    continue
        repaired.append(mention)
    return _join_surnames(_split_lists(join_descriptor_names(repaired, genders)))


def written_in(text: str, name: str) -> bool:
    """Is a one-word mention a word of the person's name, its nickname or its initials? A longer
    mention is taken as it is. "Hillary", "Bernie" (Bernard), "TRUMP" are; "Twitter", "Photos",
    "Arizona" taken from "Trump's Twitter", "Donald Trump Photos", "Trump's Arizona" are not."""
    words = names.plain(names.strip_possessive(text)).split()
    if len(words) != 1:
        return True
    name_words = names.plain(name).split()
    written = names.strip_possessive(text).strip()
    if written.isupper() and len(words[0]) > 2 and words[0] == "".join(w[0] for w in name_words):
        return True  # "MBS" for Mohammed bin Salman: the initials of every word
    if "." in written.rstrip(".") or (written.isupper() and len(written) <= 2):  # "U.N.", "UN"
        return words[0] == "".join(w[0] for w in name_words)
    nickname_of = names.name_rules()["nickname_of"]
    word = names.fold_word(words[0])
    # a common word equal to a name word only once folded, and no listed nickname: "All" is no "Al"
    folded_only = words[0] not in name_words and word not in nickname_of and words[0] in common_words()
    if folded_only:
        return False
    for part in name_words:
        folded = names.fold_word(part)
        if folded == word or nickname_of.get(folded, folded) == nickname_of.get(word, word):
            return True
    return False


def _on_its_own(mention: Mention) -> Mention | None:
    """A mention cut from a longer span that is no part of the person: a platform or a place it
    names on its own ("Twitter", "Arizona"), else nobody."""
    own = names.strip_possessive(mention.text)
    kind = not_person_type(own) or ("GPE" if is_place_name(own) else non_person_label(own))
    return replace(mention, label=kind, local_name=own) if kind else None


def _org_by_tail(name: str) -> str:
    """ "Obama White House", "Trump Campaign": a name ending in an organisation noun is an ORG."""
    words = names.plain(name).split()
    tails = {" ".join(words[-2:]), words[-1]} if len(words) > 1 else set()
    if tails & role_words.org_nouns():
        return "ORG"
    if len(words) > 1 and not_person_type(words[0]) == "ORG":
        return "ORG"  # "Breitbart Texas", "Amazon Marketplace": a platform's edition or service
    if len(words) > 1 and not_person_type(words[0]) is None and not any(map(names.common_given_name, words)):
        return "ORG"  # "Autism Speaks": a body named for a disease (not "Ebola Czar Ron Klain")
    last = name.split()[-1]
    if (
        len(words) > 1
        and not names.is_given_name(words[0])
        and (is_place_name(last) or place_names.is_known_place(last))
    ):
        return "ORG"  # "Vanguard Africa": a body named for the place it works in
    return "FAC" if names_a_building(name) else "PERSON"


def names_a_building(name: str) -> bool:
    """ "Trump Tower", "Lincoln Memorial": a place named after someone; "John Tower" (a surname
    tail after a given name) is a person."""
    words = names.plain(name).split()
    tails = {" ".join(words[-2:]), words[-1]} if len(words) > 1 else set()
    place_tails = tails & repair_rules()["place_tails"]
    return bool(place_tails) and not (
        names.common_given_name(words[0]) and place_tails & repair_rules()["surname_place_tails"]
    )


def _split_lists(mentions: list[Mention]) -> list[Mention]:
    """A "name" made of several people the article names ("Trump Graham", "Sanders Elizabeth
    Warren", "Joe Biden Parnas": a list or a headline) is no one; the mentions linked to it keep
    their own words."""
    full_names = {_name_words(m.local_name) for m in mentions if m.label == "PERSON"}
    full_names = {n for n in full_names if len(n) > 1}
    alone = {names.plain(m.text) for m in mentions if m.label == "PERSON" and " " not in m.text.strip()}
    lists = set()
    for name in full_names:
        others = full_names - {name}
        if _segments(name, others, {n[-1] for n in others}) > 1:
            lists.add(name)
        elif len(name) > 2 and name[:-1] in others and name[-1] in alone:
            lists.add(name)
    kept = []
    for mention in mentions:
        if mention.label == "PERSON" and _name_words(mention.local_name) in lists:
            own = clean_person_name(mention.text)
            if not own or _name_words(own) in lists:
                continue
            mention = replace(mention, local_name=own)
        kept.append(mention)
    return kept


def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name without a generational suffix, plain."""
    suffixes = names.name_rules()["suffixes"]
    return tuple(w for w in names.plain(name).split() if w not in suffixes)


def _segments(words: tuple[str, ...], full_names: set[tuple[str, ...]], surnames: set[str]) -> int:
    """How many known people (full names or surnames) the words are, in order; 0 if they are not."""
    count, at = 0, 0
    while at < len(words):
        longest = max((len(n) for n in full_names if words[at : at + len(n)] == n), default=0)
        if not longest and words[at] in surnames:
            longest = 1
        if not longest:
            return 0
        at += longest
        count += 1
    return count


def _join_surnames(mentions: list[Mention]) -> list[Mention]:
    """A one-word ORG/GPE/NORP/LOC mention that is the surname of exactly one person named in
    full in the article is that person ("Israel" after "Sheriff Scott Israel"), unless the article
    also speaks of the place's people ("Israeli"), which marks the place."""
    full_by_surname: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.label == "PERSON":
            name = mention.local_name or mention.text
            first, _, last, _ = name_parts(name)
            if first:
                full_by_surname.setdefault(last, set()).add(name)
    demonym_places = {
        names.plain(place_names.demonym_place(m.text) or "") for m in mentions if m.label == "NORP"
    } - {""}
    joined = []
    for mention in mentions:
        text = names.strip_possessive(mention.text)
        if mention.label in ("ORG", "GPE", "LOC", "NORP") and _surname_word(text):
            owners = full_by_surname.get(names.fold_word(text), set())
            place = names.plain(place_names.canonical_place(text))
            if len(owners) == 1 and place not in demonym_places:
                mention = replace(mention, label="PERSON", local_name=next(iter(owners)))
        joined.append(mention)
    return joined


def _surname_word(text: str) -> bool:
    """One word of letters that may be a surname: never an acronym or abbreviation ("U.N.", "UN",
    "Minn."), which folds to a short surname ("Un") without being one."""
    letters = text.replace("'", "").replace("’", "").replace("-", "")
    return len(text.split()) == 1 and letters.isalpha() and not names.is_acronym(text)
