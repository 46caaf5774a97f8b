"""Which of several people sharing a name a mention is: by the article's cues, then by salience.

A careful reader gives "Mrs. Obama" to the woman and "President Obama" to the man who held that
office (``fitting``); a bare surname with no cue goes to the bearer the corpus names far more often
(``salient``): the president, not his daughter. When neither decides, the mention stays unlinked.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from newsprism.entities.name_repair import not_person_type
from newsprism.models import Entity
from newsprism.nlp import lexicon
from newsprism.nlp.entity_lists import is_org_head, is_place_name, non_person_label
from newsprism.people import names, place_names, role_words
from newsprism.people.dictionary import common_words

SALIENCE_RATIO = 3  # the chosen bearer has at least this many times the next one's mentions


def fitting(roles: list[str], found: list[Entity], parse) -> list[Entity]:
    """People of one surname told apart by the article's own words: "President Obama", "Mrs. Obama".

    A candidate fits when no gender cue of the mention contradicts it and, if the mention has a
    title, the candidate has held that title. Only a single fitting candidate is of any use.
    """
    genders, titles = role_words.role_cues(roles)
    if not genders and not titles:
        return found
    kept = []
    for entity in found:
        their_genders, their_titles = role_words.role_cues(entity.roles)
        given = names.gender_of(parse(entity.name))
        their_genders |= {given} if given else set()
        if genders and their_genders and not their_genders <= genders:
            continue
        if titles and not titles & their_titles:
            continue
        kept.append(entity)
    return kept if len(kept) == 1 else found


def gender_clash(genders: set[str], entity: Entity, parse) -> bool:
    """A person the group's honorifics rule out: "Mrs. X" against a man known by his given name or
    by his kin words ("son", "husband"). A person of unknown gender never clashes."""
    their_genders, _ = role_words.role_cues(entity.roles)
    given = names.gender_of(parse(entity.name))
    their_genders |= {given} if given else set()
    return bool(genders and their_genders and not their_genders & genders)


def office_holders(roles: list[str], found: list[Entity]) -> list[Entity]:
    """The bearers of a surname written under the title of an office one person holds at a time
    ("President X"; ``sole_offices``) who may hold it: not one whose roles name offices, none of
    them this one (the only X named in full may be a senator, a secretary of state); the namesake
    who held it, or nobody known yet. A military rank decides nothing (``role_words.held_offices``)."""
    sole = set(lexicon.rules("person_name_repair.yaml").get("sole_offices", []))
    ours = role_words.held_offices(roles) & sole
    if not ours:
        return found
    kept = []
    for entity in found:
        theirs = role_words.held_offices(entity.roles)
        if not theirs or theirs & ours:
            kept.append(entity)
    return kept


def salient(found: list[Entity], weight: Callable[[Entity], int]) -> list[Entity]:
    """The one bearer named far more often than any other, or all of them when none stands out."""
    ranked = sorted(found, key=lambda e: -weight(e))
    if len(ranked) > 1 and weight(ranked[0]) >= SALIENCE_RATIO * max(1, weight(ranked[1])):
        return ranked[:1]
    return found


def person_shaped(label: str, name: str) -> bool:
    """An ORG/GPE/FAC name written as a person's full name: a given name (or a first word that is
    no English word, "Tulsi"), then one or two names ("Lester Holt" typed ORG), which then joins
    the person of that full name if there is one."""
    words = name.split()
    return (
        label in ("ORG", "GPE", "FAC")
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and bool(names.given_name_gender(words[0]) or _no_word(words[0]))
        and not any(w.lower() in role_words.org_nouns() for w in words)
        and non_person_label(name) is None  # "North Carolina", "Washington Post"
    )


def _no_word(word: str) -> bool:
    """A capitalised word no English word list knows: a name, perhaps a given name no list has."""
    return word.isalpha() and word.lower() not in common_words()


def full_name_key(name: str) -> str:
    """The key a person's full name is stored under (given name and surname)."""
    parsed = names.parse_person(name)
    return f"pfl:{parsed.first} {parsed.last}|{parsed.suffix}"


