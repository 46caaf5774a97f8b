"""The quotes stage: who said what, found in a parsed article.

Three passes over one spaCy ``Doc``:

1. Quotation marks are paired by scanning characters (curly and straight, single quotes only
   where they are not apostrophes); a paragraph that opens a quotation without closing it
   continues into the next paragraph when that one opens with a mark.
2. Each quoted span is tied to a cue (a speech verb whose clause holds it, "according to") and
   the cue's speaker (subject, inverted subject, appositive). Pronouns, titles ("the French
   president") and bare surnames are resolved against what the article said earlier: a
   per-article table of names, of roles introduced next to names, and of salient subjects.
3. Reported speech without marks ("X said that ...", "..., X said", "according to X, ...").

No coreference model is used: every resolution is a rule over the parse that can be read here.
Where no speaker can be found the speaker is None, never a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .config import data_path
from .models import Quote


@lru_cache(maxsize=8)
def _text(doc: Doc) -> str:
    """The doc's text, built once: spaCy joins the tokens anew on every ``doc.text``."""
    return doc.text


def _lexicon(name: str) -> list[str]:
    """One entry a line from a bundled data file; '#' starts a comment line."""
    lines = data_path(name).read_text("utf-8").splitlines()
    return [line.strip().lower() for line in lines if line.strip() and not line.startswith("#")]


SPEECH_VERBS = frozenset(_lexicon("speech_verbs.txt"))
CUE_VERBS = SPEECH_VERBS | frozenset(_lexicon("quote_cue_verbs.txt"))
SPEECH_NOUNS = frozenset(_lexicon("speech_nouns.txt"))
ROLES = frozenset(_lexicon("roles.txt"))
ROLE_WORDS = frozenset(word for role in ROLES for word in role.split())
HONORIFICS = frozenset(_lexicon("honorifics.txt"))
ROLE_ABBREVIATIONS = dict(line.split(maxsplit=1) for line in _lexicon("role_abbreviations.txt"))
ORG_NOUNS = frozenset(_lexicon("org_nouns.txt"))
WORK_WORDS = frozenset(_lexicon("quote_work_nouns.txt"))
NAMING_WORDS = frozenset(_lexicon("quote_naming_words.txt"))
BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in _lexicon("quote_boilerplate.txt")), re.IGNORECASE)

MALE_WORDS = frozenset({"mr.", "mr", "king", "prince", "sir", "lord"})
FEMALE_WORDS = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "queen", "princess", "dame"})
PRONOUN_GENDER = {"he": "m", "she": "f"}
UNNAMED_DETERMINERS = frozenset({"a", "an", "one", "another", "some", "several", "two", "three"})
SPEAKER_TYPES = ("PERSON", "ORG", "GPE", "NORP")
MISSED_NAME_TYPES = ("", "PRODUCT")  # labels the small model gives names it does not know
SUBJECT_DEPS = ("nsubj", "nsubjpass")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
TITLE_POS = ("PROPN", "NOUN", "ADJ", "PART")

DOUBLE_MARKS = re.compile(r"[\"“”„«»]")
SINGLE_QUOTE = re.compile(r"(?<![\w])[‘'](?=\w)(.+?)(?<=[\w.,!?])[’'](?![\w])")
PARAGRAPH_BREAK = re.compile(r"\n\s*")
SENTENCE_INSIDE = re.compile(r"[.!?][\"”’']?\s+[\"“‘]?[A-Z]")
OPENING_CONTEXT = " \t\n([{—–-/"
PRONOUN_LOOKBACK_PARAGRAPHS = 3  # a pronoun refers to someone named at most this many paragraphs back


@dataclass
class _Segment:
    """One stretch of quoted words inside marks (offsets exclude the marks)."""

    start: int
    end: int
    chain: int  # segments of one multi-paragraph quotation share a chain number
    continued: bool = False  # reopens a quotation carried over from the previous paragraph


@dataclass
class _Speaker:
    name: str | None
    mention: Span | None
    type: str | None


@dataclass
class _Article:
    """What the article has said so far about people: names, roles, salient subjects."""

    doc: Doc
    # surname or first name -> [(offset, name as written)] in article order
    full_names: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)  # full name -> "m" | "f"
    roles: list[tuple[int, str, frozenset[str]]] = field(default_factory=list)  # (offset, name, words)
    subjects: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name) in order
    sentence_starts: list[int] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)
    # offsets of "the spokeswoman"-style mentions the role table could not resolve
    unresolved_roles: dict[int, str] = field(default_factory=dict)
    speech_cues: list[Token] = field(default_factory=list)  # speech verbs and "according", in order
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name) of every person


# ---- 1. quotation marks --------------------------------------------------------------------


