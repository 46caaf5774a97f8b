"""Entity repairs: spaCy's entities with what the small model gets wrong in news text mended, once.

A pipeline component (``newsprism_entity_repairs``, added after the entity recogniser by
``nlp.model.load_model``) writes the repaired entities to the span group ``newsprism_entities``
(steps in ``entity_cleaning``, ``person_relabels``, ``headline_trim``):
titles and possessives trimmed off names (kept on ``span._.titles``), caption prefixes and glued
words dropped, lists of people split, names cut at "von der" joined, all-caps headlines dropped,
demonyms labelled NORP, and people the model labelled as places or organisations ("Psaki" after
"Jen Psaki") or missed relabelled PERSON. ``doc.ents`` is the model's, but for words glued on a
name (``entity_glue``). Names, titles and particles come from the data files.

This module and its first step (``entity_cleaning``) are the one place that reads the model's raw
labels (``doc.ents``, ``token.ent_type_``): the repairs are built from them. Every other stage asks
``repaired_entities``, ``entity_label`` and ``entity_span_of`` for every label (token patterns test
no label: their readers do): the repairs can change even a DATE ("May" after "Theresa May" is
hers), so no label is safe to read raw.
One reader takes the model's span boundaries, not its labels: ``events.participant_spans.entity_of``
keeps an event participant as written ("the White House"), as events have always named it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsprism.nlp.document_memo import DocumentMemo
from newsprism.nlp.entity_cleaning import Repaired, clean_entities
from newsprism.nlp.entity_glue import split_glued_names
from newsprism.nlp.entity_lists import people_before, person_list_parts
from newsprism.nlp.headline_trim import split_place_from_name, trim_headline_words
from newsprism.nlp.office_names import split_office_from_person
from newsprism.nlp.org_relabels import split_owner_from_person
from newsprism.nlp.person_relabels import relabel_and_add_persons
from newsprism.nlp.storm_names import drop_storms_and_illnesses

COMPONENT = "newsprism_entity_repairs"
SPAN_GROUP = "newsprism_entities"
DEFAULT_LABELS = ["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"]


if not Span.has_extension("titles"):
    Span.set_extension("titles", default=None)


@Language.factory(COMPONENT, default_config={"labels": DEFAULT_LABELS})
def make_entity_repairs(nlp: Language, name: str, labels: list[str]):
    """The component: ``labels`` are the entity labels kept (and repaired)."""
    kept = frozenset(labels)

    def entity_repairs(doc: Doc) -> Doc:
        split_glued_names(doc)  # "McCabeThe" -> "McCabe" "The": the entity ends at the name
        write_repairs(doc, kept)
        return doc

    return entity_repairs


def repaired_entities(doc: Doc) -> list[Span]:
    """The document's repaired entities, in the component's order; repaired now when the
    document was parsed by a pipeline without the component."""
    if SPAN_GROUP not in doc.spans:
        write_repairs(doc, frozenset(DEFAULT_LABELS))
    return list(_kept_spans(doc))


_SPANS = DocumentMemo()


def _kept_spans(doc: Doc) -> tuple[Span, ...]:
    """The span group's spans, made once while the group stands: the stages ask for them tens of
    thousands of times a document (``entity_label``), and spaCy makes each span anew on a read."""
    group = doc.spans[SPAN_GROUP]
    memo = _SPANS.of(doc)
    if memo.get("group") is not group or memo.get("size") != len(group):
        memo.update(group=group, size=len(group), spans=tuple(group))
    return memo["spans"]


def write_repairs(doc: Doc, labels: frozenset[str]) -> None:
    found = []
    for item in clean_entities(doc, labels):
        parts = person_list_parts(doc, item.start, item.end, item.label)
        label = item.label
        if label == "ORG" and len(parts) > 1 and people_before(doc, item.start):
            label = "PERSON"  # "candidates like Roe and Ode" typed ORG: two people
        for start, end in parts:
            found.append(
                Repaired(start, end, label, item.titles if start == item.start else [], item.with_article)
            )
    split_owner_from_person(doc, found)
    split_office_from_person(doc, found)
    relabel_and_add_persons(doc, found)
    trim_headline_words(doc, found)
    split_place_from_name(doc, found)
    drop_storms_and_illnesses(doc, found)  # "Hurricane Sandy" and, beside it, "Sandy" alone
    doc.spans[SPAN_GROUP] = [Span(doc, item.start, item.end, label=item.label) for item in found]
    for item, span in zip(found, doc.spans[SPAN_GROUP], strict=True):
        span._.titles = item.titles


TOKEN_MAP_KEY = "newsprism.repaired_by_token"


def repaired_span_of(token) -> Span | None:
    """The repaired entity a token is part of, from a token->span map built once per document
    (so the stages read one set of labels, not the model's raw ``ent_type_``); the map holds
    plain ints so the document still serialises."""
    doc = token.doc
    found = doc.user_data.get(TOKEN_MAP_KEY)
    if found is None or len(found) != len(doc):
        found = [-1] * len(doc)
        for position, span in enumerate(repaired_entities(doc)):
            found[span.start : span.end] = [position] * len(span)
        doc.user_data[TOKEN_MAP_KEY] = found
    position = found[token.i]
    return _kept_spans(doc)[position] if position >= 0 else None


def entity_label(token) -> str:
    """A token's entity label: the repaired one for the labels repairs cover (a name the repairs
    dropped has none), the model's own for the rest (DATE, MONEY...)."""
    span = repaired_span_of(token)
    if span is not None:
        return span.label_
    return "" if token.ent_type_ in DEFAULT_LABELS else token.ent_type_


def entity_span_of(token) -> Span | None:
    """The entity around a token: the repaired one, else the model's for labels repairs do not
    cover (DATE, PRODUCT...); None for a name the repairs dropped."""
    span = repaired_span_of(token)
    if span is not None or token.ent_type_ in DEFAULT_LABELS or not token.ent_type_:
        return span
    return model_entity_span(token)


def model_entity_span(token: Token) -> Span:
    """The model's own entity around a token that has one (``ent_type_``), before any repair."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)
