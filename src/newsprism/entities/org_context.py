"""A company typed PERSON: "the Ukrainian gas company Burisma", "a firm called Cambridge Analytica".

The small model types a company's name PERSON in most sentences when nothing in the name says
company. Writers say it once, introducing the name: an organisation noun (``org_nouns.txt``:
company, firm, group, ...) right before it, or before "called"/"named" and it ("a small firm in
South Carolina called Eccotemp": the parse hangs "called" on the noun), or in apposition after it
("X, a consulting firm"), or before a noun only an organisation has and a person's name ("Eccotemp
founder Mike Elrod"; ``org_staff_nouns.txt``). A name so
introduced in an article that has no person's structure (no given name first, nobody named in
full there with it as a surname) is an organisation in every sentence of that article; the
corpus vote (``label_vote``) then carries the label to articles that never introduce it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsprism.people import names, place_names, role_words

MAX_NAME_WORDS = 3
_NAMING_WORDS = frozenset({"called", "named", "dubbed"})
PLACE_ACRONYM_LABELS = ("GPE",)  # "the DMZ" typed LOC is a place


def introduced_as_org(doc: Doc, start: int) -> bool:
    """Is the name at ``start`` right after an organisation noun ("company Burisma", "a company
    called Burisma")?"""
    at = start - 1
    if at >= 0 and doc[at].lower_ in _NAMING_WORDS:
        body = doc[at].head  # "a small firm in South Carolina called Eccotemp"
        if doc[at].dep_ in ("acl", "relcl") and body.is_lower and body.lower_ in role_words.org_nouns():
            return True
        at -= 1
    return at >= 0 and doc[at].is_lower and doc[at].lower_ in role_words.org_nouns()


def described_as_org(doc: Doc, start: int, end: int) -> bool:
    """Is the name described by an organisation noun in apposition after it ("Cambridge Analytica,
    a political consulting firm that ..."), or followed by a noun only an organisation has and a
    person's name ("Eccotemp founder Mike Elrod", "Eccotemp CEO Mike Elrod")?"""
    after = doc[end : end + 2]  # "Eccotemp founder Mike Elrod"
    staff = len(after) == 2 and (after[0].is_lower or after[0].is_upper)  # "founder", "CEO"
    if staff and after[0].lower_ in role_words.org_staff_nouns():
        if after[1].is_title and after[1].ent_type_ == "PERSON":
            return True
    root = doc[start:end].root
    return any(
        c.dep_ == "appos" and c.i > end and c.is_lower and c.lower_ in role_words.org_nouns()
        for c in root.children
    )


def relabel_introduced_orgs(doc: Doc, items: list) -> None:
    """PERSON items (``start``, ``end``, ``label``) whose name the article introduces with an
    organisation noun become ORG, every mention of that name and of its first word alone in the
    article."""
    people = [i for i in items if i.label == "PERSON"]
    surnames = {names.plain(doc[i.end - 1].text) for i in people if i.end - i.start > 1}
    introduced = set()
    for item in people:
        words = doc[item.start : item.end]
        if item.end - item.start > MAX_NAME_WORDS or names.given_name_gender(words[0].text):
            continue
        plain = names.plain(words.text)
        if plain not in surnames and (
            introduced_as_org(doc, item.start) or described_as_org(doc, item.start, item.end)
        ):
            introduced.add(plain)
    # its first word alone ("Cambridge" for "Cambridge Analytica") is the short form, unless the
    # article names a person of that surname in full
    introduced |= {name.split()[0] for name in introduced if " " in name} - surnames
    for item in people:
        if names.plain(doc[item.start : item.end].text) in introduced:
            item.label = "ORG"


def relabel_outlet_name(doc: Doc, outlet: str | None, items: list) -> None:
    """ "Hill" in an article of The Hill, "Bloomberg" in one of Bloomberg: a one-word PERSON that is
    the last word of the article's own outlet's name is the outlet, unless the article names a
    person of that surname in full; the outlet's whole name is the outlet, a title cut off or not."""
    words = [w for w in (outlet or "").split(" - ")[0].split() if w[:1].isupper() and len(w) > 2]
    if not words:
        return
    own, whole = names.plain(words[-1]), names.plain((outlet or "").split(" - ")[0].split("(")[0])
    for item in items:  # "Mother Jones" in Mother Jones, "Mother" cut as a title: the outlet
        size = len(whole.split())
        if item.label == "PERSON" and size > 1 and item.start >= size - 1:
            written = {names.plain(doc[item.start - k : item.end].text) for k in range(size)}
            item.label = "ORG" if whole in written else item.label
    people = [i for i in items if i.label == "PERSON"]
    if any(i.end - i.start > 1 and names.plain(doc[i.end - 1].text) == own for i in people):
        return
    for item in people:
        if item.end - item.start == 1 and names.plain(doc[item.start].text) == own:
            item.label = "ORG"


def drop_attributive_article(doc: Doc, items: list) -> None:
    """ "The Trump campaign", "The Mueller report": a one-word name after a capital "The" and before
    a lower-case noun names what that noun says, and "The" belongs to the noun phrase, not to the
    name ("The Hill", "The Atlantic" stand alone). The item starts at the name."""
    for item in items:
        if (
            item.end - item.start != 2
            or item.label not in ("ORG", "GPE", "FAC", "NORP")
            or item.end >= len(doc)
        ):
            continue
        article, after = doc[item.start], doc[item.end]
        if article.text == "The" and after.is_lower and after.pos_ == "NOUN":
            item.start += 1


def relabel_acronym_places(doc: Doc, items: list) -> None:
    """An acronym the model typed a place ("NRA" GPE) that no place list knows and that the article
    writes as a body at least once ("The NRA said", "NRA spokeswoman Dana Loesch", before an
    ``org_staff_nouns`` word) is ORG, every mention of it in the article. "The U.S." and "the UAE"
    are known places; "NYC" or "DC" are never written after "the" alone."""
    acronyms = set()
    for item in items:
        token = doc[item.start]
        if item.label not in PLACE_ACRONYM_LABELS or item.end - item.start != 1:
            continue
        if len(token.text) < 3 or not names.is_acronym(token.text) or place_names.is_known_place(token.text):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        body = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        if body or (after is not None and after.is_lower and after.lower_ in role_words.org_staff_nouns()):
            acronyms.add(token.text)
    for item in items:
        if (
            item.label in PLACE_ACRONYM_LABELS
            and item.end - item.start == 1
            and doc[item.start].text in acronyms
        ):
            item.label = "ORG"