def _find_segments(text: str) -> list[_Segment]:
    """Pair quotation marks; straight marks open after a space and close before one."""
    paragraph_ends = [m.start() for m in PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    segments: list[_Segment] = []
    open_at: int | None = None
    chain = 0
    continued = False
    for match in DOUBLE_MARKS.finditer(text):
        pos, mark = match.start(), match.group()
        if open_at is not None:
            para_end = paragraph_ends[bisect_right(paragraph_ends, open_at)]
            if pos > para_end:  # the quotation ran to the end of its paragraph unclosed
                reopens = not text[para_end:pos].strip()
                if reopens or len(text[open_at:para_end].split()) >= 3:
                    segments.append(_Segment(open_at + 1, para_end, chain, continued))
                open_at, continued = (pos, True) if reopens else (None, False)
                if reopens:
                    continue
                chain += 1
        prev_char = text[pos - 1] if pos else " "
        next_char = text[pos + 1] if pos + 1 < len(text) else " "
        opens = mark in "“„«" or (mark == '"' and prev_char in OPENING_CONTEXT and not next_char.isspace())
        closes = mark in "”»" or (mark == '"' and not opens)
        if open_at is None and (opens or (mark == "”" and not next_char.isspace() and prev_char.isspace())):
            open_at, continued = pos, False
        elif open_at is not None and (
            closes
            or next_char.isspace()
            or next_char in ".,;:!?"
            or text[max(0, pos - 8) : pos].rstrip()[-1:] in ".?!,"
        ):
            segments.append(_Segment(open_at + 1, pos, chain, continued))
            open_at, continued = None, False
            chain += 1
        elif open_at is not None:  # a second opening mark: the first one was stray
            open_at = pos
    if open_at is not None:
        end = paragraph_ends[bisect_right(paragraph_ends, open_at)]
        if len(text[open_at:end].split()) >= 3:
            segments.append(_Segment(open_at + 1, end, chain, continued))
    segments += _single_quoted(text, segments, chain + 1)
    segments.sort(key=lambda s: s.start)
    return [_trimmed(text, s) for s in segments if any(c.isalnum() for c in text[s.start : s.end])]


def _single_quoted(text: str, doubles: list[_Segment], chain: int) -> list[_Segment]:
    """Quotations in single marks that stand outside any double-quoted span."""
    found = []
    starts = [s.start for s in doubles]
    for match in SINGLE_QUOTE.finditer(text):
        i = bisect_right(starts, match.start()) - 1
        if i >= 0 and doubles[i].start <= match.start() <= doubles[i].end:
            continue
        if "\n" in match.group(1):
            continue
        found.append(_Segment(match.start(1), match.end(1), chain + len(found)))
    return found


def _trimmed(text: str, seg: _Segment) -> _Segment:
    """Drop surrounding spaces and a trailing comma that belongs to the sentence, not the quote."""
    start, end = seg.start, seg.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return _Segment(start, end, seg.chain, seg.continued)


def _is_not_a_quote(text: str, seg: _Segment) -> bool:
    """Titles of works, nicknames and quoted boilerplate are quoted but nobody said them."""
    words = text[seg.start : seg.end]
    if BOILERPLATE.search(words):
        return True
    # Only the words just before the mark, in the same sentence, can announce a title or name.
    clause = re.split(r"[.!?][\"”’']?\s|\n", text[max(0, seg.start - 60) : seg.start - 1])[-1]
    before = [w.strip(",:;()").lower() for w in clause.split()][-3:]
    if before[-1:] and before[-1] in NAMING_WORDS or " ".join(before[-2:]) in NAMING_WORDS:
        return True
    if set(before) & WORK_WORDS and _looks_like_title(words):
        return True
    # A nickname sits between the parts of a name: Dwayne “The Rock” Johnson.
    left = text[max(0, seg.start - 30) : seg.start - 1].rstrip()
    right = text[seg.end + 1 : seg.end + 30].lstrip(" ,")
    name_left = left.split()[-1:] if left and left[-1].isalpha() else []
    return bool(
        len(words.split()) <= 4
        and name_left
        and name_left[0][0].isupper()
        and right[:1].isupper()
        and text[seg.end : seg.end + 2].strip(" ”\"’'") == ""
    )


def _looks_like_title(words: str) -> bool:
    """Most longer words capitalised, as in "The Glass Harbor" or "Critical Condition: ..."."""
    long_words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", words) if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.6 * len(long_words)


# ---- 2. the article's people: names, roles, salient subjects -------------------------------


def _clean_name(span: Span) -> str:
    """A person's name as written, without honorifics, titles or a possessive ending."""
    tokens = [t for t in span if t.text not in ("'s", "’s", "'", "’")]
    while len(tokens) > 1 and tokens[0].lower_ in HONORIFICS | {"the"}:
        tokens.pop(0)
    # spacing as written: "Castro-Montes", not "Castro - Montes"
    return " ".join("".join(t.text_with_ws for t in tokens).split()).strip(" ,")


def _read_article(doc: Doc, inside) -> _Article:
    """Build the per-article tables the resolvers look things up in (quoted words excluded)."""
    article = _Article(
        doc,
        sentence_starts=[s.start_char for s in doc.sents],
        paragraph_starts=[0] + [m.end() for m in PARAGRAPH_BREAK.finditer(_text(doc))],
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
        if _is_cue(token, SPEECH_VERBS):
            article.speech_cues.append(token)
    headlines = _headline_ranges(_text(doc))
    people = [ent for ent in doc.ents if ent.label_ == "PERSON"] + _untagged_names(subjects + appositives)
    people = sorted(
        (p for p in people if not any(a <= p.start_char < b for a, b in headlines)), key=lambda p: p.start
    )
    for ent in people:
        name = _clean_name(ent)
        parts = name.split()
        if not parts:
            continue
        for key in {parts[-1].lower(), parts[0].lower()}:
            article.full_names.setdefault(key, []).append((ent.start_char, name))
    for ent in people:
        if not inside(ent.start_char):
            _note_person(article, ent)
    # Surnames the entity recogniser missed still make their bearer salient ("Okafor apologized").
    for token in subjects:
        if (
            token.pos_ == "PROPN"
            and token.ent_type_ != "PERSON"
            and token.lower_ in article.full_names
            and _is_main_or_speech_verb(token.head)
            and not inside(token.idx)
        ):
            insort(article.subjects, (token.idx, _full_name(article, token.text, token.idx)))
        elif (
            token.tag_ == "NN"
            and _is_role(token)
            and _is_main_or_speech_verb(token.head)
            and not inside(token.idx)
        ):  # "The judge rejected that argument." makes the judge salient
            holder = _role_holder(article, token, _noun_phrase(token))
            if holder:
                insort(article.subjects, (token.idx, holder))
    # He/she as the main subject outside quotations teaches the names' genders ("He was 89."); an
    # embedded "he" ("told Perrin that he had ...") is too ambiguous to learn from.
    for token in subjects:
        if token.lower_ in PRONOUN_GENDER and token.head.dep_ == "ROOT" and not inside(token.idx):
            name = _pronoun_antecedent(article, token)
            if name:
                insort(article.subjects, (token.idx, name))
    return article


def _headline_ranges(text: str) -> list[tuple[int, int]]:
    """Title-case lines without final punctuation: a headline's "Leader Vows" is not a person."""
    ranges = []
    start = 0
    for line in text.split("\n"):
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        stripped = line.rstrip()
        if words and not stripped.endswith((".", "?", "!", '"', "”", ":")):
            if sum(w[0].isupper() for w in words) >= 0.6 * len(words):
                ranges.append((start, start + len(line)))
        start += len(line) + 1
    return ranges


def _untagged_names(candidates: list[Token]) -> list[Span]:
    """Two- or three-word proper names the entity recogniser missed, as subjects or appositives."""
    found = []
    for token in candidates:
        if token.pos_ != "PROPN" or token.ent_type_ not in MISSED_NAME_TYPES:
            continue
        doc = token.doc
        start = token.i
        while (
            start > 0
            and token.i - start < 2
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].ent_type_ in MISSED_NAME_TYPES
        ):
            start -= 1
        span = doc[start : token.i + 1]
        words = {t.lower_ for t in span}
        if len(span) >= 2 and all(t.is_title and t.is_alpha for t in span):
            if not words & (ROLE_WORDS | ORG_NOUNS | HONORIFICS):
                found.append(Span(doc, span.start, span.end, label="PERSON"))
    return found


def _full_name(article: _Article, name: str, offset: int, gender: str | None = None) -> str:
    """The fullest form of a name the article has used so far ("Okafor" -> "Denise Okafor").

    Names introduced before the mention win over later ones, so a family member named later
    ("Celia Bellamy") does not take over an earlier bare surname; among equals the earliest wins.
    """
    words = [w.lower() for w in name.split()]
    if not words:
        return name
    known = article.full_names.get(words[-1], []) + article.full_names.get(words[0], [])
    fits = [(o, n) for o, n in known if set(words) <= {w.lower() for w in n.split()}]
    if gender:  # "Ms. Bellamy" is not the Arturo Bellamy the article called "he"
        fits = [(o, n) for o, n in fits if article.genders.get(n, gender) == gender]
    pool = [(o, n) for o, n in fits if o <= offset] or fits
    if not pool:
        return name
    known = [(o, n) for o, n in pool if gender and article.genders.get(n) == gender]
    return min(known or pool, key=lambda item: (-len(item[1].split()), item[0]))[1]


def _note_person(article: _Article, ent: Span) -> None:
    """Record a person's roles (appositive, title before the name), gender cues and salience."""
    doc = article.doc
    name = _full_name(article, _clean_name(ent), ent.start_char, _honorific_gender(ent))
    root = ent.root
    role_words: list[str] = []
    # Title words before the name: "Chilean President Marta Solis", "spokesman Tom Becker".
    i = ent.start - 1
    while i >= 0 and i >= ent.start - 7:
        tok = doc[i]
        if tok.ent_type_ == "PERSON" or tok.pos_ not in TITLE_POS and tok.text != "of":
            break
        role_words.append(tok.lower_)
        i -= 1
    # Appositive either way: "Tom Becker, the spokesman," / "the spokesperson, Liang Wei".
    for child in root.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON":
            role_words += [t.lower_ for t in child.subtree if not t.is_punct]
    if root.dep_ == "appos" and root.head.ent_type_ != "PERSON":
        head = root.head
        role_words += [t.lower_ for t in doc[head.left_edge.i : head.i + 1]]
    words = frozenset(ROLE_ABBREVIATIONS.get(w, w) for w in role_words if w not in ("'s", "’s"))
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
    subject = root.head if root.dep_ == "appos" else root
    if subject.dep_ in SUBJECT_DEPS and _is_main_or_speech_verb(subject.head):
        article.subjects.append((ent.start_char, name))


def _is_main_or_speech_verb(verb: Token) -> bool:
    """Subjects of these verbs are salient: the sentence's main clause, or a speech verb.

    A verb attached to a head in another paragraph is a main verb the parser failed to split off.
    """
    if verb.dep_ == "conj":
        verb = verb.head
    if "\n" in _text(verb.doc)[min(verb.idx, verb.head.idx) : max(verb.idx, verb.head.idx)]:
        return True
    return verb.dep_ == "ROOT" or verb.lemma_.lower() in SPEECH_VERBS


def _entity_span(token: Token) -> Span | None:
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _noun_phrase(token: Token) -> Span:
    """The words of a speaker mention up to its head: "the Chilean president", "Solis's adviser"."""
    doc = token.doc
    start = token.left_edge.i
    while start < token.i and (
        doc[start].is_punct or doc[start].is_space or "\n" in doc[start : token.i].text
    ):
        start += 1
    return doc[start : token.i + 1]


def _resolve(article: _Article, token: Token) -> _Speaker:
    """Who a speaker token refers to, using the article's earlier names, roles and subjects."""
    for child in token.children:  # "a Foreign Ministry spokesperson, Liang Wei"; "her publisher, X"
        if child.dep_ != "appos" or token.ent_type_ == "PERSON" or not child.ent_type_:
            continue
        span = _entity_span(child)
        if child.ent_type_ == "PERSON" or (_is_role(token) and child.pos_ == "PROPN" and len(span) > 1):
            return _Speaker(_full_name(article, _clean_name(span), span.start_char), span, "PERSON")
        if child.ent_type_ in SPEAKER_TYPES:
            return _Speaker(_org_name(span), span, child.ent_type_)
    lower = token.lower_
    if token.pos_ == "PRON":
        if lower in PRONOUN_GENDER:
            return _Speaker(_pronoun_antecedent(article, token), token.doc[token.i : token.i + 1], "PERSON")
        return _Speaker(None, token.doc[token.i : token.i + 1], None)
    entity = _entity_span(token)
    if entity is not None and entity.label_ == "PERSON":
        name = _full_name(article, _clean_name(entity), entity.start_char, _honorific_gender(entity))
        return _Speaker(name, entity, "PERSON")
    if (
        token.pos_ == "PROPN"
        and lower in article.full_names
        and entity is None
        or (entity is not None and len(entity) == 1 and lower in article.full_names)
    ):
        span = entity or token.doc[token.i : token.i + 1]
        name = _full_name(article, token.text, token.idx, _honorific_gender(span))
        return _Speaker(name, span, "PERSON")
    if entity is not None and entity.label_ in SPEAKER_TYPES:
        return _Speaker(_introduced_org(article, entity), entity, entity.label_)
    if entity is not None and token.pos_ == "PROPN" and entity.label_ in ("FAC", "PRODUCT", "LOC"):
        return _Speaker(_org_name(entity), entity, None)  # a named body the model mislabelled
    phrase = _noun_phrase(token)
    if token.pos_ == "PROPN" and token.ent_type_ == "":
        return _Speaker(_clean_name(phrase), phrase, "PERSON")
    if _is_role(token):
        return _Speaker(_role_holder(article, token, phrase), phrase, "PERSON")
    if lower in ORG_NOUNS or token.lemma_.lower() in ORG_NOUNS:
        return _Speaker(_organisation(article, token, phrase), phrase, "ORG")
    return _Speaker(None, phrase, None)


def _honorific_gender(name: Span) -> str | None:
    """'m' or 'f' from "Mr."/"Ms." just before or at the start of a name."""
    first = name.doc[name.start - 1] if name.start else name[0]
    for word in (first.lower_, name[0].lower_):
        if word in MALE_WORDS:
            return "m"
        if word in FEMALE_WORDS:
            return "f"
    return None


def _is_role(token: Token) -> bool:
    return token.lower_ in ROLE_WORDS or token.lemma_.lower() in ROLE_WORDS


def _pronoun_antecedent(article: _Article, pronoun: Token) -> str | None:
    """The most recent compatible person who was a subject or speaker in the sentences before."""
    gender = PRONOUN_GENDER[pronoun.lower_]
    # Nearest first: a subject in this or the previous sentence, else the only person named there
    # ("Enter Ms. Jones - ... . 'I ...,' she wrote."), else an older subject.
    sentence_index = bisect_right(article.sentence_starts, pronoun.idx) - 1
    recent = article.sentence_starts[max(0, sentence_index - 1)]
    for offset, name in reversed(article.subjects):
        if recent <= offset < pronoun.idx and article.genders.get(name, gender) == gender:
            article.genders.setdefault(name, gender)
            return name
    named = {n for o, n in article.mentions if recent <= o < pronoun.idx}
    named = {n for n in named if article.genders.get(n, gender) == gender}
    if len(named) == 1:
        return named.pop()
    paragraph_index = bisect_right(article.paragraph_starts, pronoun.idx) - 1
    horizon = article.paragraph_starts[max(0, paragraph_index - PRONOUN_LOOKBACK_PARAGRAPHS)]
    for offset, name in reversed(article.subjects):
        if offset >= pronoun.idx or offset < horizon:
            continue
        if article.genders.get(name, gender) == gender:
            article.genders.setdefault(name, gender)
            return name
    return None


def _role_holder(article: _Article, head: Token, phrase: Span) -> str | None:
    """The person introduced earlier with this role; None for unnamed or ambiguous sources."""
    first = phrase[0].lower_
    if first in UNNAMED_DETERMINERS or head.tag_ in ("NNS", "NNPS"):
        return None
    wanted = {t.lower_ for t in phrase if t.lower_ not in ("the", "'s", "’s", "this", "that")}
    wanted |= {t.lemma_.lower() for t in phrase if t.pos_ == "PROPN"}
    holders = {
        name
        for offset, name, words in article.roles
        if offset < head.idx and head.lower_ in words and wanted <= (words | {head.lower_})
    }
    return holders.pop() if len(holders) == 1 else None


def _organisation(article: _Article, head: Token, phrase: Span) -> str | None:
    """'the ministry' -> the most recent organisation named with that word; 'the company' -> the
    most recent organisation in the last paragraphs; 'the transit authority' -> as written."""
    if phrase[0].lower_ not in ("the", "its", "their") or head.tag_ in ("NNS", "NNPS"):
        return None
    word = head.lemma_.lower()
    earlier = [e for e in head.doc.ents if e.end <= phrase.start and e.label_ == "ORG"]
    for ent in reversed(earlier):
        if word in ent.text.lower():
            return _org_name(ent)
    if len(phrase) > 2 or (len(phrase) == 2 and phrase[0].lower_ != "the"):
        return None if phrase[0].lower_ != "the" else _text(head.doc)[phrase[1].idx : phrase.end_char]
    paragraph = bisect_right(article.paragraph_starts, head.idx) - 1
    horizon = article.paragraph_starts[max(0, paragraph - 2)]
    recent = [e for e in earlier if e.start_char >= horizon]
    return _org_name(recent[-1]) if recent else None


def _introduced_org(article: _Article, entity: Span) -> str:
    """An organisation under the name the article introduced: "FDA" -> "Food and Drug
    Administration" (initials), "Corvin" -> "Corvin Pharmaceuticals" (first words)."""
    name = _org_name(entity)
    for ent in article.doc.ents:
        if ent.start_char >= entity.start_char:
            break
        if ent.label_ != entity.label_:
            continue
        full = _org_name(ent)
        initials = "".join(w[0] for w in full.split() if w[0].isupper())
        if (name.isupper() and len(name) > 1 and initials == name) or full.startswith(name + " "):
            return full
    return name


def _org_name(span: Span) -> str:
    """An organisation or place as written, without a leading 'the'."""
    words = span.text.split()
    if len(words) > 1 and words[0].lower() == "the":
        words.pop(0)
    return " ".join(words)


# ---- cues: speech verbs and their speakers -------------------------------------------------


def _subject(verb: Token) -> Token | None:
    """The speaker token of a speech verb: subject, inherited subject, or 'according to X'."""
    if verb.lower_ == "according":
        for child in verb.children:
            if child.lower_ == "to":
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
                return _through_speech_noun(target) if target is not None else None
        return None
    if verb.pos_ in ("NOUN", "PROPN"):  # "Jones was quick to retort: ..."
        verb = next((a for a in verb.ancestors if any(c.dep_ in SUBJECT_DEPS for c in a.children)), verb)
    para_start, para_end = _paragraph_bounds(_text(verb.doc), verb.idx)
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and para_start <= c.idx < para_end]
        # the subject nearest the verb: a misparse can hang a dateline's place name on it too
        subject = min(subjects, key=lambda c: abs(c.i - verb.i), default=None)
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        if subject is not None:
            return _through_speech_noun(subject)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return verb.head
        if verb.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or verb.head is verb:
            break
        verb = verb.head
    # "The aide, who ..., was a spokeswoman, wrote": the parser swallowed the subject into a clause.
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i < verb.i and para_start <= clause.idx:
            swallowed = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            if swallowed is not None and swallowed.pos_ in ("NOUN", "PROPN"):
                return swallowed
    # A parse that ran across a paragraph break can lose the subject: take a name right before.
    before = verb.doc[verb.i - 1] if verb.i else None
    if before is not None and before.ent_type_ in SPEAKER_TYPES and before.idx >= para_start:
        # "Senator Jo Reed of Ohio said": the person, not the place after "of"
        if before.head.lower_ == "of" and before.head.head.ent_type_ == "PERSON":
            return before.head.head
        return before
    return None