def surname_shaped(label: str, name: str) -> bool:
    """One capitalised word typed ORG/GPE/FAC that is no known place (a city that is also a given
    name, "Washington", included), acronym or listed thing (an outlet or platform, "Bloomberg"): it
    may be a person's surname the model mistyped ("Holt", "Ford")."""
    return (
        label in ("ORG", "GPE", "FAC")
        and len(name.split()) == 1
        and name[:1].isupper()
        and not name.endswith(".")  # an abbreviation ("Minn.", "Calif.") is no surname
        and not names.is_acronym(name)
        and not is_place_name(name)
        and not_person_type(name) is False
        and not place_names.demonym_place(name)
        and name.lower() not in role_words.org_nouns()
        and not is_org_head(name)  # "House" is the chamber, never the surname of "State House"
    )


def person_for_surname(
    label: str, name: str, people: list[Entity], things: list[Entity], weight: Callable[[Entity], int]
) -> list[Entity]:
    """ "Holt" typed ORG in an article that never names him in full is the person, when the corpus
    knows one far more salient bearer of that surname than anything else of that name."""
    if not surname_shaped(label, name):
        return []
    people = salient(people, weight)
    if len(people) == 1 and weight(people[0]) >= SALIENCE_RATIO * max(1, sum(weight(e) for e in things)):
        return people
    return []


def given_name_key(parsed: names.PersonName) -> str:
    """The given-name key a one-word name reads: "Don Jr." (a given name and a suffix, no surname)
    reads its nickname's formal name, the key "Donald Trump Jr." is stored under."""
    first = names.name_rules()["nickname_of"].get(parsed.last, parsed.last) if parsed.suffix else parsed.last
    return f"pf:{first}|{parsed.suffix}"


def called_by_given_name(
    written: str, parsed: names.PersonName, people: list[Entity], families: set[str]
) -> list[Entity]:
    """The people a lone given name may be: an entity of that one word, a full name written with
    that word first ("Eric" for "Eric Adams", "Xi" for "Xi Jinping") or of the family the mention
    names ("Mr. Kade's wife Dana"); never a full name whose given name is only the word's formal
    twin ("William" of a foundation's name is not "Bill Clinton"). With a suffix ("Don Jr.") the
    given name is a name in itself."""
    if parsed.suffix:
        return people
    word = names.plain(written)
    return [
        e
        for e in people
        if len(e.name.split()) == 1 or word in _first_words(e.aliases) or _parsed_last(e.name) in families
    ]


def _names_a_relative(roles: list[str]) -> bool:
    """ "his wife", "President Trump's daughter": a role of someone's relative."""
    return any(role_words.is_kin_role(role) for role in roles)


def _first_words(aliases: list[str]) -> set[str]:
    """The first word of each form a person is written in (folded)."""
    return {plain.split()[0] for plain in map(names.plain, aliases) if plain}


def no_relative_under_other_title(roles: list[str], found: list[Entity]) -> list[Entity]:
    """The bearers a bare surname may be, less a relative ("first lady Melania Trump", "his son")
    when the mention's title ("President Trump") is none the relative holds: it is someone else's
    surname, even where the relative is the only bearer known so far."""
    titles = role_words.role_cues(roles)[1]
    if not titles:
        return found
    return [e for e in found if not _names_a_relative(e.roles) or titles & role_words.role_cues(e.roles)[1]]


def surname_bearers(
    candidates: Callable, written: str, parsed: names.PersonName, roles: list[str]
) -> list[Entity]:
    """The people a one-word name (``written`` as the article wrote it) may be: those named in
    full with it as their surname (less a relative under another title), else an entity itself
    only that word (a full name beats it; a "Jr." person who took a bare surname in his own
    article is none), else the person of that given name and suffix ("Don Jr."). Under a regnal
    title ("Pope Francis", "King George") the word is the name reigned under: only an entity of
    that one word. A relative named by a given name as someone's ("Vole's brother Andrew") bears
    that family's name."""
    suffix = parsed.suffix
    if any(names.is_regnal_title(role) for role in roles):  # not "Francis Rooney" by his given name
        singles = candidates(f"ps:{parsed.last}|{suffix}", ("PERSON",))
        return [e for e in singles if len(e.name.split()) == 1]
    found = no_relative_under_other_title(roles, candidates(f"pl:{parsed.last}|{suffix}", ("PERSON",)))
    families = role_words.kin_families(roles)
    if not found:
        found = called_by_given_name(
            written,
            parsed,
            [e for e in candidates(f"ps:{parsed.last}|{suffix}", ("PERSON",)) if _same_suffix(e, suffix)],
            families,
        ) or called_by_given_name(written, parsed, candidates(given_name_key(parsed), ("PERSON",)), families)
        found = [
            e
            for e in found
            if len(e.name.split()) == 1 or not _stranger_to_relative(written, roles, e.roles, e.aliases)
        ]
    if families:  # "Vole's brother Andrew" is a Vole: not "Andrew Lark", perhaps "Andrew Vole"
        return [e for e in found if len(e.name.split()) == 1 or _parsed_last(e.name) in families]
    return found


