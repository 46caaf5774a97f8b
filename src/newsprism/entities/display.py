"""The name a person entity is shown under: the full name the corpus writes most often.

Taking the longest form ever met made a person's name whatever junk was once glued to it:
"Nervous Nancy Pelosi" (a nickname), "Kentuckian Mitch McConnell" (a demonym), "Define Mitt
Romney" (a headline verb), "Hillary Clintons". A careful reader names a person as most writers
do, so the name is the commonest of the entity's full names (two or more words, written as a
person's name is written), counted over every mention (``store.forms``), each form repaired as
names are before linking; a person only ever named by one word keeps the commonest such word.
Ties go to a form with a known given name, then to the shorter, then alphabetically.
"""

from __future__ import annotations

import re

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection

from newsprism.entities.name_repair import clean_person_name
from newsprism.models import Entity
from newsprism.people import names
from newsprism.store.forms import form_counts
from newsprism.store.schema import entities_table

_NAME_WORD = re.compile(r"^[^\W\d_][\w.'’-]*$")  # letters first; no digits, brackets or quotes inside
_GLUED = re.compile(r"[a-z]{3,}[A-Z]")  # "SandersWarren": page text run on
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")  # "J.", "H.W."
_QUOTED_NICKNAME = re.compile(r"\s+[\"“”][^\"“”\s]+(?:\s[^\"“”\s]+)?[\"“”]\s+")  # Randolph "Tex" Alles


def fuller_name(label: str, name: str, new: str, parse=names.parse_person) -> bool:
    """Does a new local name say more than the entity's ``name`` ("Vladimir Putin" over "Putin")?
    For a person only until the batch is saved, which names it by its commonest full form
    (``display_name``); meanwhile a full name keeps other full names from joining a bare surname.
    A thing's name written in capitals, an acronym or a dateline's "WASHINGTON", gives way to the
    name written in words."""
    if label == "PERSON":
        return parse(name).is_single and not parse(new).is_single
    shouted = [names.is_acronym(n) or n.isupper() for n in (name, new)]
    return shouted == [True, False]


def display_name(entity: Entity, forms: dict[str, int]) -> str:
    """The entity's name from its per-form mention counts; non-persons keep their name."""
    if entity.type != "PERSON" or not forms:
        return entity.name
    counts: dict[str, int] = {}
    for form, mentions in forms.items():
        clean = clean_person_name(without_quoted_nickname(form)) if mentions > 0 else ""
        if clean:
            counts[clean] = counts.get(clean, 0) + mentions
    full = [form for form in counts if is_full_name(form)]
    if full:
        return min(full, key=lambda form: _rank(form, counts[form]))
    written = [form for form in counts if _written_as_name(form.split())]
    return min(written, key=lambda form: _rank(form, counts[form])) if written else entity.name


def without_quoted_nickname(form: str) -> str:
    """'Randolph "Tex" Alles' counts as "Randolph Alles": the quotation marks of a nickname written
    inside a full name kept the whole form from being a full name, and the bare surname won."""
    return _QUOTED_NICKNAME.sub(" ", form)


def is_full_name(form: str) -> bool:
    """Two or more words written as a person's name: capitalised words, initials, particles and
    suffixes; no digits, glued words, brackets or words in capitals ("JOHN McCAIN")."""
    words = form.split()
    return len(words) >= 2 and _written_as_name(words) and not names.parse_person(form).is_single


def _written_as_name(words: list[str]) -> bool:
    rules = names.name_rules()
    for word in words:
        low = word.lower()
        if low in rules["suffixes"] or low in rules["particles"] or _INITIALS.match(word):
            continue
        prefix, _, rest = word.partition("-")
        word = rest if rest and prefix.lower() in rules["particles"] else word  # "al-Fayed"
        if not _NAME_WORD.match(word) or not word[0].isupper() or _GLUED.search(word):
            return False
        if len(word) > 2 and word.isupper():
            return False
    return bool(words)


def _rank(form: str, mentions: int) -> tuple:
    first = form.split()[0]
    return (-mentions, names.given_name_gender(first) is None, len(form.split()), len(form), form)


def rename_people(conn: Connection, chunk_size: int = 2_000) -> int:
    """Name every stored person from the stored form counts (a database upgraded to them);
    returns how many names changed."""
    e = entities_table
    people = list(conn.execute(select(e.c.entity_id, e.c.name).where(e.c.type == "PERSON")))
    renamed = 0
    for start in range(0, len(people), chunk_size):
        chunk = people[start : start + chunk_size]
        counts = form_counts(conn, [entity_id for entity_id, _ in chunk])
        rows = []
        for entity_id, name in chunk:
            shown = display_name(Entity(entity_id, name, "PERSON"), counts.get(entity_id, {}))
            if shown != name:
                rows.append({"e_id": entity_id, "shown": shown})
        if rows:
            statement = update(e).where(e.c.entity_id == bindparam("e_id")).values(name=bindparam("shown"))
            conn.execute(statement, rows)
        renamed += len(rows)
    return renamed
