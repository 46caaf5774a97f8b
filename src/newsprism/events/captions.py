"""Picture captions told as sentences: "Speaker Nancy Pelosi holds a press conference after the
House passed the articles, at the Capitol in Washington, DC, on December 18, 2019." Agencies
caption a photograph in the present simple and close it with the full date it was taken, often
followed by the credit; a caption describes a picture, it reports no event (as the lines that
cleaning marks "Image caption" do). News prose tells a past event in the past tense, and a
present simple with a full date is a schedule, whose date lies after the publication.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

import newsprism.events.rules as rules
from newsprism.events.dates import DateExpression, parse_published, resolve_date

PRESENT = frozenset({"VBZ", "VBP"})
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# what may follow the date: the stop and a credit ("(Photo: AP)", "- Saul Loeb", "| Getty")
CREDIT = re.compile(r"\s*[.,]?\s*(?:[(\[|\-–—].*)?\s*$")


def dated_caption(sent: Span, sentence: str, published: str | None, dates: list[DateExpression]) -> bool:
    """The sentence's main verb is a present simple and it ends in a full date on or before the
    publication day, nothing after it but a credit."""
    if not rules.enabled("dated_captions") or not dates or parse_published(published) is None:
        return False
    root = sent.root
    if root.tag_ not in PRESENT or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False
    last = dates[-1]
    if not YEAR.search(last.text) or not CREDIT.fullmatch(sentence[last.end - sent.start_char :]):
        return False
    day, granularity = resolve_date(last.text, published, "past")
    return granularity == "day" and day is not None and day <= str(parse_published(published))
