"""Whom a pronoun refers to ("she", "him"): the most recent fitting subject or speaker, read from
the article's table of people without changing it (except a salient subject's gender)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsprism.nlp.document_memo import DocumentMemo, doc_text, sentence_of
from newsprism.people.article import (
    ArticlePeople,
    fits_gender,
    gender_of,
    mention_id_for,
    referent,
)
from newsprism.people.death_themes import death_theme, speaking_pronoun
from newsprism.people.names import given_name_attested
from newsprism.people.tokens import SPEECH_VERBS, is_main_or_speech_verb
from newsprism.people.words import (
    OBJECT_PRONOUN_GENDER,
    PRONOUN_GENDER,
    PRONOUN_LOOKBACK_PARAGRAPHS,
    SUBJECT_DEPS,
)
from newsprism.quotes import rules


@dataclass(frozen=True)
class Antecedent:
    """Whom a pronoun refers to; ``teaches`` is True when it was a salient subject, whose gender
    the pronoun then shows (recorded by ``resolve_pronoun``, not here)."""

    name: str | None
    gender: str
    teaches: bool = False
    mention_id: str | None = None  # the mention of the person, where the table knows it


def _mention_of(article: ArticlePeople, offset: int, name: str) -> str | None:
    """The mention the table's entry stands for, else the one it learned the name from."""
    return referent(article, offset, name) or mention_id_for(article, name, offset)


def note_referent(article: ArticlePeople, offset: int, mention_id: str | None) -> None:
    """A subject that is no name ("she", "the judge") stands for the mention it resolved to."""
    if mention_id:
        article.referents.setdefault(offset, mention_id)


def pronoun_antecedent(article: ArticlePeople, pronoun: Token) -> Antecedent:
    """The most recent compatible person who was a subject or speaker in the sentences before;
    given names rule people out only while someone else remains. Reads the table, changes nothing."""
    found = _antecedent(article, pronoun, given_names=True)
    return found if found.name else _antecedent(article, pronoun, given_names=False)


def resolve_pronoun(article: ArticlePeople, pronoun: Token) -> str | None:
    """The antecedent's name (see ``pronoun_referent``)."""
    return pronoun_referent(article, pronoun).name


def pronoun_referent(article: ArticlePeople, pronoun: Token) -> Antecedent:
    """The antecedent; a salient subject's gender is recorded in the table, so that later
    mentions ("Ms. Bellamy", another "he") are told apart by it."""
    found = pronoun_antecedent(article, pronoun)
    if found.teaches and found.name:
        article.genders.setdefault(found.name, found.gender)
    return found


