"""Tables written as list lines, "– Kmart Nicollet: Property damage, looting.": the names before the
colons are entries of the table (shops, streets, places), not people, unless they start with a
common given name.

A line counts when it starts with a dash or bullet and holds a label, a colon and a value; an
article has such a table when at least ``label_list_min_lines`` lines do and at least
``label_list_repeats`` of them share their first value words (a status repeated down the table). A
list of reactions ("– Pelosi: 'We will ...'") has no repeated values and stays as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from newsprism.nlp import lexicon
from newsprism.people import names

_LINE = re.compile(r"(?m)^[ \t]*[–—•·*-][ \t]*(?P<label>[^:\n]{2,80}?)[ \t]*:[ \t]*(?P<value>[^\n]+)")
_KEY = "newsprism.label_list_spans"
VALUE_WORDS = 2  # the value's first words that must repeat


def label_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the labels of the article's table lines, [] when it has no table;
    computed once per document."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = _ranges(doc.text)
    return found


@lru_cache(maxsize=1)
def _thresholds() -> tuple[int, int]:
    rules = lexicon.rules("non_person_names.yaml")
    return int(rules.get("label_list_min_lines", 5)), int(rules.get("label_list_repeats", 3))


def _ranges(text: str) -> list[tuple[int, int]]:
    min_lines, repeats = _thresholds()
    lines = list(_LINE.finditer(text))
    if len(lines) < min_lines:
        return []
    values = Counter(" ".join(names.plain(m["value"]).split()[:VALUE_WORDS]) for m in lines)
    if values.most_common(1)[0][1] < repeats:
        return []
    return [(m.start("label"), m.end("label")) for m in lines]


def in_table_label(doc: Doc, start: int, end: int) -> bool:
    """Is the span a table entry's label whose first word is no common given name ("Kmart
    Nicollet", "Uptown"; not "Tom Smith", nor one word that is a listed surname)?"""
    ranges = label_ranges(doc)
    if not ranges or names.common_given_name(doc[start].text):
        return False
    if end - start == 1 and names.fold_word(doc[start].text) in names.listed_surnames():
        return False  # "– Murkowski: no", a tally of votes: a surname stays a person
    while end - 1 > start and doc[end - 1].is_punct:  # "Walgreens Hennepin:" before its value was cut
        end -= 1
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    return any(a <= first and last <= b for a, b in ranges)