def _through_speech_noun(subject: Token) -> Token | None:
    """'a readout from the White House said' -> White House; 'the statement said' -> None."""
    if subject.lemma_.lower() not in SPEECH_NOUNS:
        return subject
    for child in subject.children:
        if child.dep_ == "poss":
            return child
    for token in subject.subtree:  # "a report released Tuesday by the firm X"
        if token.dep_ == "prep" and token.lower_ in ("from", "by", "of") and token.head.i >= subject.i:
            return next((c for c in token.children if c.dep_ == "pobj"), None)
    return None


def _is_cue(token: Token, verbs: frozenset[str]) -> bool:
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in verbs


def _cue_for(tokens: list[Token], quoted: Span, inside) -> Token | None:
    """The speech verb whose clause holds the quoted words, else the nearest one outside quotes."""
    candidates = [t for t in tokens if not inside(t.idx) and _is_cue(t, CUE_VERBS)]
    if not candidates:
        return None
    for token in quoted:
        for ancestor in token.ancestors:
            if ancestor in candidates:
                return ancestor
    speech = [t for t in candidates if t.lemma_.lower() in SPEECH_VERBS or t.lower_ == "according"]
    if not speech:
        return None
    middle = (quoted.start_char + quoted.end_char) // 2
    return min(speech, key=lambda t: abs(t.idx - middle))