def _antecedent(article: ArticlePeople, pronoun: Token, given_names: bool) -> Antecedent:
    gender = PRONOUN_GENDER[pronoun.lower_]
    # Nearest first: a subject in this or the previous sentence, else the only person named there
    # ("Enter Ms. Jones - ... . 'I ...,' she wrote."), else an older subject.
    sentence_index = bisect_right(article.sentence_starts, pronoun.idx) - 1
    back = 1
    previous = article.sentence_starts[max(0, sentence_index - 1)]
    if not doc_text(pronoun.doc)[previous : previous + 1].isalnum():
        back = 2  # "Enter Ms. Jones — ... | — whose ...": the parse broke the sentence before at a dash
    recent = article.sentence_starts[max(0, sentence_index - back)]
    unclear = [o for o in article.unclear_subjects if recent <= o < pronoun.idx]
    commanded = _commanded_names(article, pronoun)
    fronted = _fronted_clause_subject(article, pronoun, gender, given_names)
    if fronted is not None and fronted[1] not in commanded:
        return Antecedent(fronted[1], gender, True, _mention_of(article, fronted[0], fronted[1]))
    for offset, name in reversed(article.subjects):
        if _interrupted_subject(pronoun, offset) or _bound_name(pronoun, offset, gender):
            continue  # the next fitting person, not none
        if _reported_subject(pronoun, offset) or name in commanded:
            continue
        if recent <= offset < pronoun.idx and _fits(article, name, gender, given_names):
            if any(o > offset for o in unclear):
                return Antecedent(None, gender)  # "The minister [one of two] ... she said": no guess
            return Antecedent(name, gender, True, _mention_of(article, offset, name))
    if unclear:
        return Antecedent(None, gender)
    speaking = speaking_pronoun(pronoun)
    named = {
        n
        for o, n in article.mentions
        if recent <= o < pronoun.idx
        and not _fronted_topic(pronoun, o)
        and not _bound_name(pronoun, o, gender)
        and not _interrupted_subject(pronoun, o)
        and not _reported_subject(pronoun, o)
        and not (speaking and death_theme(pronoun.doc, o))  # "over the death of Lee ... he said"
    } - commanded
    paragraph_index = bisect_right(article.paragraph_starts, pronoun.idx) - 1
    horizon = article.paragraph_starts[max(0, paragraph_index - PRONOUN_LOOKBACK_PARAGRAPHS)]
    name = _the_one_fitting(article, named, gender, given_names)
    if name and _outranked_unknown(article, name, horizon, pronoun, gender):
        return Antecedent(None, gender)
    if name:
        return Antecedent(name, gender, mention_id=mention_id_for(article, name, pronoun.idx))
    for offset, name in reversed(article.subjects):
        if offset >= pronoun.idx or offset < horizon or _interrupted_subject(pronoun, offset):
            continue
        if _bound_name(pronoun, offset, gender) or _reported_subject(pronoun, offset) or name in commanded:
            continue  # the next fitting person, not none
        if _fits(article, name, gender, given_names):
            known = _known_gender_since(article, name, offset, pronoun, gender)
            # "Dean Mincer ... told me. | ... as she'd said": the woman named since
            if known and known not in commanded:
                return Antecedent(known, gender, mention_id=mention_id_for(article, known, pronoun.idx))
            if _outranked_unknown(article, name, horizon, pronoun, gender):
                return Antecedent(None, gender)
            return Antecedent(name, gender, True, _mention_of(article, offset, name))
    if rules.enabled("possessor_antecedent"):  # "Trump’s record ... Upon entering office, he vowed"
        owners = {n for o, n in article.possessors if recent <= o < pronoun.idx} - commanded
        owners = {n for n in owners if _fits(article, n, gender, given_names)}
        if len(owners) == 1:
            name = owners.pop()
            return Antecedent(name, gender, mention_id=mention_id_for(article, name, pronoun.idx))
    return Antecedent(None, gender)


def _commanded_names(article: ArticlePeople, pronoun: Token) -> set[str]:
    """'It was clear that he was placing the blame on Lee', 'She told Quell that ...': a pronoun
    subject never means a name later in its own clause, its hearer included (the writer would have
    put "himself" or repeated the name first: binding Principle C), so everyone named there is ruled
    out and the search goes on to the next fitting person (rule group ``commanded_name``, which
    took over the quotes stage's ``hearer_not_pronoun``)."""
    if pronoun.dep_ not in SUBJECT_DEPS or not rules.enabled("commanded_name"):
        return set()
    clause = pronoun.head
    end = min(clause.right_edge.idx + len(clause.right_edge), sentence_of(pronoun).end_char)
    found = [(o, n) for o, n in article.mentions + article.possessors if pronoun.idx < o < end]
    return {n for o, n in found if not _in_modifier_clause(pronoun.doc, o, clause)}


# the links from a name up to the pronoun's verb that keep it an argument of that clause ("placing
# the blame on Lee"); a clause between ("said of the show, which has a character based on Clinton",
# "said Lee would") leaves the name to writers' looser use, and a wrong parse there costs nothing
ARGUMENT_LINKS = frozenset(
    {"dobj", "dative", "iobj", "pobj", "prep", "agent", "attr", "oprd", "compound", "poss", "conj", "appos"}
)


