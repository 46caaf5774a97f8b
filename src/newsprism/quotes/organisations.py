"""Organisations and places as speakers: "the company", "it", "the ministry", "the city", an
organisation named by its first word or its initials.

``subject_body``: a definite description of a body ("the department-store chain", "the group")
or "it" names the organisation the last sentences were about, the one that was their subject
("Macy's announced ... The department-store chain ... noted"), rather than the organisation named
most often nearby (a regulator or rival quoted beside it). The nearest sentence with an
organisation as subject decides; two there leave the choice to the older rules."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Span, Token

from newsprism.ingest import layout
from newsprism.nlp import lexicon, patterns
from newsprism.nlp.entity_repairs import entity_label, entity_span_of, repaired_entities
from newsprism.people.article import ArticlePeople, in_headline
from newsprism.people.tokens import is_role, org_name
from newsprism.people.words import ORG_NAME_ENDINGS, REGION_LABELS, SPEAKER_TYPES, SUBJECT_DEPS
from newsprism.quotes import rules
from newsprism.quotes.marks import doc_text

TOWN_NOUNS = frozenset({"city", "town", "village", "borough"})  # "the city said": the dateline's
GOVERNMENT_NOUNS = frozenset({"government", "cabinet"})  # a country's, whatever it was labelled
DESCRIBING_DEPS = ("amod", "npadvmod", "advmod", "punct")  # "the Chicago-based", "the state-owned"
BODY_KINDS = [frozenset(line.split()) for line in lexicon.word_list("quote_body_kinds.txt")]
OUTLET_NOUNS = lexicon.words("quote_outlet_nouns.txt")
SENTENCES_BACK = 3  # subject_body: the three sentences before (this one's subjects may be quoted words)


def dateline_place(article: ArticlePeople) -> str | None:
    """The place of the story's dateline ("ASHBY —", "DES MOINES, Iowa —"), as a name."""
    return layout.dateline_place(doc_text(article.doc), article.layout.dateline)


def organisation_named_by(article: ArticlePeople, token: Token, entity: Span | None) -> str | None:
    """The organisation a lone proper noun shortens ("Northfield" -> "Northfield Foods"), unless a
    person of that name was introduced, or (``role_not_body``) the word is a title someone was
    introduced with: "the Pope said" after "Pope Francis" is no "Pope Pius XII" typed ORG."""
    if (
        token.pos_ != "PROPN"
        or (entity is not None and len(entity) > 1)
        or any(o < token.idx for o, _ in article.full_names.get(token.lower_, []))
    ):
        return None
    if rules.enabled("role_not_body") and is_role(token):
        if any(o < token.idx and token.lower_ in words for o, _, words in article.roles):
            return None
    prefix = token.text + " "
    named = [n for o, n in article.organisations if o < token.idx and n.startswith(prefix)]
    return named[-1] if named else None


def organisation_for(article: ArticlePeople, head: Token, phrase: Span) -> str | None:
    """'the ministry' -> the most recent organisation named with that word; 'the company', 'the
    Chicago-based maker' -> the most recent organisation in the last paragraphs; 'the transit
    authority' -> as written. ``outlet_not_body``: a news outlet the story cites ("(Reuters
    described it as ...)") is never "the army" or "the ministry", only a noun an outlet goes by
    ("the paper", "the agency"; ``quote_outlet_nouns.txt``)."""
    press = _latest_outlet(article, head, phrase)
    if press is not None:
        return press
    found = _organisation_for(article, head, phrase)
    if found is None or not rules.enabled("outlet_not_body") or head.lemma_.lower() in OUTLET_NOUNS:
        return found
    return None if found.lower() in lexicon.words("media_names.txt") else found


def press_outlet(article: ArticlePeople, head: Token, phrase: Span) -> str | None:
    """'via the New York Times ... The paper also reported': a press noun that is no body noun
    ("paper") names the news outlet named last before it too (rule group ``paper_outlet``)."""
    return _latest_outlet(article, head, phrase) if rules.enabled("paper_outlet") else None


def _latest_outlet(article: ArticlePeople, head: Token, phrase: Span) -> str | None:
    """'the New York Times reported ... the newspaper reported': a noun only the press goes by
    (``quote_press_nouns.txt``) is the news outlet named last before it, not the company the story
    names most (rule group ``press_noun_outlet``)."""
    if not rules.enabled("press_noun_outlet") or len(phrase) != 2 or phrase[0].lower_ != "the":
        return None
    if head.lemma_.lower() not in lexicon.words("quote_press_nouns.txt"):
        return None
    media = lexicon.words("media_names.txt")
    named = [n for o, n in article.organisations if o < phrase.start_char and n.lower() in media]
    return named[-1] if named else None


