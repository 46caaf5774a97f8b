"""Curly apostrophes read as straight ones by the statistical model, the text left as it is.

Real news writes ’ in names and contractions (O’Connell, Trump’s, don’t); the small English model
was trained mostly on "'", so "O’Connell" was tagged NN and named no speaker, "n’t" tagged NN. The
model reads a word through its norm, prefix, suffix and shape, never its text: this component gives
a word written with ’ or ‘ the features of its straight spelling (the lexeme's, once per word), so
tagger, parser and entity recogniser see "O'Connell" while token text, offsets and provenance stay
those of the article. Quote marks standing alone keep theirs: there ‘ tells an opening mark from a
closing one, which "'" cannot. The attribute ruler's rules for straight contractions ("'s" VBZ
is the auxiliary "be") are given a curly twin, so lemmas and parts of speech follow too.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "newsprism_straight_apostrophes"
CURLY = "’‘"
TEXT_KEYS = {"ORTH", "TEXT", "LOWER", "NORM"}  # token-pattern keys that name the word itself
_STRAIGHT = str.maketrans(dict.fromkeys(CURLY, "'"))


def straight_spelling(text: str) -> str:
    """The word as written with a straight apostrophe (one character for one)."""
    return text.translate(_STRAIGHT)


@Language.factory(COMPONENT)
def _straight_apostrophes(nlp: Language, name: str) -> StraightApostrophes:
    return StraightApostrophes()


class StraightApostrophes:
    """Give each word holding ’ or ‘ the model features of its straight spelling. The features
    are the lexeme's, shared by every doc of the vocab, so each word is rewritten once."""

    def __init__(self) -> None:
        self.done: set[int] = set()  # orth ids of the words already rewritten

    def __call__(self, doc: Doc) -> Doc:
        vocab = doc.vocab
        for token in doc:
            text = token.text
            if token.orth in self.done or not any(mark in text for mark in CURLY):
                continue
            if not any(c.isalnum() for c in text):
                continue
            straight, lexeme = vocab[straight_spelling(text)], vocab[text]
            # the lexeme, not the token: the model reads shape, prefix and suffix from it (a norm
            # a tokenizer exception gave the token, "n’t" -> "not", stays the token's own)
            lexeme.norm, lexeme.shape = straight.norm, straight.shape
            lexeme.prefix, lexeme.suffix = straight.prefix, straight.suffix
            self.done.add(token.orth)
        return doc


def curly_attribute_rules(nlp: Language) -> None:
    """Give each attribute-ruler rule naming a straight-apostrophe word a twin for its curly
    spelling, right after it (a later rule wins, so the order of the rules is kept)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    rules = ruler.patterns
    twinned: list[dict] = []
    for rule in rules:
        twinned.append(rule)
        twin = [
            [
                {key: _curly(value) if key in TEXT_KEYS else value for key, value in token.items()}
                for token in pattern
            ]
            for pattern in rule["patterns"]
        ]
        if twin != rule["patterns"]:
            twinned.append({**rule, "patterns": twin})
    if len(twinned) > len(rules):
        ruler.clear()
        ruler.add_patterns(twinned)


def _curly(value: Any) -> Any:
    """A token pattern's value with "'" written ’ (a list: only its words holding "'")."""
    if isinstance(value, str):
        return value.replace("'", "’")
    if isinstance(value, list):
        curly = [_curly(v) for v in value if isinstance(v, str) and "'" in v]
        return [v for v in curly if v not in value] or value
    if isinstance(value, dict):
        return {key: _curly(v) for key, v in value.items()}
    return value
