"""Happenings: acts a chronology lists that PLOVER's sixteen types do not type, for timelines only.

"The House approved the resolution", "Bolton announced he would testify" (said of him), "McConnell
whipped the votes", "ISIS claimed responsibility", "Sanders raised $18 million": an editor's
timeline has a line for each, but none is one of PLOVER's types, so the events stage (rightly, for
its precision) finds no event. Here a sentence's main verb (and a verb joined to it) becomes a
happening, typed ``HAPPENING``, when it tells a done act of a named doer:

- a verb of doing in the past ("approved", "has whipped"), not a state, a thought or a saying
  (``happening_verbs_excluded.txt``, the speech verbs, the see-through verbs "tried", "planned");
- not negated, not under a modal, an "if" or a question, not inside quotation marks;
- its subject a named person, organisation or place (or a pronoun or role the article's people
  name: "He ordered ...", "The president announced ...");
- not already an event of that actor in the verb's clause (the events stage told it).

Happenings are stored with the events (so entity linking and merges treat them alike), but only
the timeline reads them: ``newsprism events``, exports, comparisons and ``eval events`` never see
them. Their date is the verb's own date expression, else the article's day, as for events.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

import newsprism.events.rules as rules
from newsprism.events.aspect import told_as_background
from newsprism.events.dates import find_date_expressions
from newsprism.events.extract import Naming, _name_at
from newsprism.events.factuality import reports_events
from newsprism.events.lexicon import Lexicon, lemma_of, load_lexicon
from newsprism.events.participant_spans import unique_spans
from newsprism.events.participants import governors_of
from newsprism.events.when import event_date
from newsprism.models import HAPPENING, Article, Event, Quote
from newsprism.nlp import lexicon
from newsprism.nlp.document_memo import doc_sentences, doc_text

_NAMED = frozenset({"PERSON", "ORG", "GPE"})  # not NORP: "Democrats", "Republicans" are no one doer
_REFERRING = frozenset({"he", "she"})  # pronouns the article's people can name
_PHRASE_TOKENS = 6  # an object longer than this is shown by its head and its modifiers
_OBJECT_DEPS = ("dobj", "attr", "dative")
_STAND_INS = "institution_stand_ins.txt"  # "the state", "the court" (``_stand_in``)
_NEWSROOM_VERBS = frozenset({"report"})  # a newsroom's reporting is no act (``_newsroom_report``)
_SHOWN_MODIFIERS = frozenset({"compound", "amod", "nummod", "quantmod", "nmod", "poss", "case"})


def find_happenings(
    doc: Doc, article: Article, found: list[Event], quotes: list[Quote] | None
) -> list[Event]:
    """The article's happenings that are no event of ``found`` (the events stage's)."""
    lex = load_lexicon()
    excluded = lexicon.words("happening_verbs_excluded.txt")
    text = doc_text(doc)  # both made once per document (nlp/document_memo.py): spaCy rebuilds them
    naming = Naming(list(quotes or ()), {})
    quoted = [(q.start, q.end) for q in quotes or () if q.kind != "indirect"]  # in quotation marks
    happenings: list[Event] = []
    for sent in doc_sentences(doc):
        root = sent.root
        verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        candidates = [v for v in verbs if _done_act(v, lex, excluded)]
        if not candidates or not reports_events(sent, text, article.lines_judged):
            continue
        sentence = text[sent.start_char : sent.end_char].rstrip()
        told = [e for e in found if sent.start_char <= e.start < sent.end_char]
        in_marks = [(start, end) for start, end in quoted if start < sent.end_char and end > sent.start_char]
        for verb in candidates:
            if any(start <= verb.idx < end for start, end in in_marks):
                continue
            if lemma_of(verb) in lex.speech and in_marks:
                continue  # '"There will be votes," Schumer declared': a statement quoted
            event = _happening(verb, sent, sentence, article, lex, naming, (told, found))
            if event is not None:
                happenings.append(event)
    return happenings


def _done_act(verb: Token, lex: Lexicon, excluded: frozenset[str]) -> bool:
    """A verb of doing, told as done: past ("approved") or present perfect ("has whipped"), not
    negated, not under a modal or a condition."""
    lemma = lemma_of(verb)
    if verb.pos_ != "VERB" or lemma in lex.transparent or (lemma in excluded and not _before_a_body(verb)):
        return False
    if lemma in lex.speech and not _act_of_saying(verb, lemma):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        if aux:
            return False
    elif verb.tag_ != "VBN" or not aux or any(a.lemma_ != "have" for a in aux):
        return False
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in lex.negation):
            return False
        if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
            return False
        if child.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in child.children):
            return False
    return True


def _act_of_saying(verb: Token, lemma: str) -> bool:
    """A verb of saying that is an act: an announcement ("announced his retirement", "reported
    that ..."), or a thing said as its object and no clause of what was said ("claimed
    responsibility", "tweeted condolences"; not "warned that ...")."""
    if lemma in lexicon.words("happening_speech_acts.txt") or _before_a_body(verb):
        return True
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _newsroom_report(verb: Token, subject: Token, name: str) -> bool:
    """ "NBC News reported that ...", "NPR's Lee reported on ...", "Politico reporter Lee reported":
    a news outlet (``media_names.txt``) or its reporter telling the news, a reporting the
    chronology does not list; a company or an office reporting ("Acme reported a loss") is an act."""
    if lemma_of(verb) not in _NEWSROOM_VERBS:
        return False
    media = lexicon.words("media_names.txt")
    words = [t.lower_ for t in subject.subtree if t.i < subject.i or t == subject]
    spans = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    names = {name.lower()} | spans  # "nbc news", "npr" of "NPR's Dana Lee"
    return bool(names & media)


def _before_a_body(verb: Token) -> bool:
    """Told "before" a hearing body ("testified before two House committees", "appeared before
    Congress"; ``happening_hearing_bodies.txt`` or a named organisation): the testimony or the
    appearance is the act, whatever clause of what was said follows. "before the vote" is a time."""
    bodies = lexicon.words("happening_hearing_bodies.txt")
    return any(
        body.dep_ == "pobj" and (body.ent_type_ == "ORG" or body.lemma_.lower() in bodies)
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "before"
        for body in prep.children
    )


def _doer(verb: Token) -> Token | None:
    """The verb's subject when it can name someone: a named person, organisation or place, a
    pronoun, or a role noun ("the president"); the conjoined verb shares its head's subject."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.ent_type_ in _NAMED or subject.lower_ in _REFERRING:
        return subject
    if subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return subject
    return None


def _happening(
    verb: Token,
    sent: Span,
    sentence: str,
    article: Article,
    lex: Lexicon,
    naming: Naming,
    events: tuple[list[Event], list[Event]],
) -> Event | None:
    """The verb's happening, or None (see the module's rules). ``events``: the sentence's events
    and the article's."""
    told, found = events
    subject = _doer(verb)
    if subject is None:
        return None
    spans = unique_spans([subject], sent, lex)
    if len(spans) != 1:
        return None
    name = _name_at(spans[0], sent, sentence, naming)
    written = sentence[spans[0][0] - sent.start_char : spans[0][1] - sent.start_char]
    if not name or name[0].islower() or (subject.pos_ != "PROPN" and name == written):
        if not _stand_in(subject, written):
            return None  # no one the article names ("he", "the president" it cannot name)
        name = written  # "the state": linked to the one state the article names, or shown by no row
    if _newsroom_report(verb, subject, name):
        return None
    clause = {t.idx for t in verb.subtree} - {t.idx for t in subject.subtree}
    for event in told:  # the events stage told this act (or one in its clause) of this actor;
        if event.future or event.hypothetical:  # one only announced leaves the announcing an act
            continue
        if event.trigger_start == verb.idx:
            return None
        if event.trigger_start in clause and spans[0] in event.actor_offsets:
            return None
    governors = governors_of(verb, lex)
    expressions = find_date_expressions(sentence, sent.start_char)
    date, granularity, date_text = event_date(
        [verb], governors, sent, expressions, article.published, "past", lex
    )
    recipients, trigger, bare = _what(verb)
    if bare is None:
        return None  # "ended the quarter with $6 million": a time as the object, a state told
    last = name.split()[-1].lower()  # "Senate" of "U.S. Senate"
    if bare and any(
        e.date == date and not e.future and any(a.split()[-1].lower() == last for a in e.actors if a)
        for e in found
    ):
        return None  # "The Senate voted 54 to 45" beside "The Senate confirmed Barr": a detail of it
    recipient_spans = unique_spans(recipients, sent, lex) if recipients else []
    recipient_spans = [s for s in recipient_spans if s != spans[0]]
    return Event(
        article_id=article.article_id,
        type=HAPPENING,
        start=sent.start_char,
        end=sent.start_char + len(sentence),
        sentence=sentence,
        trigger=trigger,
        actors=[name],
        recipients=[_name_at(s, sent, sentence, naming) for s in recipient_spans],
        actor_entity_ids=[None],
        recipient_entity_ids=[None] * len(recipient_spans),
        date=date,
        date_granularity=granularity,
        date_text=date_text,
        background=told_as_background(verb, governors, lex),
        actor_offsets=spans,
        recipient_offsets=recipient_spans,
        trigger_start=verb.idx,
    )


