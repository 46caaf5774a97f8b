"""The article's people: who it names, with what roles and genders, and its organisations.

One pass over a parsed article builds the table (``ArticlePeople``) that speaker resolution looks
things up in: full names by surname and first name, roles introduced next to names ("Marta Solis,
the trade minister"), genders from honorifics and role words, the organisations "the company" may
mean, and the subjects that make a person salient for a later "she" (``people.salience`` adds
those). Quoted words are left out; headline lines and the dateline come from cleaning
(``ingest.layout``). People are those of the repaired entities (``nlp.entity_repairs``, the
labels of the article's people index), and a few the parse shows to be people whatever their
label ("Donnelly, 41,", "X, a spokeswoman"). With the index (``lookup``), each entry knows the
mention it stands for, so that a resolved speaker comes with its mention.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsprism.ingest.layout import Layout, paragraph_starts
from newsprism.nlp import patterns
from newsprism.nlp.document_memo import doc_sentences, doc_text
from newsprism.nlp.entity_repairs import entity_label, entity_span_of, repaired_entities
from newsprism.people.apposed_roles import apposed_role_tokens
from newsprism.people.article_orgs import organisations
from newsprism.people.hypothetical import hypothetical_title
from newsprism.people.kin import another_bearer, kin_of_namesake, namesake_speaking
from newsprism.people.lookup import MentionLookup
from newsprism.people.name_keys import NameKeys
from newsprism.people.names import generational_suffixes, given_name_attested, given_name_gender
from newsprism.people.role_words import is_kin_role
from newsprism.people.surname_bearers import by_generation, main_bearer
from newsprism.people.tokens import (
    clean_name,
    honorific_gender,
    is_cue,
    is_main_or_speech_verb,
    is_role,
    longer_title_start,
    names_a_role_holder,
    role_words,
)
from newsprism.people.words import (
    FEMALE_WORDS,
    HONORIFICS,
    MALE_WORDS,
    MISSED_NAME_TYPES,
    ORG_NAME_ENDINGS,
    ORG_NOUNS,
    POSSESSIVE_S,
    ROLE_ABBREVIATIONS,
    ROLE_WORDS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    TITLE_POS,
)
from newsprism.quotes import rules

if not Doc.has_extension("people_table"):  # the table the quote stage read, kept on its doc
    Doc.set_extension("people_table", default=None)


@dataclass
class ArticlePeople:
    """What the article has said so far about people: names, roles, salient subjects."""

    doc: Doc
    # surname or first name -> [(offset, name as written)] in article order
    full_names: dict[str, list[tuple[int, str]]] = field(default_factory=NameKeys)
    genders: dict[str, str] = field(default_factory=dict)  # full name -> "m" | "f"
    roles: list[tuple[int, str, frozenset[str]]] = field(default_factory=list)  # (offset, name, words)
    subjects: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name) in order
    sentence_starts: list[int] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)
    speech_cues: list[Token] = field(default_factory=list)  # speech verbs and "according", in order
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name) of every person
    possessors: list[tuple[int, str]] = field(default_factory=list)  # "Trump’s record": (offset, name)
    layout: Layout = field(default_factory=Layout)  # headline lines and dateline, from cleaning
    # (offset, name) of organisations that may be "the company": named outside headlines and not
    # only as someone's workplace
    organisations: list[tuple[int, str]] = field(default_factory=list)
    # offsets of subjects like "the minister" that more than one person could be
    unclear_subjects: list[int] = field(default_factory=list)
    # capitalised word (lowercased) -> (offset, the capitalised word after it or "") where it stands
    # outside headlines, whatever label the model gave it: how often an organisation was named
    proper_offsets: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    # the article's named mentions (``people.index``), and for an entry of this table at an
    # offset the id of the mention it stands for: resolution names its speaker's mention
    lookup: MentionLookup | None = None
    referents: dict[int, str] = field(default_factory=dict)
    # full names introduced as a relative of a bearer of the surname ("Unanue's grandfather, Don
    # Prudencia Unanue"): a bare "Unanue" later is not theirs while another Unanue fits
    relatives: set[str] = field(default_factory=set)


def read_people(
    doc: Doc, inside, layout: Layout, lookup: MentionLookup | None = None
) -> tuple[ArticlePeople, list[Token]]:
    """The article's names, roles, genders and organisations (quoted words excluded), and the
    subject tokens, for ``speakers.read_article`` to finish with salience."""
    article = ArticlePeople(
        doc,
        sentence_starts=[s.start_char for s in doc_sentences(doc)],
        paragraph_starts=paragraph_starts(doc_text(doc)),
        layout=layout,
        lookup=lookup,
    )
    # One pass over the tokens collects everything the rules below look at.
    subjects: list[Token] = []
    appositives: list[Token] = []
    for token in doc:
        dep = token.dep_
        if dep in SUBJECT_DEPS:
            subjects.append(token)
        elif dep == "appos":
            appositives.append(token)
        pos = token.pos_
        if (pos in ("VERB", "AUX") or token.lower_ == "according") and is_cue(token, SPEECH_VERBS):
            article.speech_cues.append(token)  # (the test above: what ``is_cue`` looks at first)
        if pos == "PROPN":
            _note_proper_noun(article, token)
    aged = {
        doc[i].lower_ for i, _ in patterns.match("age_after_name", doc) if not is_cue(doc[i], SPEECH_VERBS)
    }
    article.organisations = organisations(article.doc, article.layout, subjects, appositives, aged)
    # the people of the article's index: the entities as the repairs left them ("Psaki" labelled
    # ORG after "Jen Psaki" is a person, "the White House" stays a body), and a few more the
    # parse shows to be people whatever their label ("Donnelly, 41,", "X, a spokeswoman")
    people = [
        e
        for e in repaired_entities(doc)
        if e.label_ == "PERSON"
        or e.label_ == "ORG"
        and (e[-1].lower_ in aged or _named_role_holder(e))
        or _hyphenated_person(e)
    ]
    people += _untagged_names(subjects + appositives)
    people = sorted((p for p in people if not layout.in_headline(p.start_char)), key=lambda p: p.start)
    if rules.enabled("ampersand_firms"):  # "Ben Salango's law firm, Preston & Salango": no person
        people = [p for p in people if "&" not in p.text]
    for ent in people:
        name = clean_name(ent)
        parts = name.split()
        if not parts:
            continue
        keys = {parts[-1].lower(), parts[0].lower()}
        if (
            len(parts) > 2
            and parts[-1].rstrip(".").lower() in generational_suffixes()
            and rules.enabled("suffix_surname")
        ):
            keys.add(parts[-2].rstrip(",").lower())  # "F. Jane Roe Jr." is met again as "Roe"
        for key in keys:
            article.full_names.setdefault(key, []).append((ent.start_char, name))
    for ent in people:
        if not inside(ent.start_char):
            _note_person(article, ent)
    # "Albrecht-Mensah" labelled ORG after "Jonas Albrecht-Mensah": a person, not "the company"
    article.organisations = [(o, n) for o, n in article.organisations if not _name_of_someone(article, n)]
    if rules.enabled("surname_mistagged"):  # "Creely also criticized ...": the tagger's "adverb" is him
        article.subjects = sorted(article.subjects + _mistagged_surnames(article))
    return article, subjects


def _mistagged_surnames(article: ArticlePeople) -> list[tuple[int, str]]:
    """Sentences opened by a person's surname, named before, that the tagger took for an adverb
    ("Creely", "-ly") and the parse left its verb without a subject: that person is the subject."""
    found = []
    for sent in doc_sentences(article.doc):
        first, verb = sent[0], sent[0].head
        if first.pos_ not in ("ADV", "ADJ") or not first.text.istitle() or not is_main_or_speech_verb(verb):
            continue
        named = [n for o, n in article.full_names.get(first.lower_, []) if o < first.idx]
        if named and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            found.append((first.idx, max(named, key=len)))
    return found


def _note_proper_noun(article: ArticlePeople, token: Token) -> None:
    """A capitalised proper noun outside headlines and the dateline ("PORT ELLERY —" names a
    place), with the capitalised proper noun after it: how often a name stands in the text."""
    if not token.text[:1].isupper() or in_headline(article, token.idx):
        return
    if article.layout.in_dateline(token.idx):
        return
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else token
    following = after.lower_ if after.pos_ == "PROPN" and after.text[:1].isupper() else ""
    article.proper_offsets.setdefault(token.lower_, []).append((token.idx, following))


def _named_role_holder(ent: Span) -> bool:
    """'Leonie Faure, a spokeswoman for the mission': two or three capitalised words, not ending
    like an organisation, set beside a person's role."""
    words = [t for t in ent if t.text != "-"]
    return (
        2 <= len(words) <= 3
        and all(t.is_title and t.pos_ == "PROPN" for t in words)
        and words[-1].lower_ not in ORG_NAME_ENDINGS
        and names_a_role_holder(ent.root)
    )