def _in_modifier_clause(doc: Doc, offset: int, clause: Token) -> bool:
    """The name at ``offset`` is not an argument (or inside one) of ``clause``, the pronoun's verb."""
    name = next(iter(doc.char_span(offset, offset + 1, alignment_mode="expand") or []), None)
    for _ in range(12):
        if name is None or name.head.i == name.i or name.dep_ not in ARGUMENT_LINKS:
            return True
        if name.head.i == clause.i:
            return False
        name = name.head
    return True


def _known_gender_since(article: ArticlePeople, name: str, offset: int, pronoun: Token, gender: str):
    """An older subject whose gender the article never shows yields to the one person named after
    it, before the pronoun, whose gender is known to be the pronoun's (rule group
    ``known_gender_first``): the writer's "she" follows the woman just named, not an unknown."""
    if not rules.enabled("known_gender_first") or gender_of(article, name) is not None:
        return None
    since = {
        n
        for o, n in article.mentions + article.possessors
        if offset < o < pronoun.idx
        and not _bound_name(pronoun, o, gender)  # "she won't vote for Ms. X"
        and not (speaking_pronoun(pronoun) and death_theme(pronoun.doc, o))
    }
    known = {n for n in since - {name} if gender_of(article, n) == gender}
    return known.pop() if len(known) == 1 else None


def _outranked_unknown(article: ArticlePeople, name: str, horizon: int, pronoun: Token, gender: str) -> bool:
    """A person named only in the pronoun's own sentence, ahead of it, and whose gender the article
    never shows is too weak an antecedent when a subject within the look-back is known to be of
    the pronoun's gender (rule group ``unknown_gender_outranked``): "Mr. Cole ... | Writing for
    Owlpost, he praised ..." is not Owlpost's. A wrong name is worse than none: no guess."""
    if not rules.enabled("unknown_gender_outranked") or gender_of(article, name) is not None:
        return False
    sentence_start = article.sentence_starts[bisect_right(article.sentence_starts, pronoun.idx) - 1]
    if any(n == name and o < sentence_start for o, n in article.mentions + article.subjects):
        return False
    return any(
        n != name and gender_of(article, n) == gender
        for o, n in article.subjects
        if horizon <= o < sentence_start and not _bound_name(pronoun, o, gender)
    )


def _fits(article: ArticlePeople, name: str, gender: str, given_names: bool) -> bool:
    """Nothing known contradicts the pronoun's gender. Without the given-name lists (the second
    try) a given name of the other gender still rules a person out when more than one source
    gives it that gender, unless the article calls them by that first word alone, which is then a
    surname written first ("Kim Jong Un" ... "Kim")."""
    if given_names or fits_gender(article, name, gender):
        return fits_gender(article, name, gender, given_names)
    weak = not given_name_attested(name.split()[0])  # one list's word against the article's
    return fits_gender(article, name, gender, False) and (weak or _surname_first(article, name))


def _surname_first(article: ArticlePeople, name: str) -> bool:
    words = name.split()
    if len(words) < 2:
        return True
    text = doc_text(article.doc)
    return any(
        n == name and text.startswith(words[0], o) and not text.startswith(f"{words[0]} {words[1]}", o)
        for o, n in article.mentions
    )


def _fronted_clause_subject(
    article: ArticlePeople, pronoun: Token, gender: str, given_names: bool
) -> tuple[int, str] | None:
    """'When Belko ran for mayor, he said ...': the named subject of an adverbial clause fronted
    before a pronoun subject's own verb is that pronoun's person (a writer meaning someone else
    would have named him), though the clause's subject is no salient subject of its own (rule
    group ``fronted_clause_subject``)."""
    if pronoun.dep_ != "nsubj" or not rules.enabled("fronted_clause_subject"):
        return None
    verb = pronoun.head
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i < pronoun.i]
    subjects = [s for c in clauses for s in c.children if s.dep_ == "nsubj" and s.pos_ == "PROPN"]
    if len(subjects) != 1:
        return None
    first, last = subjects[0].left_edge.idx, subjects[0].idx + len(subjects[0])
    named = [(o, n) for o, n in article.mentions if first <= o < last]
    if len(named) != 1 or not _fits(article, named[0][1], gender, given_names):
        return None
    return named[0]


