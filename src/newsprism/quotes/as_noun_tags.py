"""'As KQED reports, “...”': the tagger may read a speech verb after an all-capital or unknown
name as a plural noun ("reports" NNS), its name a subject or a compound of it, the "as" its mark or
the preposition it is the object of. Such a word is the quotation's cue and the name right before
it the speaker (rule group ``as_noun_tag``)."""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.people.words import SPEECH_VERBS
from newsprism.quotes import rules


def as_noun_tag(token: Token) -> bool:
    """A plural-noun-tagged speech verb heading an "as" phrase with a name ("As KQED reports,")."""
    return as_tag_speaker(token) is not None


def as_tag_speaker(token: Token) -> Token | None:
    """The name of "As KQED reports,": a proper noun right before the noun-tagged verb."""
    if token.tag_ != "NNS" or token.dep_ not in ("advcl", "pobj") or not token.lower_.endswith("s"):
        return None
    if token.lower_[:-1] not in SPEECH_VERBS or token.i < 2 or not rules.enabled("as_noun_tag"):
        return None
    name, before = token.doc[token.i - 1], token.doc[token.i - 2]
    if name.head.i != token.i or name.dep_ not in ("nsubj", "compound") or name.pos_ != "PROPN":
        return None
    marked = before.lower_ == "as" and (before.head.i == token.i or token.head.i == before.i)
    return name if marked and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "," else None
