"""A speaker name that runs several people's names together is no one.

A page can leave a row of linked names at a paragraph's start ("Alexandria Ocasio-Cortez Ilhan
Omar Rashida Tlaib Ayanna Pressley In Trump's tweets, ... the president suggested they “go
back ...”"); the recogniser makes one PERSON of the row and a resolver may then give it a quote,
often the words of the one the listed people answer. A name of four or more words of which two
later words are each a one-word person mention elsewhere in the article ("Ocasio-Cortez",
"Omar") glues two or more people: the quote is left unnamed rather than given to the row
(rule group ``glued_names``). "Martin Luther King" or "Hillary Rodham Clinton" have at most one
word used alone; "David Mullins and Charlie Craig" is a joint speaker, not a row. A surname the
recogniser typed ORG ("Ocasio-Cortez") counts as used alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprism.models import Quote
from newsprism.nlp.entity_repairs import entity_label
from newsprism.quotes import rules

MIN_WORDS = 4
ALONE_LABELS = frozenset({"PERSON", "ORG"})


def unname_glued(doc: Doc, quotes: list[Quote]) -> None:
    """Clear each speaker whose name glues two or more people's names (module docstring)."""
    if not rules.enabled("glued_names"):
        return
    alone: set[str] | None = None
    for quote in quotes:
        words = (quote.speaker or "").split()
        if len(words) < MIN_WORDS or quote.speaker_type not in (None, "PERSON"):
            continue
        if not all(w[:1].isupper() for w in words) or "," in quote.speaker:
            continue  # "David Mullins and Charlie Craig": a joint speaker, named as such
        if alone is None:
            alone = _one_word_people(doc)
        if len({w for w in words[1:] if w in alone}) >= 2:
            quote.speaker = quote.speaker_type = quote.speaker_mention_id = quote.speaker_entity_id = None


def _one_word_people(doc: Doc) -> set[str]:
    """The words the article uses alone as a name ("Omar, who came ..."; a surname the recogniser
    typed ORG, "Ocasio-Cortez suggested", counts too)."""
    named = {
        ent.text
        for ent in doc.ents
        if entity_label(ent[0]) in ALONE_LABELS and " " not in ent.text and not ent.text.islower()
    }
    return named | {t.text for t in doc if _standalone_subject(t)}


def _standalone_subject(token: Token) -> bool:
    """A proper noun that is a verb's whole subject ("Asante said"), no compound either side."""
    if token.pos_ != "PROPN" or token.dep_ != "nsubj" or token.ent_iob_ == "I":
        return False
    return not any(c.dep_ in ("compound", "flat") for c in token.children)
