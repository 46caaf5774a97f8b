"""Organisations and places as speakers: "the company", "it", "the ministry", "the city", an
organisation named by its first word or its initials."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Span, Token

from newsprism.ingest import layout
from newsprism.nlp import patterns
from newsprism.nlp.entity_repairs import entity_label, entity_span_of, repaired_entities
from newsprism.people.article import ArticlePeople, in_headline
from newsprism.people.tokens import org_name
from newsprism.people.words import ORG_NAME_ENDINGS, SPEAKER_TYPES
from newsprism.quotes.marks import doc_text

TOWN_NOUNS = frozenset({"city", "town", "village", "borough"})  # "the city said": the dateline's
GOVERNMENT_NOUNS = frozenset({"government", "cabinet"})  # a country's, whatever it was labelled
DESCRIBING_DEPS = ("amod", "npadvmod", "advmod", "punct")  # "the Chicago-based", "the state-owned"


def dateline_place(article: ArticlePeople) -> str | None:
    """The place of the story's dateline ("ASHBY —", "DES MOINES, Iowa —"), as a name."""
    return layout.dateline_place(doc_text(article.doc), article.layout.dateline)


def organisation_named_by(article: ArticlePeople, token: Token, entity: Span | None) -> str | None:
    """The organisation a lone proper noun shortens ("Northfield" -> "Northfield Foods"), unless a
    person of that name was introduced."""
    if (
        token.pos_ != "PROPN"
        or (entity is not None and len(entity) > 1)
        or any(o < token.idx for o, _ in article.full_names.get(token.lower_, []))
    ):
        return None
    prefix = token.text + " "
    named = [n for o, n in article.organisations if o < token.idx and n.startswith(prefix)]
    return named[-1] if named else None


def organisation_for(article: ArticlePeople, head: Token, phrase: Span) -> str | None:
    """'the ministry' -> the most recent organisation named with that word; 'the company', 'the
    Chicago-based maker' -> the most recent organisation in the last paragraphs; 'the transit
    authority' -> as written."""
    if head.tag_ in ("NNS", "NNPS"):
        return None
    called = _name_it_goes_by(head)
    if called is not None:  # "The group, which calls itself the Sufar Brigades, said"
        return org_name(called)
    possessor = phrase[0]
    if (
        len(phrase) > 2
        and (possessor.pos_ == "PROPN" or entity_label(possessor))
        and phrase[1].dep_ == "case"
    ):
        return phrase.text  # "Chile's central bank": the bank, as written (never "Chile")
    if phrase[0].lower_ not in ("the", "its", "their"):
        return None
    word = head.lemma_.lower()
    earlier = [(o, n) for o, n in article.organisations if o < phrase.start_char]
    for _, name in reversed(earlier):
        if word in name.lower():
            return name
    # "the Chicago-based maker", "the state-owned lender" (but "the Taravian army" as written)
    described = all(
        t.dep_ in DESCRIBING_DEPS and (not entity_label(t) or t.nbor().text == "-") for t in phrase[1:-1]
    )
    if len(phrase) > 2 and not described or (len(phrase) == 2 and phrase[0].lower_ != "the"):
        if phrase[0].lower_ != "the":
            return None
        # as written, with a named body it belongs to: "the Sarelian mission to the United Nations"
        end = phrase.end_char
        for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("to", "of")):
            named = [c for c in prep.children if c.dep_ == "pobj" and entity_label(c) in SPEAKER_TYPES]
            end = max([end] + [c.right_edge.idx + len(c.right_edge) for c in named])
        return doc_text(head.doc)[phrase[1].idx : end]
    paragraph = bisect_right(article.paragraph_starts, head.idx) - 1
    horizon = article.paragraph_starts[max(0, paragraph - 2)]
    return recent_organisation(article, head.idx, horizon, countries=word in GOVERNMENT_NOUNS)


def _name_it_goes_by(head: Token) -> Span | None:
    """The name in "which calls itself X", "known as X", "called X" hung on an organisation noun
    (the ``naming_clause`` pattern)."""
    if not any(c.dep_ in ("relcl", "acl") for c in head.children):
        return None  # no clause to name it: the pattern cannot match (and matching costs)
    named = [
        (clause, name)
        for body, clause, name in patterns.match("naming_clause", head.sent)
        if body == head.i and entity_label(head.doc[name])
    ]
    if not named:
        return None
    return entity_span_of(head.doc[min(named)[1]])


def recent_organisation(
    article: ArticlePeople, offset: int, horizon: int | None = None, countries: bool = False
) -> str | None:
    """'the company' (organisations named since ``horizon`` or more than once) and 'it' (no
    horizon: organisations named in this or the previous sentence): the one named most often so
    far, then the first named (the story's own company, not the regulator it quotes). With
    ``countries``, places count too: "the government" is a country's."""
    earlier = [(o, n) for o, n in article.organisations if o < offset]
    if countries:
        places = [
            (e.start_char, org_name(e))
            for e in repaired_entities(article.doc)
            if e.label_ == "GPE"
            and e.start_char < offset
            and not article.layout.in_dateline(e.start_char)
            and not in_headline(article, e.start_char)
        ]
        earlier = sorted(earlier + places)

    def times_named(name: str) -> int:  # under any label: "Tessaly" after "Tessaly Home Appliances"
        words = name.lower().split()
        after = words[1] if len(words) > 1 else ""
        named = article.proper_offsets.get(words[0], [])
        return sum(1 for o, following in named if o < offset and following in ("", after))

    if horizon is None:
        sentence = bisect_right(article.sentence_starts, offset) - 1
        since = article.sentence_starts[max(0, sentence - 1)]
        candidates = [(o, n) for o, n in earlier if o >= since]
    else:
        candidates = [(o, n) for o, n in earlier if o >= horizon or times_named(n) > 1]
    if not candidates:
        return None
    name = min(candidates, key=lambda item: (-times_named(item[1]), item[0]))[1]
    # "Quillon" after "Quillon Software": the name as the article introduced it
    fuller = [n for _, n in earlier if n.startswith(name + " ")]
    if not fuller:  # the first mention may have had no organisation label: "Quillon Software, the maker"
        text = doc_text(article.doc)[:offset]
        for match in re.finditer(rf"\b{re.escape(name)}((?: [A-Z][\w&'-]*)+)", text):
            ending = match.group(1).split()[-1].lower()
            if ending in ORG_NAME_ENDINGS and not in_headline(article, match.start()):
                fuller.append(match.group(0))
                break
    return fuller[0] if fuller else name


def introduced_org(article: ArticlePeople, entity: Span) -> str:
    """An organisation under the name the article introduced: "FDA" -> "Food and Drug
    Administration" (initials), "Corvin" -> "Corvin Pharmaceuticals" (first words)."""
    name = org_name(entity)
    for ent in repaired_entities(article.doc):
        if ent.start_char >= entity.start_char:
            break
        if ent.label_ != entity.label_ or in_headline(article, ent.start_char):
            continue
        full = org_name(ent)
        initials = "".join(w[0] for w in full.split() if w[0].isupper())
        if (name.isupper() and len(name) > 1 and initials == name) or full.startswith(name + " "):
            return full
    for offset, full in article.organisations:  # whatever label the model gave the first mention
        if offset < entity.start_char and full.startswith(name + " "):
            return full
    return name
