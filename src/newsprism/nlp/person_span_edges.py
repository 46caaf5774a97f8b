"""Edges of a person's span that the model reads wrong (issue 17, the lead's week of 2020-06-01):
a place glued on with "of" ("Rep. Dana Kowalski of Ohio"), and a plural title that made the model
type the name an organisation ("Presidents Nixon, Ford and Carter")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsprism.nlp.entity_lists import is_place_name
from newsprism.people import names, role_words


def before_of_place(doc: Doc, start: int, end: int) -> int:
    """ "Reps. Ann Lee of Indiana and Dana Kowalski of Ohio": a name of two words or more, then "of"
    and a known place to the span's end, is the name; the place is where the person is from."""
    for i in range(start + 2, end - 1):
        if doc[i].lower_ == "of" and is_place_name(doc[i + 1 : end].text):
            return i
    return end


def plural_title_org(doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
    """ "Presidents Nixon, Ford and Carter used ...": an ORG span of a plural title and one or two
    capitalised words is the first person of the list, the title cut (kept as no role: it is
    everyone's)."""
    if label != "ORG" or not 2 <= end - start <= 3 or not is_plural_title(doc[start]):
        return start, label
    rest = doc[start + 1 : end]
    if all(t.is_title and t.pos_ == "PROPN" for t in rest):
        return start + 1, "PERSON"
    return start, label


def is_plural_title(token: Token) -> bool:
    """ "Officers", "Senators", "Chairmen": a title in the plural, before a name cut from a list;
    never a listed surname ("Masters")."""
    low = token.lower_
    singular = low[:-3] + "man" if low.endswith("men") else low[:-1] if low.endswith("s") else ""
    return (
        token.is_title
        and singular in role_words.titles()
        and names.fold_word(token.text) not in names.listed_surnames()
    )


_LONE_CLOSE = re.compile(r"^([^(\[]*?)\s*[)\]]\s*")


def without_lone_bracket(text: str) -> str:
    """ "(Jonas) Farrow", "[Enquirer publisher Jonas] Farrow": the span of a name the writer put a
    bracket into holds its closing bracket alone; the name is its words ("Jonas Farrow")."""
    if ")" not in text and "]" not in text:
        return text
    return _LONE_CLOSE.sub(lambda m: f"{m.group(1)} ", text, count=1).strip()