def _organisation_for(article: ArticlePeople, head: Token, phrase: Span) -> str | None:
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
        if name.lower() == word and rules.enabled("noun_is_no_name"):
            continue  # "the Agency's current thinking" quoted: the noun capitalised names no body
        if word in name.lower():
            return name
    kind = next((line for line in BODY_KINDS if word in line), None) if rules.enabled("body_kinds") else None
    for offset, name in reversed(earlier if kind else []):
        if _name_head(name) in kind and not _name_goes_on(head.doc, offset, name):
            return name  # "the school said": the latest university or college named
    introduced = _introduced_as(head, word) if rules.enabled("introduced_as") else None
    if introduced is not None:  # "the anti-abortion group Live Action" ... "The group is calling on"
        return introduced
    if len(phrase) == 2 and rules.enabled("named_compound_resumed"):
        resumed = _named_compound_before(article, head)
        if resumed is not None:  # "The Trump campaign, naturally, resists ... according to the campaign"
            return resumed
    if phrase[0].lower_ == "the" and all(t.is_lower or t.is_punct for t in phrase[1:]):
        from_subject = subject_organisation(article, phrase)
        if from_subject and _business_for_public_body(word, from_subject):
            from_subject = None  # "the Labour Ministry is investigating ... The company says"
        if from_subject:  # "Macy's announced ... The department-store chain ... noted"
            return from_subject
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


def _name_head(name: str) -> str:
    """The word a body's name is headed by: "University" of "University of X", "College" of
    "Middlebury College", "Republicans" of "Berkeley College Republicans"."""
    words = name.lower().split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _name_goes_on(doc, offset: int, name: str) -> bool:
    """The text goes on with a capitalised word after the name ("Berkeley College Republicans",
    which the model cut to "Berkeley College"): its head is that word."""
    text = doc_text(doc)
    return text.startswith(name, offset) and bool(re.match(r" [A-Z]", text[offset + len(name) :]))


def body_ending_with(noun: Token) -> str | None:
    """'the Post' after 'The Washington Post': the latest organisation named before whose name ends
    with this capitalised word."""
    names = [e for e in repaired_entities(noun.doc) if e.label_ == "ORG" and e.end <= noun.i]
    names = [e for e in names if e[-1].text == noun.text and len(e) > 1]
    return org_name(names[-1]) if names else None


def _named_compound_before(article: ArticlePeople, head: Token) -> str | None:
    """'the campaign' after 'The Trump campaign' in this paragraph or the two before: the same noun
    with a name before it ("Trump campaign"), the latest such."""
    paragraph = bisect_right(article.paragraph_starts, head.idx) - 1
    horizon = article.paragraph_starts[max(0, paragraph - 2)]
    word = head.lemma_.lower()
    for token in reversed(head.doc[: head.i - 1]):
        if token.idx < horizon:
            return None
        if token.lemma_.lower() != word or token.pos_ != "NOUN":
            continue
        names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
        if names and names[-1].i == token.i - 1:
            return f"{head.doc[names[0].left_edge.i : token.i].text} {token.text}"
    return None


def _introduced_as(head: Token, word: str, ahead: bool = False) -> str | None:
    """The organisation the article introduced with this very noun, the latest before: "the
    anti-abortion group Live Action" (or "Live Action, a group that ...") is "the group" later,
    rather than whichever body was named last (often the one the group is acting against).
    ``ahead``: the first so introduced in the rest of this paragraph or the next (cataphora)."""
    doc = head.doc
    found = None
    words = doc[: head.left_edge.i]
    if ahead:
        words = doc[head.right_edge.i + 1 : _end_of_next_paragraph(head)]
    for token in words:
        if ahead and found:
            break
        if token.lemma_.lower() != word or token.pos_ != "NOUN":
            continue
        named = [c for c in token.children if c.dep_ == "appos"]
        named += [token.head] if token.dep_ == "appos" else []
        for candidate in named:
            span = entity_span_of(candidate)
            if span is not None and span.label_ in ("ORG", "NORP") and abs(span.start - token.i) <= 3:
                found = org_name(span)
    return found


def body_introduced_as(head: Token) -> str | None:
    """'The clinic says' after 'The clinic, Jackson Women's Health Organization, filed ...': a noun
    outside the organisation words that the article once set beside a body's name is that body;
    when none was before, the one so introduced just after ("the clinic contends ... | The clinic,
    Jackson Women's Health Organization, filed ...": rule group ``body_named_next``)."""
    found = _introduced_as(head, head.lemma_.lower())
    if found is None and rules.enabled("body_named_next"):
        found = _introduced_as(head, head.lemma_.lower(), ahead=True)
    return found