def _reported_subject(pronoun: Token, offset: int) -> bool:
    """'Lee “represents the old guard,” he added.': the subject of the clause a pronoun's speech
    verb reports is what the speaker talks about, not the speaker (a writer would have put "Lee
    added"), so no pronoun of that tag refers to it (rule group ``reported_subject``); the search
    goes on to the next fitting person."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    if not rules.enabled("reported_subject"):
        return False
    if offset >= pronoun.idx or offset < sentence_of(pronoun).start_char:
        return False
    name = next(iter(pronoun.doc.char_span(offset, offset + 1, alignment_mode="expand") or []), None)
    if name is None or name.dep_ not in SUBJECT_DEPS or name.head.i == verb.i:
        return False
    clause = name.head  # the reported clause's verb, governed by the tag's verb or governing it
    linked = ("ccomp", "parataxis")
    governed = clause.dep_ in linked and clause.head.i == verb.i
    return governed or (verb.dep_ in linked and verb.head.i == clause.i)


def _bound_name(pronoun: Token, offset: int, gender: str) -> bool:
    """'She knows she will never vote for Ann Lee. She wants a change.': a name inside the
    clause of an earlier pronoun subject of the same gender is not that pronoun's person (the
    pronoun would have been the name), so not the person of the pronoun that goes on after it
    either (rule group ``bound_name``): every search skips it and goes on to the next fitting
    person."""
    if not rules.enabled("bound_name"):
        return False
    known = _BOUND.of(pronoun.doc)  # each search asks again of the same few earlier names
    if (offset, gender) not in known:
        known[offset, gender] = _bound_at(pronoun.doc, offset, gender)
    return known[offset, gender]


# Whether the name at an offset is bound for a gender, for the document being read: only the
# parse decides it (the pronoun asking does not), and no stage changes the parse.
_BOUND = DocumentMemo()


def _bound_at(doc: Doc, offset: int, gender: str) -> bool:
    name = next((t for t in doc.char_span(offset, offset + 1, alignment_mode="expand") or []), None)
    if name is None or name.lower_ in PRONOUN_GENDER:
        return False  # "She is tired, and she ...": a resolved pronoun subject is no bound name
    return any(
        t.dep_ in SUBJECT_DEPS
        and PRONOUN_GENDER.get(t.lower_) == gender
        and t.head.i < name.i
        and t.head.is_ancestor(name)
        for t in doc[sentence_of(name).start : name.i]  # the words before the name
    )


def _interrupted_subject(pronoun: Token, offset: int) -> bool:
    """'Richard M. Nixon, he said, earned good grades': the subject of the clause a pronoun's tag
    interrupts is who the clause is about, never the pronoun (it would have been 'Nixon said he
    earned'), so the speaker is someone before (rule group ``tag_not_subject``)."""
    if not rules.enabled("tag_not_subject") or pronoun.dep_ not in SUBJECT_DEPS:
        return False
    sentence = sentence_of(pronoun)
    if not sentence.start_char <= offset < pronoun.idx:
        return False
    name = next((t for t in sentence if t.idx <= offset < t.idx + len(t)), None)
    while (
        name is not None
        and name.dep_ not in SUBJECT_DEPS
        and name.head.i != name.i
        and name.head.i < pronoun.i
    ):
        name = name.head  # "Richard" -> "Nixon", the subject's head word
    if name is None or name.dep_ not in SUBJECT_DEPS:
        return False
    tag, clause = pronoun.head, name.head
    interrupts = (tag.dep_ == "parataxis" and tag.head.i == clause.i) or (
        clause.dep_ == "ccomp" and clause.head.i == tag.i
    )
    return interrupts and name.i < pronoun.i < tag.i < clause.i and is_main_or_speech_verb(tag)


def _fronted_topic(pronoun: Token, offset: int) -> bool:
    """'Of Obama, he said': a name in a phrase fronted before the pronoun's own clause is what the
    pronoun speaks about, never who it is (a pronoun subject cannot mean a name it governs)."""
    sentence = sentence_of(pronoun)
    if not sentence.start_char <= offset < pronoun.idx:
        return False
    opener = sentence[0]
    name = next((t for t in sentence if t.idx <= offset < t.idx + len(t)), None)
    return (
        name is not None
        and opener.dep_ == "prep"
        and name.dep_ == "pobj"
        and name.head.i == opener.i
        and any(t.text == "," for t in pronoun.doc[name.i : pronoun.i])
    )


OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})