def _stand_in(subject: Token, written: str) -> bool:
    """ "The state has directed the funding", "the court ruled": "the" and a singular noun of
    ``institution_stand_ins.txt``, kept so that entity linking can give the act to the one state or
    court the article names (``entities/stand_ins.py``); unlinked, the timeline shows no row of it."""
    if not rules.enabled("institution_stand_ins") or subject.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False  # "a court", "every state": not the one named
    kept = [w for w in written.lower().split() if w != "the"]  # the span may leave "the" out
    return kept == [subject.lower_] and subject.lower_ in lexicon.pairs(_STAND_INS)


def _what(verb: Token) -> tuple[list[Token], str, bool | None]:
    """What the row says was done: the verb with its particle, an infinitive it governs ("voted to
    approve"), and its object; a named object is the recipient instead of words. Third, whether
    the verb is bare (no object, infinitive or clause: "voted"), or None when its object is a time
    ("ended the quarter with ...", "finished March": a state at a time, no act) or says nothing
    (``_says_nothing``)."""
    words = [verb.text] + [c.text for c in verb.children if c.dep_ == "prt"]
    head = verb
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if xcomp is not None and not any(c.dep_ == "dobj" for c in verb.children):
        words += [c.text for c in xcomp.children if c.dep_ == "aux"] + [xcomp.text]
        head = xcomp
    obj = next((c for c in head.children if c.dep_ in _OBJECT_DEPS), None)
    if obj is None:  # "ordered the flag be flown", "announced he will visit": the clause's verb
        said = next((c for c in head.children if c.dep_ == "ccomp"), None)
        told = [t for t in said.subtree if t.i <= said.i and t.dep_ not in ("det", "punct")] if said else []
        bare = said is None and head is verb
        return [], " ".join(words + [t.text for t in told[-_PHRASE_TOKENS:]]), bare
    if obj.ent_type_ in ("DATE", "TIME"):
        return [], "", None
    if obj.ent_type_ in _NAMED and obj.pos_ == "PROPN":
        return [obj], " ".join(words), False
    subtree = [t for t in obj.subtree if t.dep_ != "det" or t.i > obj.i]
    if len(subtree) > _PHRASE_TOKENS:
        subtree = [t for t in obj.lefts if t.dep_ in _SHOWN_MODIFIERS] + [obj]
    if _says_nothing(obj, subtree, head):
        return [], "", None
    return [], " ".join(words + [t.text for t in sorted(subtree, key=lambda t: t.i)]), False


def _says_nothing(obj: Token, shown: list[Token], verb: Token) -> bool:
    """An object that leaves the row empty (``happening_empty_objects.txt``) as shown: a pronoun
    whose referent the row cannot give ("pulled it off", "spent it") or a bare statement ("issued a
    statement saying ...", shown "issued statement"); with words of its own ("a statement on the
    ruling") it is told, and so is a pronoun given to someone ("shared it with the lawyers")."""
    if obj.lower_ not in lexicon.words("happening_empty_objects.txt"):
        return False
    if not all(t == obj or (t.dep_ in ("det", "poss") and t.pos_ in ("DET", "PRON")) for t in shown):
        return False
    return obj.pos_ != "PRON" or not any(_given_to(c) for c in verb.children)


def _given_to(child: Token) -> bool:
    """A party the act is done to or with ("to the auditors", "with the lawyers"), not a time."""
    if child.dep_ == "dative":
        return True
    return child.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME") for c in child.children
    )