def _hyphenated_person(ent: Span) -> bool:
    """'Jonas Albrecht-Mensah', 'Helena Marsh-Kaur': a given name and a hyphenated surname, which
    the small model tends to label ORG."""
    if ent.label_ == "PERSON" or len(ent) < 4 or given_name_gender(ent[0].text) is None:
        return False
    words = {t.lower_ for t in ent}
    hyphens = [t for t in ent[1:-1] if t.text == "-" and not t.whitespace_ and not t.nbor(-1).whitespace_]
    return bool(hyphens) and ent[0].whitespace_ == " " and not words & ORG_NAME_ENDINGS


def _name_of_someone(article: ArticlePeople, name: str) -> bool:
    """A person's full name, or one word of the full name of a person the article named; a
    person shown to be one by a given name or a gender ("Corvin Pharmaceuticals" labelled PERSON
    is neither)."""
    words = name.lower().split()
    named = article.full_names.get(words[-1], []) + article.full_names.get(words[0], [])
    people = [
        n
        for _, n in named
        if (n in article.genders or given_name_gender(n.split()[0]))
        and n.split()[-1].lower() not in ORG_NAME_ENDINGS
    ]
    if len(words) > 1:
        return any(n.lower() == name.lower() for n in people)
    return any(len(n.split()) > 1 and words[0] in n.lower().split() for n in people)