# ---- 3. the stage --------------------------------------------------------------------------


def extract_quotes(doc: Doc, article_id: str) -> list[Quote]:
    """Every quotation and reported statement in a parsed article, with its speaker."""
    text = _text(doc)
    if not text.strip():
        return []
    segments = [s for s in _find_segments(text) if not _is_not_a_quote(text, s)]
    marked = sorted((s.start - 1, s.end + 1) for s in segments)
    marked_starts = [m[0] for m in marked]

    def inside(offset: int) -> bool:
        i = bisect_right(marked_starts, offset) - 1
        return i >= 0 and marked[i][0] <= offset < marked[i][1]

    article = _read_article(doc, inside)

    # (quote, its cue token, chain number: -1 for reported speech), resolved in article order
    # so that each speaker becomes salient for the pronouns after it.
    found = [(*_quote_from_segment(article, seg, article_id, inside), seg.chain) for seg in segments]
    found += [(quote, cue, -1) for quote, cue in _reported_speech(article, article_id, inside)]
    found.sort(key=lambda item: item[0].start)
    for quote, cue, _ in found:
        _attach_cue(article, quote, cue)
        _drop_self_mention(quote)
        if quote.speaker and quote.speaker_type == "PERSON":
            _remember_speaker(article, quote)
    in_order = [(quote, chain) for quote, _, chain in found]
    _carry_speakers(article, in_order)
    for quote, _ in in_order:
        _drop_self_mention(quote)
    return [quote for quote, _ in in_order]


