"""The article's named mentions (from the entity stage, with ids), looked up by token or offsets.

Kept apart from ``people.index`` so that the article's people table (``people.article``) can hold
it: speaker resolution then names the mention its speaker is, while it resolves.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsprism.models import Mention
from newsprism.people import names


@dataclass
class MentionLookup:
    """One article's mentions in text order, found by the words they cover."""

    mentions: list[Mention]  # with mention ids
    starts: list[int] = field(default_factory=list)  # start offsets of ``mentions``

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def mention_at(self, token: Token) -> Mention | None:
        """The mention whose words hold this token."""
        return self.mention_over(token.idx, token.idx + len(token))

    def mention_of(self, span: Span | None) -> Mention | None:
        """The mention a span of words names ("Trade Minister Park": Park's)."""
        return None if span is None or not len(span) else self.mention_over(span.start_char, span.end_char)

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

    def names(self, mention: Mention | None, name: str | None) -> bool:
        """The mention is one of the person or body called ``name`` (its last word in the
        mention's local name): a pronoun's subject may be a title-only phrase, not the name."""
        if mention is None or not name:
            return False
        last = names.plain(names.strip_possessive(name)).split()[-1:]
        return bool(last) and last[0] in names.plain(mention.local_name or mention.text).split()