def _untagged_names(candidates: list[Token]) -> list[Span]:
    """Two- or three-word proper names the entity recogniser missed, as subjects or appositives."""
    found = []
    for token in candidates:
        label = _missed_label(token)
        if token.pos_ != "PROPN" or label == "PERSON":
            continue
        if label not in MISSED_NAME_TYPES and not names_a_role_holder(token):
            continue
        doc = token.doc
        start = token.i
        while (
            start > 0
            and token.i - start < 2
            and doc[start - 1].pos_ == "PROPN"
            and _missed_label(doc[start - 1]) in (*MISSED_NAME_TYPES, label)
        ):
            start -= 1
        while token.i - start >= 2 and doc[start].lower_ in ROLE_WORDS | HONORIFICS:
            start += 1  # "Goalkeeper Ines Farrow": the title is not part of the name
        span = doc[start : token.i + 1]
        words = {t.lower_ for t in span}
        words |= {w[:-1] for w in words if w.endswith("s") and rules.enabled("plural_role_names")}
        if len(span) >= 2 and all(t.is_title and t.is_alpha for t in span):
            if not words & (ROLE_WORDS | ORG_NOUNS | HONORIFICS):
                found.append(Span(doc, span.start, span.end, label="PERSON"))
    return found


def _missed_label(token: Token) -> str:
    """A token's label for finding names the recogniser missed: none for a one-word person, which
    the repairs may have added from a later mention ("Corvin" of "Corvin Pharmaceuticals" after
    "Corvin said", "Farrow" of "Goalkeeper Ines Farrow"), so the words around it are taken in."""
    label = entity_label(token)
    return "" if label == "PERSON" and len(entity_span_of(token)) == 1 else label


