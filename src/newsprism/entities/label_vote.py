"""A name the corpus mostly types as a thing is no person, whatever one article's model said.

The model types an armed group, a movement or a party PERSON in some articles ("ISIS" in a
sentence about its fighters) and ORG or NORP in most. An article alone cannot tell, the corpus
can: a PERSON group whose name has no person's structure (no given name first, no honorific or
title in any of its mentions, nobody's surname) takes the label most mentions of that name carry
across the corpus. The counts are the linker's own, kept incrementally: the stored entities of
that name (their mention counters) plus this batch's groups, so no article is read again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from newsprism.models import Entity
from newsprism.people import names, place_names

VOTE_LABELS = ("ORG", "NORP", "GPE", "LOC", "FAC")
THING_LABELS = ("ORG", "GPE", "LOC", "FAC")  # a thing typed so in some articles takes the corpus's label
PLACE_KEEP = 3  # a name typed a place leaves it only for a label with three times its mentions
THING_SHARE = 4  # a word no list knows as a name is a thing with a quarter of its mentions typed so


def voted_name(name: str) -> str:
    """The name as the vote counts it: no possessive, folded."""
    return names.plain(names.strip_possessive(name))


def structureless(name: str, cued: bool) -> bool:
    """No person's structure: no honorific or title on any mention ("Mr.", "Sen."), no given name
    first, and not written with initials."""
    words = names.strip_possessive(name).split()
    if cued or not words or any("." in w for w in words):
        return False
    return not (len(words) > 1 and names.given_name_gender(words[0]))


def thing_keys(name: str) -> list[tuple[str, str]]:
    """(label, exact key) under which the name is stored as each kind of thing."""
    return [(label, place_names.name_keys(name, label)[0]) for label in VOTE_LABELS]


def person_key(name: str) -> str:
    """The key the name is stored under as a person."""
    return names.person_keys(names.parse_person(names.strip_possessive(name)))[0]


def surname_key(name: str) -> str:
    """The key of the people named in full whose surname this one-word name is."""
    return f"pl:{names.parse_person(names.strip_possessive(name)).last}|"


def vote_keys(label: str, name: str, cued: bool) -> list[str]:
    """The keys ``LabelVote.relabel`` and ``LabelVote.family`` read for a group of this label and
    name (to preload)."""
    if label in THING_LABELS:
        return [key for kind, key in thing_keys(name) if kind in THING_LABELS]
    if label != "PERSON":
        return []
    family = [f"pl:{s}|" for s in singulars(name)]
    family += [f"pl:{names.parse_person(names.strip_possessive(name)).last}|"] if family else []
    if not structureless(name, cued):
        return family
    return [person_key(name), surname_key(name), *family, *(key for _, key in thing_keys(name))]


def _full_name_of_another(entity: Entity, own: str) -> bool:
    return not names.parse_person(entity.name).is_single and voted_name(entity.name) != own


_ES_STEM_ENDS = ("s", "x", "z", "ch", "sh")  # English adds "-es" only after these


def singulars(name: str) -> list[str]:
    """The surnames a plural family name may be of: "Clintons" -> clinton, "Bushes" -> bush
    ("Grimes" is no plural of "Grimm": "-es" follows a sibilant only)."""
    words = names.strip_possessive(name).split()
    last = names.fold_word(words[-1]) if words else ""
    if not last.endswith("s") or len(last) < 5:
        return []
    es_plural = last.endswith("es") and last[:-2].endswith(_ES_STEM_ENDS)  # "Bushes"; not "Grimes"
    return [last[:-2]] * es_plural + [last[:-1]]


class LabelVote:
    """Mentions of each name by label in this batch; the corpus counts are read as needed."""

    def __init__(self, groups: Iterable[tuple[str, str, int, bool]]):
        """``groups``: (label, name, mentions, full person name) of each of the batch's groups."""
        self.batch: Counter = Counter()
        self.surnames: dict[str, set[str]] = {}  # surname -> the full names in the batch
        for label, name, mentions, full_name in groups:
            if label == "PERSON":
                self.batch[("PERSON", voted_name(name))] += mentions
                if full_name:
                    last = names.parse_person(name).last
                    self.surnames.setdefault(last, set()).add(voted_name(name))
            elif label in VOTE_LABELS:
                self.batch[(label, place_names.name_keys(name, label)[0])] += mentions

    def thing_mentions(self, name: str) -> int:
        """This batch's mentions of the name typed as a thing (ORG, GPE, ...)."""
        return sum(self.batch[(label, place_names.name_keys(name, label)[0])] for label in VOTE_LABELS)

    def family(self, name: str, candidates: Callable[[str, tuple[str, ...]], list[Entity]]) -> bool:
        """A surname in the plural ("the Clintons", "the George Bushes of this world"): a family or
        a kind, no one person. Its singular is the surname of somebody named in full, and the
        plural itself is nobody's surname ("Sanders", "Williams" are)."""
        plural = names.parse_person(names.strip_possessive(name)).last
        own = voted_name(name)
        if (
            not singulars(name)
            or self.surnames.get(plural, set()) - {own}
            or any(_full_name_of_another(e, own) for e in candidates(f"pl:{plural}|", ("PERSON",)))
        ):
            return False
        for single in singulars(name):
            bearers = candidates(f"pl:{single}|", ("PERSON",))
            if single in self.surnames or any(_full_name_of_another(e, own) for e in bearers):
                return True
        return False

    def thing_counts(self, name: str, candidates, weight) -> Counter:
        """Mentions of the name typed as each kind of thing, in this batch and the stored corpus."""
        things = Counter()
        for label, key in thing_keys(name):
            things[label] = self.batch[(label, key)] + sum(weight(e) for e in candidates(key, (label,)))
        return things

    def thing_label(self, label: str, name: str, candidates) -> str | None:
        """A place typed ORG in some articles is still the place ("Charlottesville": 249 mentions
        typed GPE, 88 ORG), a platform typed GPE still the company: a thing's group takes the thing
        label most mentions of its name carry across the corpus when its own label has fewer. The
        stored counts are those before this batch, which the batch's own counts hold already. A town
        the model types ORG as often as GPE ("Rockport") stays a place where it was typed one."""
        things = self.thing_counts(name, candidates, lambda entity: entity.mentions)
        best = max(THING_LABELS, key=lambda kind: (things[kind], kind))
        need = things[label] * (PLACE_KEEP if label in ("GPE", "LOC") and best not in ("GPE", "LOC") else 1)
        return best if best != label and things[best] > need else None

    def relabel(
        self,
        name: str,
        cued: bool,
        candidates: Callable[[str, tuple[str, ...]], list[Entity]],
        weight: Callable[[Entity], int],
        label: str = "PERSON",
    ) -> str | None:
        """The label a group of this name takes from the corpus vote, or None (its own): a PERSON
        group with no person's structure, the thing most mentions call it; a thing, ``thing_label``."""
        if label in THING_LABELS:
            return self.thing_label(label, name, candidates)
        if label != "PERSON" or not structureless(name, cued):
            return None
        parsed = names.parse_person(names.strip_possessive(name))
        bearers = candidates(surname_key(name), ("PERSON",))
        if parsed.is_single and (
            parsed.last in self.surnames or any(not names.parse_person(e.name).is_single for e in bearers)
        ):
            return None  # somebody's surname: the person stage decides whose
        plain = voted_name(name)
        person = self.batch[("PERSON", plain)] + sum(
            weight(e) for e in candidates(person_key(name), ("PERSON",)) if voted_name(e.name) == plain
        )
        things = self.thing_counts(name, candidates, weight)
        label, most = things.most_common(1)[0]
        if most and sum(things.values()) > person:
            return label
        # A word that is nobody's given name or listed surname ("Burisma", "Brexit") is a thing when
        # a fair share of its mentions say so, though the model typed most of them PERSON.
        word = names.strip_possessive(name)
        unnamed = parsed.is_single and not names.is_given_name(word)
        unnamed = unnamed and names.fold_word(word) not in names.listed_surnames()
        return label if most and unnamed and THING_SHARE * sum(things.values()) >= person else None
