"""Lists the model reads as one person: "Donald Trump Jr and Ivanka Trump" names two people."""

from __future__ import annotations

from spacy.tokens import Doc

from newsprism.people import names


def person_list_parts(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """The token ranges of the names a span holds: one per part of a person span cut at a list
    separator (``list_separators`` in entity_names.yaml), when every part holds a proper noun;
    any other span is one range, itself."""
    separators = names.name_rules()["list_separators"]
    cuts = [i for i in range(start, end) if doc[i].lower_ in separators]
    if label != "PERSON" or not cuts:
        return [(start, end)]
    parts = list(zip([start] + [cut + 1 for cut in cuts], cuts + [end], strict=True))
    if not all(any(token.pos_ == "PROPN" for token in doc[s:e]) for s, e in parts):
        return [(start, end)]
    return parts