def gender_of(article: ArticlePeople, name: str, given_names: bool = True) -> str | None:
    """ "m" or "f": what the article showed (an honorific, a role word, a pronoun), else what the
    given name of a full name says; None when neither tells."""
    if name in article.genders:
        return article.genders[name]
    words = name.split()
    given = given_name_gender(words[0]) if given_names and len(words) > 1 else None
    if given_names and len(words) == 1 and _lone_given_name(words[0]):
        given = given_name_gender(words[0])  # "Andrew, then 12, told his father ..." is no "she"
    return {"female": "f", "male": "m"}.get(given or "")


def _lone_given_name(word: str) -> bool:
    """A person the article names by one word only, a given name of one gender that more than one
    source attests ("Andrew", "Luke"; rule group ``lone_given_name``): that word is his or her
    given name, not a surname, as far as the article tells."""
    return rules.enabled("lone_given_name") and given_name_attested(word)


def fits_gender(article: ArticlePeople, name: str, gender: str | None, given_names: bool = True) -> bool:
    """Nothing known about the person's gender contradicts ``gender``. Given-name lists are
    weaker evidence than the article's own words: callers try again without them
    (``given_names=False``) when they rule out everyone."""
    return not gender or gender_of(article, name, given_names) in (None, gender)


def full_name(article: ArticlePeople, name: str, offset: int, gender: str | None = None) -> str:
    """The fullest form of a name the article has used so far ("Okafor" -> "Denise Okafor").

    Names introduced before the mention win over later ones, so a family member named later
    ("Celia Bellamy") does not take over an earlier bare surname; among equals the earliest wins.
    """
    words = [NameKeys.fold(w.lower()) for w in name.split()]
    if not words:
        return name
    known = article.full_names.get(words[-1], []) + article.full_names.get(words[0], [])
    wanted = set(words)
    fits = [(o, n) for o, n in known if wanted <= NameKeys.word_set(n)]
    if gender:  # "Ms. Bellamy" is not the Arturo Bellamy the article called "he"
        fits = [(o, n) for o, n in fits if fits_gender(article, n, gender)] or [
            (o, n) for o, n in fits if fits_gender(article, n, gender, given_names=False)
        ]
    if len(words) == 1 and len(fits) > 1:  # "the elder Lee": the bearer without a generational suffix
        fits = by_generation(article, fits, offset)
    if len(words) == 1 and rules.enabled("namesake_speaker"):  # "Lee's aunt, Ann Lee, told ... Lee said"
        fits = namesake_speaking(article, fits, offset) or fits
    if len(words) == 1 and rules.enabled("kin_apposition"):
        fits = [(o, n) for o, n in fits if n not in article.relatives] or fits
    pool = [(o, n) for o, n in fits if o <= offset] or fits
    if len(words) == 1:  # "Trump said" of Donald Trump, not of the Donald Trump Jr. quoted before
        pool = main_bearer(article, pool, offset)
    if not pool:
        return name
    known = [(o, n) for o, n in pool if gender and gender_of(article, n) == gender]
    return min(known or pool, key=lambda item: (-len(item[1].split()), item[0]))[1]