def _drop_self_mention(quote: Quote) -> None:
    """A guessed speaker (pronoun, carried-over turn) who is named inside the quote is the wrong one:
    people rarely speak of themselves by surname ('"Ruiz let us down," he said' is not Ruiz)."""
    guessed = quote.speaker_mention is None or quote.speaker_mention.lower() in PRONOUN_GENDER
    if quote.speaker and quote.speaker_type == "PERSON" and guessed and quote.kind != "indirect":
        surname = quote.speaker.split()[-1]
        if re.search(rf"\b{re.escape(surname)}\b", quote.text):
            quote.speaker = None


def _quote_from_segment(
    article: _Article, seg: _Segment, article_id: str, inside
) -> tuple[Quote, Token | None]:
    doc, text = article.doc, _text(article.doc)
    quoted = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    para_start, para_end = _paragraph_bounds(text, seg.start)
    first_sent, last_sent = quoted[0].sent, quoted[-1].sent
    sent_start = max(first_sent.start_char, para_start)
    sent_end = min(last_sent.end_char, para_end)
    before = text[sent_start : seg.start - 1].strip()
    words = text[seg.start : seg.end]
    opens_sentence = (
        seg.continued
        or not before.strip(" \"“‘'([")
        or (before.endswith((":", ",")) and words[:1].isupper() and _ends_with_cue(doc, seg.start - 1))
    )
    if opens_sentence:
        kind = "direct"
    elif SENTENCE_INSIDE.search(words):
        kind = "mixed"
    else:
        kind = "partial"
    # The sentences the quote touches, and those of the marks around it: a parse may split
    # '"Why?" Jones said.' after the question mark.
    around = [quoted[0].nbor(-1) if quoted.start else quoted[0], quoted[-1]]
    if quoted.end < len(doc):
        around.append(doc[min(quoted.end + 1, len(doc) - 1)])
    sentences = {first_sent.start: first_sent, last_sent.start: last_sent}
    sentences.update({t.sent.start: t.sent for t in around})
    tokens = [t for _, sent in sorted(sentences.items()) for t in sent if para_start <= t.idx < para_end]
    cue = _cue_for(tokens, quoted, inside)
    if cue is None and kind == "direct" and before.endswith(":"):
        cue = _noun_before_colon(doc, seg.start - 1, inside)
    if cue is None and kind == "direct":
        cue = _colon_lead_in(article, seg.start - 1, inside)
    quote = Quote(
        article_id=article_id,
        text=words,
        start=seg.start,
        end=seg.end,
        kind=kind,
        sentence=text[sent_start:sent_end],
        sentence_start=sent_start,
        sentence_end=sent_end,
    )
    return quote, cue


