"""The article's people index: its named mentions (with ids), looked up by token, offset or name.

Built once per article from the entity stage's mentions (which stand on the repaired entities of
``nlp.entity_repairs``), it answers the questions the other stages ask about people:

* ``mention_at(token)``: the mention a token is part of (events: the actor or recipient named there);
* ``antecedent_at(token)``: for "he"/"she", the mention of the person it refers to, from the quote
  stage's table of names and salient subjects (``people.salience``);
* ``speaker_mention(quote)``: the mention a quote's speaker resolved to, stored on the quote as
  ``speaker_mention_id`` so that the cross-article linker finds the speaker's entity by id.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsprism.ingest.layout import Layout
from newsprism.models import Mention, Quote
from newsprism.people import names
from newsprism.people.article import ArticlePeople
from newsprism.people.salience import pronoun_antecedent, read_article
from newsprism.people.words import PRONOUN_GENDER
from newsprism.quotes.marks import doc_text, inside_marks, quotations


@dataclass
class PeopleIndex:
    """One article's mentions, indexed."""

    doc: Doc
    mentions: list[Mention]  # in text order, with mention ids
    starts: list[int] = field(default_factory=list)  # start offsets of ``mentions``
    by_name: dict[str, list[int]] = field(default_factory=dict)  # plain name -> mention positions
    layout: Layout | None = None  # the article's headline lines and dateline, when known
    people: ArticlePeople | None = None  # the table of names and salient subjects, for pronouns

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        surnames: dict[str, set[str]] = {}
        for position, mention in enumerate(self.mentions):
            for form in {names.plain(mention.local_name), names.plain(mention.text)} - {""}:
                self.by_name.setdefault(form, []).append(position)
            if mention.label == "PERSON" and mention.local_name:
                surname = names.plain(mention.local_name.split()[-1])
                surnames.setdefault(surname, set()).add(names.plain(mention.local_name))
        for surname, people in surnames.items():  # a surname only one person of the article bears
            if len(people) == 1 and surname not in self.by_name:
                self.by_name[surname] = self.by_name.get(next(iter(people)), [])

    def mention_at(self, token: Token) -> Mention | None:
        """The mention whose words hold this token."""
        return self.mention_over(token.idx, token.idx + len(token))

    def mention_over(self, start: int, end: int) -> Mention | None:
        """The mention that ends the phrase at these offsets: "Trade Minister Park" is Park's, but
        "Chile's central bank" is not Chile's."""
        i = bisect_right(self.starts, end) - 1
        while i >= 0 and self.mentions[i].end > start - 200:
            mention = self.mentions[i]
            if mention.start < end and start < mention.end and mention.end >= end - 2:
                return mention
            i -= 1
        return None

    def mention_named(self, name: str | None, offset: int) -> Mention | None:
        """The mention of this name nearest before ``offset`` (else the first after it)."""
        if not name:
            return None
        key = names.plain(names.strip_possessive(name))
        positions = self.by_name.get(key, [])
        words = key.split()
        while not positions and len(words) > 1 and words[0] in names.title_words():  # "President Putin"
            words.pop(0)
            positions = self.by_name.get(" ".join(words), [])
        if not positions:
            return None
        before = [p for p in positions if self.mentions[p].start <= offset]
        return self.mentions[before[-1] if before else positions[0]]

    def antecedent_at(self, token: Token) -> Mention | None:
        """For a personal pronoun, the mention of the person it refers to; else the mention at it."""
        if token.lower_ not in PRONOUN_GENDER:
            return self.mention_at(token)
        if self.people is None:  # the quote stage's table when it ran on this doc, else read now
            self.people = self.doc._.people_table or read_article(
                self.doc, inside_marks(quotations(doc_text(self.doc))), self.layout
            )
        return self.mention_named(pronoun_antecedent(self.people, token).name, token.idx)

    def speaker_mention(self, quote: Quote) -> Mention | None:
        """The mention a quote's speaker resolved to: the name at the cue when the speaker is
        named there, else the nearest earlier mention of the name it resolved to."""
        if quote.speaker_start is not None and quote.speaker_end is not None:
            at = self.mention_over(quote.speaker_start, quote.speaker_end)
            if at is not None:
                return at
        offset = quote.speaker_start if quote.speaker_start is not None else quote.start
        return self.mention_named(quote.speaker, offset)


def link_speakers(quotes: list[Quote], index: PeopleIndex) -> None:
    """Give every quote with a speaker the id of its speaker's mention."""
    for quote in quotes:
        if quote.speaker or quote.speaker_start is not None:
            mention = index.speaker_mention(quote)
            quote.speaker_mention_id = mention.mention_id if mention is not None else None