def _note_person(article: ArticlePeople, ent: Span) -> None:
    """Record a person's roles (appositive, title before the name), gender cues and salience."""
    doc = article.doc
    name = full_name(article, clean_name(ent), ent.start_char, honorific_gender(ent))
    if article.lookup is not None:
        mention = article.lookup.mention_of(ent)
        if article.lookup.names(mention, name) and not another_bearer(mention.local_name, name):
            article.referents[ent.start_char] = mention.mention_id
    root = ent.root
    role_tokens: list[Token] = []
    # Title words before the name: "Chilean President Marta Solis", "spokesman Tom Becker".
    i = ent.start - 1
    while i >= 0 and i >= ent.start - 7:
        tok = doc[i]
        if entity_label(tok) == "PERSON" or tok.pos_ not in TITLE_POS and tok.text != "of":
            break
        role_tokens.append(tok)
        i -= 1
    longer = longer_title_start(doc, i, ent.start) if i >= 0 else None
    if longer is not None:  # "Counselor to the President X" is a counselor
        role_tokens = list(doc[longer : i - 1])
    if hypothetical_title(ent, role_tokens):  # "if a President X withheld aid": no office held
        role_tokens = []
    # Appositive either way: "Tom Becker, the spokesman," / "the spokesperson, Liang Wei".
    for child in root.children:
        if child.dep_ == "appos" and entity_label(child) != "PERSON":
            role_tokens += apposed_role_tokens(child)  # not the other people of its clauses
    if root.dep_ == "appos" and entity_label(root.head) != "PERSON":
        head = root.head
        role_tokens += [t for t in doc[head.left_edge.i : head.i + 1] if t.text != "-"]
    words = frozenset(ROLE_ABBREVIATIONS.get(w, w) for w in role_words(role_tokens) if w not in POSSESSIVE_S)
    if kin_of_namesake(ent, name):
        article.relatives.add(name)
    if words & ROLE_WORDS:
        article.roles.append((ent.start_char, name, words))
    if name not in article.genders:
        for word in words | {doc[ent.start - 1].lower_ if ent.start else ""}:
            if word in FEMALE_WORDS or word.endswith("woman") and word in ROLE_WORDS:
                article.genders[name] = "f"
            elif word in MALE_WORDS or word.endswith("man") and word in ROLE_WORDS:
                article.genders[name] = "m"
    if root.dep_ not in ("compound", "poss", "nmod", "amod"):  # not "the Solis administration"
        article.mentions.append((ent.start_char, name))
    elif root.dep_ == "poss" and not is_role(root.head) and not is_kin_role(root.head.lower_):
        # "Trump’s record" (not "Jones’s lawyer", "his son": the lawyer or son may be a later "he")
        article.possessors.append((ent.start_char, name))
    subject = root.head if root.dep_ == "appos" else root
    if subject.dep_ in SUBJECT_DEPS and is_main_or_speech_verb(subject.head):
        article.subjects.append((ent.start_char, name))


def referent(article: ArticlePeople, offset: int, name: str | None) -> str | None:
    """The id of the mention that the table's entry at ``offset`` (for ``name``) stands for: the
    one recorded there, else the mention at that offset when it names ``name``."""
    if offset in article.referents:
        return article.referents[offset]
    if article.lookup is None or not name:
        return None
    mention = article.lookup.mention_over(offset, offset + 1)
    if mention is not None and another_bearer(mention.local_name, name):
        return None  # "Floyd" read as George Floyd where the table found his brother
    return mention.mention_id if article.lookup.names(mention, name) else None


def mention_id_for(article: ArticlePeople, name: str | None, offset: int) -> str | None:
    """The mention of ``name`` that the table learned it from: its latest entry (a person named,
    a role, a subject, an organisation) before ``offset`` that stands for a mention, else the
    first after it."""
    if not name or article.lookup is None:
        return None
    entries = sorted(
        {(o, n) for o, n in article.mentions + article.subjects + article.organisations}
        | {(o, n) for o, n, _ in article.roles}
    )
    found = [(o, referent(article, o, n)) for o, n in entries if n == name]
    found = [(o, mention_id) for o, mention_id in found if mention_id]
    before = [mention_id for o, mention_id in found if o <= offset]
    return before[-1] if before else (found[0][1] if found else None)


def in_headline(article: ArticlePeople, offset: int) -> bool:
    return article.layout.in_headline(offset)