def _paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the paragraph (line) holding an offset."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _ends_with_cue(doc: Doc, offset: int) -> bool:
    """True when the words just before a mark end in a speech verb clause ("he said:", "said Becker,")."""
    span = doc.char_span(max(0, offset - 60), offset, alignment_mode="contract")
    return span is not None and any(
        _is_cue(t, CUE_VERBS) or t.lemma_.lower() in SPEECH_NOUNS for t in span[-6:]
    )


def _noun_before_colon(doc: Doc, mark: int, inside) -> Token | None:
    """'Jones was quick to retort: "..."' - a speech noun just before the colon is the cue."""
    span = doc.char_span(max(0, mark - 40), mark, alignment_mode="contract")
    words = [t for t in span or [] if not t.is_punct and not inside(t.idx)]
    if words and words[-1].lemma_.lower() in SPEECH_NOUNS | CUE_VERBS:
        return words[-1]
    return None


def _colon_lead_in(article: _Article, mark: int, inside) -> Token | None:
    """'Becker told reporters:' just before the opening mark, in this paragraph or the one before."""
    before = _text(article.doc)[:mark].rstrip()
    if not before.endswith(":"):
        return None
    para_start, _ = _paragraph_bounds(_text(article.doc), len(before) - 1)
    span = article.doc.char_span(para_start, len(before) - 1, alignment_mode="contract")
    cues = [t for t in span or [] if not inside(t.idx) and _is_cue(t, SPEECH_VERBS)]
    if cues:
        return cues[-1]
    return _noun_before_colon(article.doc, len(before), inside)  # "Jones was quick to retort:"


