"""The organisations an article's "the company" may mean, read in the one pass of ``people.article``:
ORG entities that do not just place a person, subject names ending like one, names described as one."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsprism.ingest.layout import Layout
from newsprism.nlp.entity_repairs import entity_label, entity_span_of, repaired_entities
from newsprism.people.tokens import hyphenated_word, org_name
from newsprism.people.words import MISSED_NAME_TYPES, ORG_NAME_ENDINGS, ORG_NOUNS, PLACING_PREPOSITIONS


def organisations(
    doc: Doc, layout: Layout, subjects: list[Token], appositives: list[Token], people: set[str]
) -> list[tuple[int, str]]:
    """Organisations "the company" may refer to: ORG entities outside headlines that do not just
    place a person ("an analyst at X"), subject names ending like one ("Corvin Pharmaceuticals
    is recalling") that the entity recogniser missed, and names described as one ("Voltquay, a
    Berlin start-up"), whatever their label."""
    found = []
    for description in appositives:
        name = description.head
        if name.pos_ != "PROPN" or entity_label(name) in ("PERSON", "ORG"):
            continue
        if layout.in_headline(name.idx):
            continue
        if hyphenated_word(description).lower() in ORG_NOUNS or description.lemma_.lower() in ORG_NOUNS:
            span = entity_span_of(name) or name.doc[name.i : name.i + 1]
            found.append((span.start_char, org_name(span)))
    for ent in repaired_entities(doc):  # the index's labels
        if layout.in_headline(ent.start_char):
            continue
        if ent.label_ != "ORG" and not (ent.label_ == "PERSON" and ent[-1].lower_ in ORG_NAME_ENDINGS):
            continue
        if ent[-1].lower_ in people:  # "Maeve Donnelly" labelled ORG, but "Donnelly, 41,"
            continue
        root = ent.root
        if root.dep_ == "pobj" and root.head.lower_ in PLACING_PREPOSITIONS:
            continue
        employee = root.head.head
        works_there = entity_label(employee) == "PERSON"
        if root.dep_ == "pobj" and root.head.lower_ == "of" and works_there:
            continue  # "Rohit Menon of Castlegate Capital", "the chief executive of X"
        found.append((ent.start_char, org_name(_with_its_place(ent))))
    for token in subjects:
        if token.pos_ != "PROPN" or entity_label(token) not in MISSED_NAME_TYPES:
            continue
        if token.lower_ not in ORG_NAME_ENDINGS or layout.in_headline(token.idx):
            continue
        start = token.i
        while start > 0 and token.i - start < 3 and token.doc[start - 1].pos_ == "PROPN":
            start -= 1  # the name's first words, even where the parse split them off
        if start < token.i:
            span = token.doc[start : token.i + 1]
            found.append((span.start_char, org_name(span)))
    return sorted(found)


def _with_its_place(ent: Span) -> Span:
    """'the United Nations Mission' + 'in the Tavrin Valley', 'the Office' + 'of the Ombudsman': a
    body's name runs on through a preposition and a proper name when the entity recogniser
    stopped at the body's noun ("in" only before "the": an embassy in a city is not so named)."""
    doc, end = ent.doc, ent.end
    if ent[-1].lower_ not in ORG_NOUNS or end + 1 >= len(doc) or doc[end].lower_ not in ("in", "of", "for"):
        return ent
    i = end + 1
    if doc[i].lower_ == "the":
        i += 1
    elif doc[end].lower_ == "in":
        return ent  # "the Estmerian Embassy in Zorelsk": where it is, not its name
    names = i
    while names < len(doc) and doc[names].pos_ == "PROPN" and doc[names].text[:1].isupper():
        names += 1
    return doc[ent.start : names] if names > i else ent
