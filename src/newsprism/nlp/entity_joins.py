"""One name the model cut in two: "Cambridge" (GPE) + "Analytica" (PERSON) in one sentence, where
another sentence of the article has "Cambridge Analytica" as one entity.

Two entities side by side, a single space apart, whose joined words the article elsewhere tags
as one entity are that one name: they are joined, with the label of the whole. Names the article
never writes as one entity ("Texas Ted Cruz", "Trump Putin") are left as they are.
"""

from __future__ import annotations

from spacy.tokens import Doc


def join_split_names(doc: Doc) -> None:
    """Join adjacent entity pairs that the article writes elsewhere as one entity."""
    ents = list(doc.ents)
    whole = {ent.text: ent.label_ for ent in ents if len(ent) > 1}
    if not whole:
        return
    joined, changed, i = [], False, 0
    while i < len(ents):
        first = ents[i]
        second = ents[i + 1] if i + 1 < len(ents) else None
        text = f"{first.text} {second.text}" if second is not None else ""
        if (
            second is not None
            and first.end == second.start
            and first[-1].whitespace_ == " "
            and text in whole
        ):
            joined.append(doc.char_span(first.start_char, second.end_char, label=whole[text]))
            changed, i = True, i + 2
            continue
        joined.append(first)
        i += 1
    if changed:
        doc.ents = [span for span in joined if span is not None]