def _attach_cue(article: _Article, quote: Quote, cue: Token | None) -> None:
    """Fill the cue and speaker fields of a quote from its cue token."""
    if cue is None:
        return
    quote.cue = "according to" if cue.lower_ == "according" else cue.text
    quote.cue_start = cue.idx
    subject = _subject(cue)
    if subject is None:
        return
    speaker = _resolve(article, subject)
    quote.speaker = speaker.name or None
    if speaker.name is None and speaker.type == "PERSON" and speaker.mention is not None:
        if speaker.mention[0].lower_ == "the" and subject.tag_ == "NN":
            article.unresolved_roles[speaker.mention.start_char] = subject.lower_
    if speaker.name is None and subject.lower_ == "it":
        article.unresolved_roles[subject.idx] = "it"
    quote.speaker_type = speaker.type
    if speaker.mention is not None:
        quote.speaker_mention = speaker.mention.text
        quote.speaker_start = speaker.mention.start_char
        quote.speaker_end = speaker.mention.end_char


def _reported_speech(article: _Article, article_id: str, inside) -> list[tuple[Quote, Token]]:
    """'X said (that) ...', '..., X said', 'according to X, ...' with no quotation marks in them."""
    doc = article.doc
    found: list[tuple[Quote, Token]] = []
    covered_until = -1
    for token in article.speech_cues:
        if token.idx < covered_until or inside(token.idx):
            continue
        if any(c.dep_ == "neg" for c in token.children):
            continue
        content = _reported_content(token)
        if content is not None:
            para_start, para_end = _paragraph_bounds(_text(doc), token.idx)
            content = _strip_punct(
                doc.char_span(
                    max(content.start_char, para_start),
                    min(content.end_char, para_end),
                    alignment_mode="contract",
                )
            )
        if content is None or len(content) < 3:
            continue
        if any(inside(t.idx) for t in content):
            continue
        sentence = doc.char_span(
            max(token.sent.start_char, para_start),
            min(token.sent.end_char, para_end),
            alignment_mode="expand",
        )
        quote = Quote(
            article_id=article_id,
            text=content.text,
            start=content.start_char,
            end=content.end_char,
            kind="indirect",
            sentence=sentence.text,
            sentence_start=sentence.start_char,
            sentence_end=sentence.end_char,
        )
        found.append((quote, token))
        covered_until = max(covered_until, content.end_char)
    return found


def _reported_content(cue: Token) -> Span | None:
    """The reported clause of a cue: its clausal complement, or the sentence around 'according to'."""
    doc = cue.doc
    if cue.lower_ == "according":
        sentence = cue.sent
        phrase_start, phrase_end = cue.left_edge.i, cue.right_edge.i + 1
        before = doc[sentence.start : phrase_start]
        after = doc[phrase_end : sentence.end]
        span = after if len(after) >= len(before) else before
        return _strip_punct(span)
    para_start, para_end = _paragraph_bounds(_text(doc), cue.idx)
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and para_start <= c.idx < para_end]
    if not clauses:
        clause = _misattached_clause(cue)
        if clause is None:
            return _clause_before_attribution(cue, para_start)
        clauses = [clause]
    clause = clauses[-1] if clauses[0].i < cue.i and clauses[-1].i > cue.i else clauses[0]
    if clause.i < cue.i and not any(c.dep_ in SUBJECT_DEPS and c.i > clause.i for c in cue.children):
        return None  # "the aide, who ..., was a spokeswoman, wrote": the 'clause' holds the subject
    span = doc[clause.left_edge.i : clause.right_edge.i + 1]
    while len(span) and span[0].dep_ == "mark" or len(span) and span[0].is_punct:
        span = span[1:]
    return _strip_punct(span)


