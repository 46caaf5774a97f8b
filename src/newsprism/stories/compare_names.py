"""Named actors per outlet: whom only one outlet names, and whom most name but one leaves out.

A name there must be an actor, not debris: an outlet's own name or another's ("Reuters", "Fox
News" for "Fox Online News", "Post" for "Capitol Post") is a byline or a credit; a single
capitalised word the story's texts write at least twice as often inside a longer capitalised name
as alone ("Hill" of "Capitol Hill", "State" of "Secretary of State" and "State Department") is a
fragment of those names, not somebody else, while "Facebook", which a story also writes alone
besides "Facebook Inc.", stays. A link or a photo credit ("REUTERS/Jane Roe") is no name at all.
"""

from __future__ import annotations

import re
from collections import Counter

from newsprism.models import Mention
from newsprism.stories.compare_debris import has_link
from newsprism.stories.compare_text import WORD, most_others_carry
from newsprism.stories.features import stopwords

ACTOR_NAME_LABELS = ("PERSON", "ORG")
_CAPITALISED_RUN = re.compile(
    r"[A-Z][\w.’'&-]*(?:(?:\s+(?:of|the|and|for|de|la))?\s+[A-Z][\w.’'&-]*)*"
)  # "Secretary of State Lena Ortiz", "The State Department"
_POSSESSIVE = re.compile(r"['’]s?$")
INSIDE_RATIO = 2  # a word written this many times as often inside longer names as alone is their fragment
_OUTLET_KIND = re.compile(r"\s*(?:\([^)]*\)|\s-\s.*)$")  # "CNN (Web News)", "New York Times - News"


def outlet_words(outlets) -> set[str]:
    """The lower-cased words of the outlets' names, without their kind ("(Web News)", "- Opinion")."""
    found: set[str] = set()
    for outlet in outlets:
        found.update(w.lower() for w in WORD.findall(_OUTLET_KIND.sub("", outlet)))
    return found


def fragments(mentions: list[Mention], outlets, name_of, texts=()) -> set[str]:
    """Lower-cased names that are no actor: every word in an outlet's name, a link or credit, or
    one capitalised word ``texts`` write at least twice as often inside a longer capitalised name
    as alone ("State" of "Secretary of State", not "Facebook" of "Facebook Inc.")."""
    of_outlets = outlet_words(outlets)
    names = {name_of(m) for m in mentions}
    single = {  # one capitalised word, not an acronym ("ATF" is a name of its own)
        name for name in names if name[:1].isupper() and not name.isupper() and len(WORD.findall(name)) == 1
    }
    inside, alone = _capitalised_uses(texts, single)
    found = set()
    for name in names:
        words = [w.lower() for w in WORD.findall(name)]
        credit = "/" in name and all(w in of_outlets for w in WORD.findall(name.split("/")[0].lower()))
        if not words or all(w in of_outlets for w in words) or credit or has_link(name):
            found.add(name.lower())
        elif name in single and inside[name] >= INSIDE_RATIO * max(1, alone[name]):
            found.add(name.lower())
    return found


def _capitalised_uses(texts, single: set[str]) -> tuple[Counter, Counter]:
    """How often each of the ``single`` words stands inside a longer capitalised name in the texts,
    and how often alone (a leading stop word, "The Kremlin", does not make a name longer)."""
    inside, alone = Counter(), Counter()
    if not single:
        return inside, alone
    stop = stopwords()
    for text in texts:
        for run in _CAPITALISED_RUN.finditer(text):
            words = run.group().split()
            while len(words) > 1 and words[0].lower() in stop:
                words.pop(0)
            for word in (_POSSESSIVE.sub("", w).rstrip(".,") for w in words):
                if word in single:
                    (inside if len(words) > 1 else alone)[word] += 1
    return inside, alone


def named_carriers(
    mentions: list[Mention], outlet_of: dict[str, str], name_of
) -> dict[str, tuple[str, set[str]]]:
    """Lower-cased name of each person and organisation -> (display name, outlets naming it)."""
    found: dict[str, tuple[str, set[str]]] = {}
    for m in mentions:
        if m.label in ACTOR_NAME_LABELS:
            name = name_of(m)
            found.setdefault(name.lower(), (name, set()))[1].add(outlet_of[m.article_id])
    return found


def names_only_here(named, no_actor, mentions_of, arts, outlet, name_of, limit) -> list[str]:
    """People and organisations this outlet names and no other does, most mentioned first."""
    mine = Counter(
        name_of(m) for a in arts for m in mentions_of[a.article_id] if m.label in ACTOR_NAME_LABELS
    )
    found = [
        n
        for n, _ in mine.most_common()
        if n.lower() not in no_actor and named.get(n.lower(), ("", {outlet}))[1] <= {outlet}
    ]
    return found[:limit] if limit is not None else found


def names_left_out(named, no_actor, mentions_of, arts, outlet_count, outlet, name_of, limit) -> list[str]:
    """Names most other outlets use (at least two of them) that this outlet never uses."""
    mine = {name_of(m).lower() for a in arts for m in mentions_of[a.article_id]}
    others = {
        key: who - {outlet} for key, (_, who) in named.items() if key not in mine and key not in no_actor
    }
    display = {key: name for key, (name, _) in named.items()}
    found = [k for k, who in others.items() if most_others_carry(len(who), outlet_count)]
    found.sort(key=lambda k: (-len(others[k]), k))
    rows = [display[k] for k in found]
    return rows[:limit] if limit is not None else rows
