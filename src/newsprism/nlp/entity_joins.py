"""One name the model cut in two: "Cambridge" (GPE) + "Analytica" (PERSON) in one sentence, where
another sentence of the article has "Cambridge Analytica" as one entity.

Two entities side by side, a single space apart, whose joined words the article elsewhere tags
as one entity are that one name: they are joined, with the label of the whole. Names the article
never writes as one entity ("Texas Ted Cruz", "Trump Putin") are left as they are, except a given
name the model cut off its surname ("Angela" + "Corey said", then "Corey said" alone again): two
PERSON words side by side, the first a given name the article never writes alone, the second a
word the article writes alone as a person elsewhere, are one name.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from newsprism.people import names


def join_split_names(doc: Doc) -> None:
    """Join adjacent entity pairs that the article writes elsewhere as one entity."""
    ents = list(doc.ents)
    whole = {ent.text: ent.label_ for ent in ents if len(ent) > 1}
    alone = Counter(ent.text for ent in ents if len(ent) == 1 and ent.label_ == "PERSON")
    joined, changed, i = [], False, 0
    while i < len(ents):
        first = ents[i]
        second = ents[i + 1] if i + 1 < len(ents) else None
        text = f"{first.text} {second.text}" if second is not None else ""
        if (
            second is not None
            and first.end == second.start
            and first[-1].whitespace_ == " "
            and (text in whole or _given_name_and_surname(first, second, alone))
        ):
            label = whole.get(text, "PERSON")
            joined.append(doc.char_span(first.start_char, second.end_char, label=label))
            changed, i = True, i + 2
            continue
        joined.append(first)
        i += 1
    if changed:
        doc.ents = [span for span in joined if span is not None]


def _given_name_and_surname(first: Span, second: Span, alone: Counter) -> bool:
    """ "Angela" + "Corey": a lone given name the article never writes alone again, then a
    capitalised word it writes alone as a person more than once (the surname it goes on with)."""
    return (
        len(first) == len(second) == 1
        and first.label_ == second.label_ == "PERSON"
        and names.is_given_name(first.text)
        and first.text.isalpha()
        and second.text.isalpha()
        and second.text[:1].isupper()
        and alone[first.text] == 1
        and alone[second.text] >= 2
    )