def _end_of_next_paragraph(head: Token) -> int:
    """The token index where the paragraph after the head's one ends (or the document does)."""
    doc = head.doc
    breaks = 0
    for token in doc[head.i + 1 :]:
        if "\n\n" in token.text_with_ws or (token.is_space and "\n" in token.text):
            breaks += 1
            if breaks == 2:
                return token.i
    return len(doc)


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
        places = rules.enabled("place_first_word") and {ent.label_, entity.label_} <= REGION_LABELS
        if (ent.label_ != entity.label_ and not places) or in_headline(article, ent.start_char):
            continue  # "the North said" (LOC) after "North Korea" (GPE): the same place
        full = org_name(ent)
        initials = "".join(w[0] for w in full.split() if w[0].isupper())
        if (name.isupper() and len(name) > 1 and initials == name) or full.startswith(name + " "):
            return full
    for offset, full in article.organisations:  # whatever label the model gave the first mention
        if offset < entity.start_char and full.startswith(name + " "):
            return full
    return name


def masthead_outlet(entity: Span | None) -> str | None:
    """'..., The Harlow Courier reported': the small model labels many mastheads WORK_OF_ART; one
    ending in a masthead word (``quote_masthead_words.txt``), not set in quotation marks like a
    programme's title, is the outlet speaking (rule group ``masthead_outlet``)."""
    if entity is None or entity.label_ != "WORK_OF_ART" or not rules.enabled("masthead_outlet"):
        return None
    last, doc = entity[-1], entity.doc
    if not last.text[:1].isupper() or last.lower_ not in lexicon.words("quote_masthead_words.txt"):
        return None
    inside = 0 < entity.start and entity.end < len(doc)  # “This Week”: a programme's title
    wrapped = inside and doc[entity.start - 1].is_quote and doc[entity.end].is_quote
    return None if wrapped else org_name(entity)


def subject_organisation(article: ArticlePeople, phrase: Span) -> str | None:
    """The one organisation that was a subject in the nearest sentence (before ``phrase``) that
    had an organisation as subject; None when there is none or two."""
    if not rules.enabled("subject_body"):
        return None
    doc = article.doc
    sentence = bisect_right(article.sentence_starts, phrase.start_char) - 1
    for back in range(1, SENTENCES_BACK + 1):
        if sentence - back < 0:
            break
        start = article.sentence_starts[sentence - back]
        end = (
            article.sentence_starts[sentence - back + 1]
            if sentence - back + 1 < len(article.sentence_starts)
            else len(doc_text(doc))
        )
        span = doc.char_span(start, min(end, phrase.start_char), alignment_mode="contract")
        if span is None or in_headline(article, start):
            continue  # a headline's words are no subject the text went on about
        # the main clause's subjects only: a body inside a reported clause or an aside is not the topic
        subjects = [t for t in span if t.dep_ in SUBJECT_DEPS and _main_verb(t.head)]
        subjects += [c for t in subjects for c in t.children if c.dep_ == "conj"]  # "A and B sued"
        found = {name for token in subjects for name in [_body(article, token)] if name}
        unknown = [t for t in subjects if t.pos_ == "PROPN" and not _body(article, t)]
        if len(found) == 1 and not unknown:
            return found.pop()
        if found or unknown:
            return None  # two bodies, or a name the parse could not place: the older rules choose
    return None


def _business_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The business description nouns and the public-body name endings (``quote_business_nouns.txt``)."""
    entries = lexicon.word_list("quote_business_nouns.txt")
    cut = entries.index("--")
    return frozenset(entries[:cut]), frozenset(entries[cut + 1 :])


def _business_for_public_body(word: str, name: str) -> bool:
    """'the company' said of a name ending in a public body's word ("Labour Ministry")."""
    if not rules.enabled("business_not_public_body"):
        return False
    businesses, public = _business_nouns()
    return word in businesses and name.split()[-1].lower() in public


def _main_verb(verb: Token) -> bool:
    """The sentence's root, or a verb coordinated with it."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _body(article: ArticlePeople, subject: Token) -> str | None:
    """The organisation a subject token names, itself or through its apposition ("The group,
    Priorities USA, argues")."""
    known = {name for _, name in article.organisations}
    for token in (subject, *(c for c in subject.children if c.dep_ == "appos")):
        entity = entity_span_of(token)
        if entity is not None and entity.label_ == "ORG":
            return introduced_org(article, entity)
        if token.pos_ == "PROPN":  # an organisation the model left unlabelled here: "Priorities USA"
            words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
            written = " ".join(t.text for t in words)
            if written in known:
                return written
    return None