def _same_suffix(entity: Entity, suffix: str) -> bool:
    """A one-word entity, or a person whose full name has this suffix: "Donald Trump Jr.", who
    took his article's bare "Trump", is no bearer of a bare "President Trump" elsewhere."""
    parsed = names.parse_person(entity.name)
    return parsed.is_single or parsed.suffix == suffix


def _parsed_last(name: str) -> str:
    return names.parse_person(name).last


def single_fits(parsed: names.PersonName, roles: list[str], entity: Entity, written: list[str]) -> bool:
    """May a full name (``written`` as these forms) take over an entity known so far only by that
    one word? Not when the word is neither its surname nor written in it ("Bill Clinton" is not the
    "William" of another article), nor when the entity's mentions say it is someone else: a gender
    cue against the full name's given name or roles, or, for a relative ("first lady Melania
    Trump", "his son"), a role the relative does not hold ("President Trump", linked before any
    full name was met); nor a sovereign's regnal name ("Pope Francis" is no Francis by surname);
    nor a relative known by a given name as someone's ("Vole's brother Andrew") taken by a full
    name of another family ("Andrew Lark")."""
    if any(names.is_regnal_title(role) for role in entity.roles):
        return False
    written_words = {word for form in written for word in names.plain(form).split()}
    if _parsed_last(entity.name) != parsed.last and names.plain(entity.name) not in written_words:
        return False
    families = role_words.kin_families(entity.roles)
    if families and names.plain(entity.name) == parsed.first and parsed.last not in families:
        return False  # "Vole's brother Andrew" is a Vole, not "Andrew Lark"
    if _stranger_to_relative(entity.name, entity.roles, roles, written):
        return False  # "his wife, Jill" is no "Jill Stein", whom her article never calls "Jill"
    genders, titles = role_words.role_cues(roles)
    given = names.gender_of(parsed)
    genders |= {given} if given else set()
    their_genders, their_titles = role_words.role_cues(entity.roles)
    if genders and their_genders and not their_genders <= genders:
        return False
    theirs, ours = role_words.offices(their_titles), role_words.offices(titles)
    if theirs and ours and not theirs & ours:
        return False  # "Democratic nominee Hillary Clinton" is not the "President Clinton" met before
    return not (_names_a_relative(roles) and their_titles and not their_titles & titles)


def _stranger_to_relative(word: str, relative_roles: list[str], roles: list[str], forms: list[str]) -> bool:
    """Whether one word named as someone's relative without the family ("his wife, Jill", under
    ``relative_roles``) and a full name that is nobody's relative (``roles``) and is never written
    as that one word (``forms``) are two people ("Jill Stein"), whichever was linked first."""
    if role_words.kin_families(relative_roles) or not _names_a_relative(relative_roles):
        return False
    return not _names_a_relative(roles) and names.plain(word) not in {names.plain(f) for f in forms}


def unique(found: list[Entity]) -> list[Entity]:
    """Each entity once, in the order first found."""
    return list({e.entity_id: e for e in found}.values())


def person_keys_of_thing(label: str, name: str) -> list[str]:
    """The person keys an ORG/GPE/FAC name is also looked up by: its full-name key when it is
    written as a person's full name, its surname key when it may be a mistyped surname."""
    if person_shaped(label, name):
        return [full_name_key(name)]
    if surname_shaped(label, name):
        return [f"pl:{names.parse_person(name).last}|"]
    return []


def compatible_with(parsed: names.PersonName, entity: Entity, parse=names.parse_person) -> bool:
    """The name fits the entity's name or a spelling it was already joined under, and no form of
    the entity with other middle names says it is someone else ("George H. W. Bush" is not the
    entity of "George W. Bush", whatever bare "George Bush" both were once called)."""
    forms = [parse(n) for n in [entity.name, *entity.aliases]]
    if parsed.middles and any(_other_middles(parsed, form) for form in forms):
        return False
    return any(names.compatible(parsed, form) for form in forms)