def _misattached_clause(cue: Token) -> Token | None:
    """A reported clause the parser hung on the cue's object: 'said in a statement that ...',
    'told the council she worried ...' (a clause with its own subject, not a relative clause)."""
    for child in cue.children:
        if child.dep_ in ("dobj", "dative"):
            nouns = [child]
        elif child.dep_ == "prep" and child.lower_ == "in":
            nouns = [c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() in SPEECH_NOUNS]
        else:
            continue
        for noun in nouns:
            for clause in noun.children:
                if clause.dep_ in ("acl", "relcl") and clause.i > noun.i and _has_own_subject(clause):
                    return clause
    return None


def _has_own_subject(clause: Token) -> bool:
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    return any(
        c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS and c.tag_ not in ("WP", "WDT")
        for c in clause.children
    )


def _clause_before_attribution(cue: Token, para_start: int) -> Span | None:
    """'Floods cut off nine villages, officials said on Saturday.' when the parse lost the clause."""
    doc = cue.doc
    subject = _subject(cue)
    if subject is None or subject.i >= cue.i:
        return None
    comma = doc[subject.left_edge.i - 1] if subject.left_edge.i else None
    tail = [t for t in doc[cue.i + 1 : cue.sent.end] if not t.is_space]
    if comma is None or comma.text != "," or len(tail) > 6 or any(t.pos_ == "VERB" for t in tail):
        return None
    start = max(cue.sent.start_char, para_start)
    return doc.char_span(start, comma.idx, alignment_mode="contract")


def _strip_punct(span: Span | None) -> Span | None:
    if span is None:
        return None
    while len(span) and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    while len(span) and (span[0].is_punct or span[0].is_space):
        span = span[1:]
    return span if len(span) else None


def _carry_speakers(article: _Article, found: list[tuple[Quote, int]]) -> None:
    """A quotation with no cue continues the turn of the speaker just before it."""
    chain_speaker: dict[int, Quote] = {}
    for quote, chain in found:
        if quote.speaker_mention is not None and chain >= 0:
            chain_speaker.setdefault(chain, quote)
    previous: Quote | None = None
    for quote, chain in found:
        if quote.speaker_mention is None and quote.cue is None:
            source = chain_speaker.get(chain) if chain >= 0 else None
            if source is None and quote.kind == "direct" and previous is not None:
                if _nothing_between(article, previous, quote):
                    source = previous
            if source is not None:
                quote.speaker = source.speaker
                quote.speaker_type = source.speaker_type
                if chain >= 0:
                    chain_speaker.setdefault(chain, source)
        role = article.unresolved_roles.get(quote.speaker_start or -1)
        if role == "it" and quote.speaker is None and previous is not None and previous.speaker:
            # 'The company said ... It said ...' - an organisation goes on speaking.
            if previous.speaker_type in ("ORG", "GPE", "NORP") and _nothing_between(article, previous, quote):
                quote.speaker, quote.speaker_type = previous.speaker, previous.speaker_type
        elif role and quote.speaker is None and previous is not None and previous.speaker_type == "PERSON":
            # '"...," says Jones. "...," the senator continues.' - the same speaker, unless the
            # article introduced someone else with that role.
            if _nothing_between(article, previous, quote) and _may_hold(article, previous.speaker, role):
                quote.speaker = previous.speaker
        if quote.speaker is not None or quote.speaker_mention is not None:
            previous = quote
        elif quote.kind == "direct":
            previous = None


def _may_hold(article: _Article, name: str | None, role: str) -> bool:
    """True unless the article introduced someone else with this role."""
    return bool(name) and not any(role in words and holder != name for _, holder, words in article.roles)


def _nothing_between(article: _Article, previous: Quote, quote: Quote) -> bool:
    """True when no sentence of the writer's own stands between a quotation and the one before."""
    anchor = max(previous.end, previous.speaker_end or 0, (previous.cue_start or 0) + len(previous.cue or ""))
    starts = article.sentence_starts
    first = bisect_right(starts, anchor)
    return all(start >= quote.start - 2 for start in starts[first : bisect_right(starts, quote.start)])


def _remember_speaker(article: _Article, quote: Quote) -> None:
    """Speakers become salient for later pronouns, in article order."""
    offset = quote.speaker_start if quote.speaker_start is not None else quote.start
    insort(article.subjects, (offset, quote.speaker))


@Language.factory("newsprism_quotes")
def make_quotes_component(nlp: Language, name: str):
    """A spaCy component that stores ``extract_quotes`` results on ``doc._.quotes``."""
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", default=None)

    def quotes_component(doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc, doc.user_data.get("article_id", ""))
        return doc

    return quotes_component
