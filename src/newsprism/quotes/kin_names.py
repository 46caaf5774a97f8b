"""A relative introduced by a given name alone: "Scott’s older brother, Anthony, told the court".

The speaker is named only "Anthony", in apposition to a kin noun whose possessor is the surname of
a person the article named in full ("Walter Scott"). A reader calls him Anthony Scott: the
given name with the family's surname. Kin nouns are data (``kin_nouns.txt``); a possessor the
article never named in full, or a non-kin noun ("Scott’s lawyer, Anthony"), changes nothing.
"""

from __future__ import annotations

from newsprism.models import Quote
from newsprism.people.article import ArticlePeople, full_name
from newsprism.people.role_words import is_kin_role
from newsprism.people.words import SUBJECT_DEPS
from newsprism.quotes import rules


def given_name_with_family(article: ArticlePeople, quotes: list[Quote]) -> None:
    """Give a relative named by a given name alone the family's surname (module docstring), in
    every quote that speaker has."""
    if not rules.enabled("kin_given_name"):
        return
    doc = article.doc
    fuller: dict[str, str] = {}
    for quote in quotes:
        name = (quote.speaker or "").strip()
        if not name or " " in name or quote.speaker_start is None:
            continue
        if quote.speaker_type != "PERSON" and not rules.enabled("kin_subject_name"):
            continue
        span = doc.char_span(
            quote.speaker_start, quote.speaker_end or quote.speaker_start, alignment_mode="expand"
        )
        if span is None or len(span) != 1 or span[0].text != name:
            continue
        token = span[0]
        kin = _kin_before(token)
        if kin is None:
            continue
        owner = next((c for c in kin.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is None:
            continue
        family = full_name(article, owner.text, owner.idx).split()
        if len(family) > 1 and family[-1].lower() == owner.lower_:
            fuller[name] = f"{name} {owner.text}"
    for quote in quotes:
        if quote.speaker in fuller:
            quote.speaker, quote.speaker_type = fuller[quote.speaker], "PERSON"
    if fuller and rules.enabled("kin_surname_goes_on"):
        _surname_goes_on(article, quotes, set(fuller.values()))


def _kin_before(token):
    """The kin noun a given name is set beside: its head in apposition ("Scott’s brother,
    Anthony, told"), or, when the parse made both subjects ("Litvinenko's widow, Marina,
    speaking ..."), the noun just before the comma."""
    if token.dep_ == "appos" and is_kin_role(token.head.lower_):
        return token.head
    if not rules.enabled("kin_subject_name") or token.i < 2 or token.pos_ != "PROPN":
        return None
    kin, comma = token.doc[token.i - 2], token.doc[token.i - 1]
    if comma.text != "," or not is_kin_role(kin.lower_) or kin.head.i != token.head.i:
        return None
    return kin


def _surname_goes_on(article: ArticlePeople, quotes: list[Quote], relatives: set[str]) -> None:
    """ "Litvinenko's widow, Marina, ... said “...”" then, in the next paragraph, "“...,”
    Litvinenko said": the bare surname right after the relative was quoted is the relative, not
    the family member the article named in full first."""
    text = article.doc.text
    previous: Quote | None = None
    for quote in quotes:
        mention = (quote.speaker_mention or "").strip()
        if previous is not None and previous.speaker in relatives and quote.speaker != previous.speaker:
            surname = previous.speaker.split()[-1]
            between = text[previous.end : quote.start].count("\n\n")
            if (
                mention == surname
                and between <= 2
                and quote.kind != "indirect"
                and not _new_subject(article, previous, quote)
            ):
                quote.speaker, quote.speaker_type = previous.speaker, "PERSON"
                quote.speaker_mention_id = previous.speaker_mention_id
        if quote.speaker:
            previous = quote


def _new_subject(article: ArticlePeople, previous: Quote, quote: Quote) -> bool:
    """True when a sentence between the two quotations has a named person as its subject (the
    writer moved on to someone else); "She also urged Prime Minister X to ..." and the family's
    surname itself ("“A,” Litvinenko said, “B”") do not."""
    span = article.doc.char_span(previous.end, quote.start, alignment_mode="contract")
    surname = (previous.speaker or "").split()[-1]
    return any(t.dep_ in SUBJECT_DEPS and t.pos_ == "PROPN" and t.text != surname for t in span or [])
