"""The article's people index: its named mentions (with ids), looked up by token, offset or name.

Built once per article, after the parse and the entity repairs, from the entity stage's mentions
(``entities.mentions``), before the quote stage; every stage asks it about people:

* ``mention_at(token)``: the mention a token is part of (events: the actor or recipient named there);
* ``antecedent_at(token)``: for "he"/"she", the mention of the person it refers to, from the quote
  stage's table of names and salient subjects (``people.salience``);
* the quote stage's table holds it (``ArticlePeople.lookup``), so that speaker resolution names
  the mention its speaker is while it resolves: the quote's ``speaker_mention_id``, by which the
  cross-article linker finds the speaker's entity.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsprism.entities.mentions import extract_mentions
from newsprism.ingest.layout import Layout
from newsprism.models import Article
from newsprism.nlp.document_memo import doc_text
from newsprism.people import names, role_words
from newsprism.people.article import ArticlePeople
from newsprism.people.lookup import MentionLookup
from newsprism.people.pronouns import pronoun_antecedent
from newsprism.people.salience import read_article
from newsprism.people.words import PRONOUN_GENDER
from newsprism.quotes.marks import inside_marks, quotations


@dataclass
class PeopleIndex(MentionLookup):
    """One article's mentions, indexed, with the table of names that resolves pronouns."""

    doc: Doc | None = None
    by_name: dict[str, list[int]] = field(default_factory=dict)  # plain name -> mention positions
    layout: Layout | None = None  # the article's headline lines and dateline, when known
    people: ArticlePeople | None = None  # the table of names and salient subjects, for pronouns

    def __post_init__(self) -> None:
        super().__post_init__()
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

    def mention_named(self, name: str | None, offset: int):
        """The mention of this name nearest before ``offset`` (else the first after it)."""
        if not name:
            return None
        key = names.plain(names.strip_possessive(name))
        positions = self.by_name.get(key, [])
        words = key.split()
        while not positions and len(words) > 1 and words[0] in role_words.title_words():  # "President Putin"
            words.pop(0)
            positions = self.by_name.get(" ".join(words), [])
        if not positions:
            return None
        before = [p for p in positions if self.mentions[p].start <= offset]
        return self.mentions[before[-1] if before else positions[0]]

    def antecedent_at(self, token: Token):
        """For a personal pronoun, the mention of the person it refers to; else the mention at it."""
        if token.lower_ not in PRONOUN_GENDER:
            return self.mention_at(token)
        if self.people is None:  # the quote stage's table when it ran on this doc, else read now
            self.people = self.doc._.people_table or read_article(
                self.doc, inside_marks(quotations(doc_text(self.doc))), self.layout, self
            )
        found = pronoun_antecedent(self.people, token)
        if found.mention_id:
            return next((m for m in self.mentions if m.mention_id == found.mention_id), None)
        return self.mention_named(found.name, token.idx)


def index_article(doc: Doc, article_id: str, layout: Layout | None = None) -> PeopleIndex:
    """The article's index, built once after the parse and the entity repairs."""
    article = Article(article_id=article_id, source="-", text=doc.text)
    return PeopleIndex(extract_mentions(doc, article), doc=doc, layout=layout)
