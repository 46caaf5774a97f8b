"""A common word written before a surname is not that person's given name: "tell Congress Nunes
met with ...", in an article that names Devin Nunes, is Nunes; before a given name it is a
nickname ("'Heroine Hillary' introductory video" beside "Hillary Clinton" is Hillary Clinton).

The model makes one name of a capitalised word and the surname after it. When the word is a
common word of the dictionary and nobody's given name (``is_descriptor``), and the article names
exactly one person of that surname (else: of that given name) with a given name first, the
mentions linked to the run-on name are that person's. Run per article before mentions are
grouped (``name_repair``).
"""

from __future__ import annotations

from dataclasses import replace

from newsprism.models import Mention
from newsprism.people import names
from newsprism.people.dictionary import is_descriptor


def join_descriptor_names(
    mentions: list[Mention], genders: dict[str, set[str]] | None = None
) -> list[Mention]:
    """The article's mentions, a run-on "Descriptor Surname" name replaced by the one person of
    that surname the article names with a given name; not when the honorifics of the run-on's
    mentions (``genders``: mention id -> genders its honorific says) are against that person's
    given name: "Mitt" (a common word) of "Mitt Romney", written "Mr. Romney" after, is no run-on
    for "Ann Romney"."""
    by_surname: dict[str, set[str]] = {}
    by_given: dict[str, set[str]] = {}  # "Heroine Hillary" beside "Hillary Clinton": a nickname
    for mention in mentions:
        words = (mention.local_name or mention.text).split() if mention.label == "PERSON" else []
        if len(words) >= 2 and names.is_given_name(words[0]):
            by_surname.setdefault(names.plain(words[-1]), set()).add(mention.local_name or mention.text)
            by_given.setdefault(names.plain(words[0]), set()).add(mention.local_name or mention.text)
    # a word that is itself somebody's name in the article makes a list ("Trump Graham"), not this
    named = set(by_surname) | {
        names.plain(m.text) for m in mentions if m.label == "PERSON" and " " not in m.text
    }
    # a title or kin word before the name says the writer meant a name ("candidate Mitt Romney",
    # "her husband, Mitt Romney"), not a word run into a surname
    titled = {m.local_name or m.text for m in mentions if m.label == "PERSON" and m.roles}
    repaired = {}
    for mention in mentions:
        words = (mention.local_name or mention.text).split()
        if mention.label != "PERSON" or len(words) != 2 or names.plain(words[0]) in named:
            continue
        if (mention.local_name or mention.text) in titled:
            continue
        if is_descriptor(words[0]):
            owners = by_surname.get(names.plain(words[1])) or by_given.get(names.plain(words[1]), set())
            run_on = mention.local_name or mention.text
            if len(owners) == 1 and not _honorific_against(run_on, next(iter(owners)), mentions, genders):
                repaired[run_on] = next(iter(owners))
    if not repaired:
        return mentions
    return [
        replace(m, local_name=repaired[m.local_name or m.text])
        if m.label == "PERSON" and (m.local_name or m.text) in repaired
        else m
        for m in mentions
    ]


def _honorific_against(run_on: str, owner: str, mentions: list[Mention], genders) -> bool:
    """Do the honorifics of the mentions linked to ``run_on`` ("Mr.") say another gender than the
    given name of ``owner``?"""
    given = names.gender_of(names.parse_person(owner))
    said = {
        gender
        for m in mentions
        if (m.local_name or m.text) == run_on
        for gender in (genders or {}).get(m.mention_id, ())
    }
    return bool(given and said and given not in said)