def middles_tell_apart(found: list[Entity], parse=names.parse_person) -> bool:
    """Do some of these people differ only by their middle names?"""
    forms = [[parse(n) for n in [e.name, *e.aliases]] for e in found]
    forms = [[f for f in own if f.middles] for own in forms]
    return any(
        _other_middles(a, b)
        for i, own in enumerate(forms)
        for theirs in forms[i + 1 :]
        for a in own
        for b in theirs
    )


def _other_middles(parsed: names.PersonName, form: names.PersonName) -> bool:
    """Same given name and surname, middle names that disagree: two people."""
    same = form.last == parsed.last and form.first == parsed.first and form.suffix == parsed.suffix
    return same and bool(form.middles) and not names.compatible(parsed, form)


@lru_cache(maxsize=1)
def _generations() -> tuple[str, ...]:
    """The suffixes that tell father from son ("jr", "sr"), not the numerals news drops: read once."""
    rules = names.name_rules()
    generations = {s.rstrip(".") for s in rules["suffixes"]} - {
        s.rstrip(".") for s in rules["optional_suffixes"]
    }
    return tuple(sorted(generations))


def generation_keys(parsed: names.PersonName) -> list[str]:
    """The full-name keys of the same name with or without a generational suffix: "Joe Biden"
    looks up "pfl:joseph biden|jr", "Joseph R. Biden Jr." looks up "pfl:joseph biden|"."""
    if parsed.is_single:
        return []
    suffixes = ("",) if parsed.suffix else _generations()
    return [f"pfl:{parsed.first} {parsed.last}|{suffix}" for suffix in suffixes]


def other_generation(
    candidates: Callable[..., list[Entity]],
    parsed: names.PersonName,
    roles: list[str],
    parse=names.parse_person,
    shared_office: bool = False,
) -> list[Entity]:
    """Some outlets write a generational suffix others leave out ("Joseph R. Biden Jr." and "Joe
    Biden", "Eric H. Holder Jr." and "Eric Holder"): the name joins the one person bearing it
    with or without the suffix when the article gives the office that person held, or when
    neither is known by any office. A kin word of another generation ("Donald Trump Jr., the
    president's son", "his father") keeps father and son apart, as does an office only one of them
    holds (a son is rarely written with his father's title); a brother or a wife does not. With
    ``shared_office`` (two entities already known, to be merged) only an office both hold joins:
    a hover card's legal name with no title ("Donald John Trump") is no evidence that the father
    and the son the corpus keeps apart are one."""
    if any(role_words.is_generation_kin_role(role) for role in roles):
        return []
    genders, titles = role_words.role_cues(roles)
    found = []
    for key in generation_keys(parsed):
        for entity in candidates(key, ("PERSON",)):
            if any(role_words.is_generation_kin_role(role) for role in entity.roles):
                continue
            their_genders, their_titles = role_words.role_cues(entity.roles)
            if genders and their_genders and genders != their_genders:
                continue
            written = names.PersonName(parsed.first, parsed.middles, parsed.last, parse(entity.name).suffix)
            no_office = not role_words.offices(titles) and not role_words.offices(their_titles)
            if (titles & their_titles or (no_office and not shared_office)) and compatible_with(
                written, entity, parse
            ):
                found.append(entity)
    found = unique(found)
    return found if len(found) == 1 else []


def kept_apart_in_article(local, found: Entity, by_article: dict) -> bool:
    """Two full names of one article that fit each other but that the article kept apart, one of them
    introduced as a relative ("Sam Roe" and "Roe's brother, Sam Lee Roe"), are two people: the later
    never joins the entity the other went to. Spelling variants ("Qaani"/"Ghaani") still join."""
    parsed = names.parse_person(local.name)
    if local.label != "PERSON" or parsed.is_single or not local.mention_ids:
        return False
    for other in by_article.get(local.mention_ids[0].rsplit(":m", 1)[0], ()):
        if other is local or other.label != "PERSON" or other.linked != found.entity_id:
            continue
        theirs = names.parse_person(other.name)
        kin = any(role_words.is_kin_role(r) for r in [*local.roles, *other.roles])
        if kin and not theirs.is_single and names.plain(other.name) != names.plain(local.name):
            if names.compatible(parsed, theirs):
                return True
    return False