def object_referent(article: ArticlePeople, pronoun: Token) -> str | None:
    """ "After firing Michael Atkinson ..., the president called him a disgrace": an object pronoun
    is a person named in its sentence or the one before, never its own clause's subject (who would
    be "himself"); named only when exactly one such person fits its gender, else no guess."""
    gender = OBJECT_PRONOUN_GENDER.get(pronoun.lower_)
    if gender is None or pronoun.dep_ not in OBJECT_DEPS:
        return None
    excluded = _clause_subject_names(article, pronoun)
    sentence_index = bisect_right(article.sentence_starts, pronoun.idx) - 1
    recent = article.sentence_starts[max(0, sentence_index - 1)]
    named = {n for o, n in article.mentions if recent <= o < pronoun.idx and n not in excluded}
    found = _the_one_fitting(article, named, gender, True)
    if found is None and len(named) > 1:  # of several, the one whose report it is
        found = _the_one_fitting(article, named & _reporter_names(article, pronoun), gender, True)
    return found


def _reporter_names(article: ArticlePeople, pronoun: Token) -> set[str]:
    """Whom the subject of the speech verb reporting the pronoun's clause names: "Cohen told the
    counsel that the president instructed him to lie": him is Cohen, the one telling of himself."""
    clause = pronoun.head
    for _ in range(8):
        if clause.head.i == clause.i:
            return set()
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS:
            break
        clause = clause.head
    else:
        return set()
    names: set[str] = set()
    for subject in (c for c in clause.head.children if c.dep_ in SUBJECT_DEPS):
        start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        names |= {n for o, n in article.mentions if start <= o < end}
    return names


def _the_one_fitting(article: ArticlePeople, named: set[str], gender: str, given_names: bool) -> str | None:
    """The one of the ``named`` people a pronoun of ``gender`` can mean, or None when none or
    several can; of several, the one known to be of its gender ("Ms. Lauten ... Mr. Cole ... her")."""
    named = {n for n in named if _fits(article, n, gender, given_names)}
    if len(named) > 1:
        known = {n for n in named if gender_of(article, n, given_names) == gender}
        named = known if len(known) == 1 else named
    return named.pop() if len(named) == 1 else None


def _clause_subject_names(article: ArticlePeople, pronoun: Token) -> set[str]:
    """Whom the subject of the pronoun's clause names: the names mentioned in it, and a pronoun
    subject's own referent ("he called him": two people)."""
    clause = pronoun.head
    for _ in range(4):  # "called him", "spoke to him", "asked of him": up to the clause's verb
        if any(c.dep_ in SUBJECT_DEPS for c in clause.children) or clause.head.i == clause.i:
            break
        clause = clause.head
    names: set[str] = set()
    for subject in (c for c in clause.children if c.dep_ in SUBJECT_DEPS):
        start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        names |= {n for o, n in article.mentions + article.subjects if start <= o < end}
        if subject.lower_ in PRONOUN_GENDER:
            names.add(pronoun_referent(article, subject).name or "")
    return names
