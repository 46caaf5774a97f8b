"""Key events one outlet alone tells (issue 18 point 5): a story whose timeline rows are each told
by a single outlet still gets its main actors' key acts in the brief's "What happened". Before
brief50b a story two or more outlets tell kept only rows two outlets share, so a rally four outlets
covered, each in its own words, read as one line.

A single-outlet row stands in when it tells a main actor's act (the actor, not a recipient) in the
outlet's own voice: not inside quotation marks, not as someone's speech ("Smith said the council
ousted him"), not from an opinion piece, in the article's first ``LEAD_SHARE`` (background and
colour come later), not the tail of a quotation opened in an earlier sentence, and, past its
opening, not in the present perfect ("The president has traveled numerous times to his
properties": a record, not the story's act; a timeline-only happening so told is no key event
however many outlets tell it: "Smith has denied wrongdoing"). The main actors are the story's
``LONE_ACTORS`` most present ones. They rank after every shared row, by ``lone_weight``: half the
share of the story's outlets telling a similar act (the same type by the same actor anywhere in the
story; a happening of no type with the same verb) plus how early the sentence stands in its article
(1 at its opening, 0 at ``LEAD_SHARE``: the lead is the outlet's own pick of the news), then by the
actor's salience.

A sentence opening with the pronoun that is its act's actor ("He mocked the protesters.") reads
alone once the name is given in brackets ("He [Ann Smith] mocked the protesters."), as an editor
quoting it would write.
"""

from __future__ import annotations

import re
from typing import Any

from newsprism.models import HAPPENING, Article, Event
from newsprism.stories.key_event_wording import reported

LEAD_SHARE = 0.6  # a lone outlet's act counts when told in this share of its article
LONE_ACTORS = 3  # the story's most present actors whose acts one outlet alone may tell
OPENING = 0.05  # the article's opening share, where a present perfect tells the news
OPINION = {"opinion", "editorial"}
PRONOUNS = {"he", "she", "they"}


def similar_outlets(told: list[Event], kept: list[Event], outlet_of: dict[str, str], key) -> set[str]:
    """Outlets telling an act of the same type by one of the same actors anywhere in the story (a
    timeline-only happening, of no type, only with the same verb: "rallied", "rejoined")."""

    def acts(found: Event) -> set[tuple[str, str, str]]:
        verb = (found.trigger or "").split()[:1] if found.type == HAPPENING else []
        return {(found.type, actor, verb[0].lower() if verb else "") for actor in key(found)[1]}

    mine = set().union(*map(acts, told)) if told else set()
    return {outlet_of[found.article_id] for found in kept if mine & acts(found)}


def lone_main_act(example: Event, actors: list[str], article: Article | None, key) -> bool:
    """Whether a row one outlet alone tells is a main actor's own act, told as news (see module)."""
    main = {name.lower() for name in actors[:LONE_ACTORS]}
    if not main & {name.lower() for name in key(example)[1]}:
        return False
    if article is not None and (article.genre or "") in OPINION:
        return False
    if example.sentence.strip()[:1] in "\"“‘'" or quotation_tail(example.sentence):
        return False
    if reported(example.sentence, example.trigger):
        return False
    return lead_share(example, article) <= LEAD_SHARE and not recalled(example, article)


def recalled(found: Event, article: Article | None) -> bool:
    """A record the article recalls past its opening, told in the present perfect (``told_as_state``)."""
    return lead_share(found, article) >= OPENING and told_as_state(found)


def quotation_tail(sentence: str) -> bool:
    """Whether the sentence is the end of a quotation its article opened earlier ('Closely watching
    the storm," Smith wrote.'): a closing mark before any opening one, or an odd number of straight
    marks that does not open the sentence."""
    closing, opening = sentence.find("”"), sentence.find("“")
    if closing >= 0 and (opening < 0 or closing < opening):
        return True
    return sentence.count('"') % 2 == 1 and not sentence.lstrip().startswith('"')


def told_as_state(found: Event) -> bool:
    """Whether the act is told in the present perfect ("has traveled", "have long criticized", "has
    denied wrongdoing and called"): past its article's opening, a record the article recalls."""
    verb = (found.trigger or "").split()[:1]
    if not verb:
        return False
    perfect = rf"\b(?:has|have)\s+(?:\w+ly\s+|not\s+|also\s+|since\s+|already\s+)*{re.escape(verb[0])}\b"
    joined = rf"\b(?:has|have)\s+(?:\w+ly\s+)*\w+(?:ed|en|wn)\b[^.;:]{{0,60}}\band\s+{re.escape(verb[0])}\b"
    return any(re.search(p, found.sentence, re.IGNORECASE) for p in (perfect, joined))


def lone_weight(similar: int, outlets: int, share: float) -> float:
    """How strongly a lone outlet's act claims a line (see the module's docstring)."""
    return round(0.5 * similar / max(outlets, 1) + max(0.0, 1.0 - share / LEAD_SHARE), 3)


def lead_share(found: Event, article: Article | None) -> float:
    """Where the sentence stands in its article: 0 at the opening, 1 at the end (unknown: 0)."""
    length = len(article.text) if article and article.text else 0
    return min(max(found.start / length, 0.0), 1.0) if length else 0.0


def salience(row: dict[str, Any], actors: list[str]) -> int:
    """The rank of the row's most salient main actor (``actors`` most present first)."""
    rank = {name.lower(): i for i, name in enumerate(actors)}
    return min((rank[a.lower()] for a in row.get("actors", []) if a.lower() in rank), default=len(actors))


def named_pronoun(found: Event, names: dict[str, str]) -> str | None:
    """The sentence with its opening pronoun named ("He [Ann Smith] mocked ..."), when that pronoun
    is the act's actor and linked to a named entity; None otherwise."""
    sentence = found.sentence.strip()
    first = sentence.split(" ", 1)[0]
    at = found.start + len(found.sentence) - len(found.sentence.lstrip())
    if first.lower() not in PRONOUNS:
        return None
    for (start, _), entity in zip(found.actor_offsets, found.actor_entity_ids, strict=False):
        if start == at and names.get(entity or ""):
            return f"{first} [{names[entity]}]{sentence[len(first) :]}"
    return None
