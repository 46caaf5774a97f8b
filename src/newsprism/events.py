"""The events stage: who did what to whom, where and when, typed in PLOVER 2.0's sixteen types.

Dependency-based. In each sentence a trigger is a verb from a type's lexicon ("accused",
"called for", "pulled out"), a light verb with an event noun ("held talks", "imposed
sanctions on", "went on strike"), an offer or promise ("is ready to send"), or an event noun
that names its participants ("a meeting between X and Y"). A trigger inside another
trigger's complement is that event's content, not an event of its own ("threatened to
impose sanctions" is one THREAT). Reporting verbs and verbs like "plan to" or "try to" are
see-through: the event is what they govern, and they only set flags.

Actors are subjects (with their conjuncts, "X and Y met") or passive agents; recipients are
objects and prepositional objects (on/against/to/with). Each event gets negated, hypothetical
and future flags, a location where stated, and a date resolved from the article's
publication date (see dates.py). Lexicons live in data/events.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import yaml
from spacy.tokens import Doc, Span, Token

from .config import data_path
from .dates import DateExpression, find_date_expressions, parse_published, resolve_date
from .models import Article, Event, Quote

# Dependencies that lead from a clause's content up to the word governing it.
COMPLEMENT_DEPS = frozenset(
    {"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acomp", "attr", "oprd", "acl"}
)
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "npadvmod"})
RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})
# Types whose trigger can be a statement; a quote in the trigger's clause is its content.
SPEECH_ACT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT"})
# Prepositions that introduce a trigger's content ("accused X of", "called for", "talks on").
ABSORBING_PREPS = frozenset(
    {"of", "to", "for", "on", "against", "into", "from", "with", "about", "over", "at"}
)
# Entity labels that are never participants.
NOT_PARTICIPANTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Verbs whose object, not subject, is who does the complement ("urged X to ...").
OBJECT_CONTROL = frozenset(
    {"urge", "ask", "force", "press", "pressure", "call", "allow", "permit", "order", "require", "compel"}
    | {"tell", "persuade", "convince", "encourage", "invite", "instruct", "authorize", "enable"}
)


@dataclass(frozen=True)
class Lexicon:
    """events.yaml, indexed for lookups."""

    verbs: dict[str, tuple[str, str | None]]
    nouns: dict[str, tuple[str, str | None]]  # event nouns
    objects: dict[str, tuple[str, str | None]]  # event nouns and things given or sent
    mode_words: dict[str, dict[str, str]]
    light_verbs: frozenset[str]
    reversal_verbs: dict[str, str | None]
    not_with_objects: dict[str, frozenset[str]]
    not_with_complements: dict[str, frozenset[str]]
    without_object: dict[str, str | None]
    agent_objects: frozenset[str]
    questions: frozenset[str]
    not_events: frozenset[str]
    agent_subjects: frozenset[str]
    object_types: dict[str, dict[str, str]]
    commitment: frozenset[str]
    transparent: dict[str, str]
    speech: frozenset[str]
    request_modals: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    negation: frozenset[str]
    conditional_marks: frozenset[str]
    hostile: frozenset[str]
    cooperative: frozenset[str]
    threaten_modes: dict[str, str]
    group_heads: frozenset[str]
    agent_nouns: frozenset[str]
    recipient_preps: frozenset[str]
    location_preps: frozenset[str]
    noun_hosts: frozenset[str]
    verb_words: frozenset[str]  # every lemma that can start a verb trigger, for a quick first test
    lemma_fixes: dict[str, str]
    stative: frozenset[str]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read data/events.yaml once per process."""
    raw = yaml.safe_load(data_path("events.yaml").read_text("utf-8"))
    verbs: dict[str, tuple[str, str | None]] = {}
    nouns: dict[str, tuple[str, str | None]] = {}
    objects: dict[str, tuple[str, str | None]] = {}
    mode_words: dict[str, dict[str, str]] = {}
    for event_type, entry in raw["types"].items():
        verbs.update({k: (event_type, v) for k, v in (entry.get("verbs") or {}).items()})
        nouns.update({k: (event_type, v) for k, v in (entry.get("nouns") or {}).items()})
        objects.update({k: (event_type, v) for k, v in (entry.get("objects") or {}).items()})
        mode_words[event_type] = entry.get("mode_words") or {}
    objects.update(nouns)
    words = {key.split()[0] for key in verbs}
    words |= set(raw["light_verbs"]) | set(raw["reversal_verbs"]) | set(raw["commitment_verbs"])
    words |= set(raw["transparent_verbs"]) | set(raw["speech_verbs"])
    words |= {key.split()[0] for key in raw["reversal_verbs"]}
    words |= set(raw["object_types"])
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        objects=objects,
        mode_words=mode_words,
        light_verbs=frozenset(raw["light_verbs"]),
        reversal_verbs=raw["reversal_verbs"],
        not_with_objects={k: frozenset(v) for k, v in raw["not_with_objects"].items()},
        not_with_complements={k: frozenset(v) for k, v in raw["not_with_complements"].items()},
        without_object=raw["without_object"],
        agent_objects=frozenset(raw["needs_agent_object"]),
        questions=frozenset(raw["question_verbs"]),
        not_events=frozenset(raw["not_events"]),
        agent_subjects=frozenset(raw["needs_agent_subject"]),
        object_types=raw["object_types"],
        commitment=frozenset(raw["commitment_verbs"]),
        transparent=raw["transparent_verbs"],
        speech=frozenset(raw["speech_verbs"]),
        request_modals=frozenset(raw["request_modals"]),
        future_aux=frozenset(raw["future_auxiliaries"]),
        hypothetical_aux=frozenset(raw["hypothetical_auxiliaries"]),
        negation=frozenset(raw["negation_words"]),
        conditional_marks=frozenset(raw["conditional_marks"]),
        hostile=frozenset(raw["hostile_types"]),
        cooperative=frozenset(raw["cooperative_types"]),
        threaten_modes=raw["threaten_modes"],
        group_heads=frozenset(raw["group_heads"]),
        agent_nouns=frozenset(raw["agent_nouns"]),
        recipient_preps=frozenset(raw["recipient_prepositions"]),
        location_preps=frozenset(raw["location_prepositions"]),
        noun_hosts=frozenset(raw["event_noun_hosts"]),
        verb_words=frozenset(words),
        lemma_fixes=raw["lemma_fixes"],
        stative=frozenset(raw["stative_participles"]),
    )


def _lemma(token: Token) -> str:
    """The token's lemma, lower-cased, with the model's known slips mended ("staged" -> "stag")."""
    return load_lexicon().lemma_fixes.get(token.lower_) or token.lemma_.lower()


@dataclass
class Trigger:
    """A word that starts an event, before its participants are found."""

    token: Token  # the verb (or adjective, or standalone noun) heading the event
    type: str
    mode: str | None
    kind: str  # verb | light | commitment | request | noun
    noun: Token | None = None  # the event noun of a light-verb construction
    words: list[Token] = field(default_factory=list)
    content: list[Trigger] = field(default_factory=list)  # triggers inside its complement
    reporting: bool = False  # only attributes an act reported before it ("..., a group charged")


# ---- the stage ---------------------------------------------------------------------------------


def extract_events(doc: Doc, article: Article, quotes: list[Quote] | None = None) -> list[Event]:
    """Every event in the article, sentence by sentence; in each sentence the main event first."""
    lex = load_lexicon()
    events: list[Event] = []
    for sent in doc.sents:
        triggers = find_triggers(sent, lex)
        if not triggers:
            continue
        date_expressions = find_date_expressions(sent)
        sentence_quotes = [q for q in quotes or () if q.start < sent.end_char and q.end > sent.start_char]
        for trigger in triggers:
            events.append(_build_event(trigger, sent, article, lex, date_expressions, sentence_quotes))
    return events


def find_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    """The sentence's event triggers that are events of their own, main event first."""
    by_token: dict[int, Trigger] = {}
    consumed_nouns: set[int] = set()
    for token in sent:
        if token.pos_ in ("VERB", "ADJ") and _lemma(token) in lex.verb_words and _is_predicate(token):
            trigger = _verb_trigger(token, lex)
            if trigger:
                # the parser hangs a closing ", a group charged." on the noun before it
                trigger.reporting = _closing_attribution(token, sent)
                by_token[token.i] = trigger
                if trigger.noun is not None:
                    consumed_nouns.add(trigger.noun.i)
    for token in sent:
        if (
            token.pos_ in ("NOUN", "PROPN")
            and token.i not in consumed_nouns
            and token.dep_ not in MODIFIER_DEPS
        ):
            entry = _noun_entry(token, lex.nouns)
            if entry:
                by_token[token.i] = Trigger(token, entry[0], entry[1], "noun", words=[token])
    for noun_index in consumed_nouns:  # content under "imposed sanctions on X for ..." belongs to it
        by_token.setdefault(noun_index, by_token[_light_verb_of(sent.doc[noun_index], by_token)])
    independent = []
    for index, trigger in by_token.items():
        if index != trigger.token.i:
            continue
        governor = _governing_trigger(trigger.token, by_token) or _same_kind_above(trigger, by_token)
        if governor is not None:
            governor.content.append(trigger)
        elif trigger.kind != "noun" or _stands_alone(trigger.token, lex):
            independent.append(trigger)
    for trigger in independent:
        _settle_type(trigger, sent, lex)
    independent.sort(key=lambda t: (t.reporting and len(independent) > 1, _depth(t.token), t.token.i))
    return independent


def _closing_attribution(verb: Token, sent: Span) -> bool:
    """ "..., a rights group charged on Saturday.": a reporting clause the parser hung on a noun."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or _child(verb, "dobj") is not None:
        return False
    before = verb.head.left_edge.i - 1
    after = verb.right_edge.i + 1
    ends = after >= sent.end or verb.doc[after].is_punct
    return before >= sent.start and verb.doc[before].text == "," and ends


def _light_verb_of(noun: Token, by_token: dict[int, Trigger]) -> int:
    for index, trigger in by_token.items():
        if trigger.noun is not None and trigger.noun.i == noun.i:
            return index
    return noun.i


def _is_predicate(token: Token) -> bool:
    """A verb or predicative adjective, not a modifier ("the banned group", "meeting room")."""
    if token.pos_ == "VERB":
        return token.dep_ not in ("amod", "compound", "nmod")
    if token.pos_ != "ADJ" or token.dep_ not in ("acomp", "ROOT", "xcomp", "ccomp", "conj"):
        return False
    lex = load_lexicon()
    return token.lower_ in lex.stative or token.lower_ in lex.commitment


def _verb_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    """What kind of trigger a verb is, if any (see the order of the tests)."""
    lemma = _lemma(token)
    obj = _direct_object(token)
    keys = [*_phrasal_keys(token, lemma), lemma]
    if _not_an_event(token, lemma, obj, keys, lex):
        return None
    noun, noun_entry = _object_noun(token, lex)
    for key in keys:
        if key in lex.reversal_verbs:
            if noun_entry:
                undone = noun_entry[0]
                if undone in lex.hostile or undone in ("PROTEST", "THREATEN"):
                    return Trigger(token, "CONCEDE", None, "light", noun, [token, noun])
                if undone in lex.cooperative or undone in ("CONSULT", "AGREE"):
                    return Trigger(token, "SANCTION", None, "light", noun, [token, noun])
            if lex.reversal_verbs[key]:
                return Trigger(token, lex.reversal_verbs[key], None, "verb", words=[token])
            break
    for key in keys[:-1]:
        if key in lex.verbs:
            event_type, mode = lex.verbs[key]
            return Trigger(token, event_type, mode, "verb", words=[token, *_key_words(token, key)])
    if obj is None and lemma in lex.without_object:  # "the summit closes", "workers struck"
        if not lex.without_object[lemma]:
            return None
        return Trigger(token, lex.without_object[lemma], None, "verb", words=[token])
    by_object = _typed_by_object(lemma, obj, lex)  # "blocked the road" / "blocked the bill"
    if by_object:
        return Trigger(token, by_object[0], by_object[1], "verb", words=[token])
    if lemma in lex.light_verbs and noun_entry:
        return Trigger(token, noun_entry[0], noun_entry[1], "light", noun, [token, noun])
    committed = any(
        c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ == "to") for c in token.children
    )
    if lemma in lex.commitment and committed:
        return Trigger(token, "AGREE", None, "commitment", words=[token])
    if lemma in lex.verbs:
        event_type, mode = lex.verbs[lemma]
        return Trigger(token, event_type, mode, "verb", words=[token])
    if (lemma in lex.speech or lemma in lex.light_verbs) and _demands_of_another(token, lex):
        return Trigger(token, "REQUEST", None, "request", words=[token])
    return None


def _not_an_event(token: Token, lemma: str, obj: Token | None, keys: list[str], lex: Lexicon) -> bool:
    """Uses of trigger verbs that are no events: idioms, "declined to comment", "asked whether"."""
    previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if any(k in lex.not_events for k in keys[:-1]) or f"{previous} {token.lower_}" in lex.not_events:
        return True  # "struck down", "as opposed to"
    excluded = lex.not_with_objects.get(lemma, ())
    objects = [obj] if obj is not None else []
    objects += [p for c in token.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if excluded and any(_lemma(o) in excluded or o.lower_ in excluded for o in objects):
        return True  # "meet the deadline", "talked to reporters"
    complement = _child(token, "xcomp")
    if complement is not None and _lemma(complement) in lex.not_with_complements.get(lemma, ()):
        return True
    if obj is not None and lemma in lex.agent_objects and not _is_agent(obj, lex):
        return True  # "received a proposal" is no visit
    subject = _child(token, "nsubj")
    if lemma in lex.agent_subjects and subject is not None:
        if not (_is_agent(subject, lex) or subject.pos_ == "PRON"):
            return True  # "delays allow states to ...", "the virus attacks cells"
    if lemma in lex.questions:  # "asked whether ...", "asked, 'Do you ...?'" are questions
        return (
            obj is None
            and _child(token, "dative") is None
            and not _child(token, "xcomp")
            or any(_is_question(c) for c in token.children if c.dep_ == "ccomp")
        )
    return False


def _typed_by_object(lemma: str, obj: Token | None, lex: Lexicon) -> tuple[str, str | None] | None:
    """The type a verb takes from its object ("block a road" is a protest, "block a bill" a rejection)."""
    table = lex.object_types.get(lemma)
    if not table or obj is None:
        return None
    entry = table.get(_lemma(obj))
    if entry is None:
        entry = table.get("_someone") if _is_agent(obj, lex) else table.get("_other")
    if not entry:
        return None
    event_type, _, mode = entry.partition(" ")
    return event_type, mode or None


def _is_question(clause: Token) -> bool:
    return any(
        (c.dep_ == "mark" and c.lower_ in ("whether", "if")) or c.tag_ in ("WDT", "WP", "WRB")
        for c in clause.children
    )


def _phrasal_keys(token: Token, lemma: str) -> list[str]:
    keys = []
    for child in token.children:
        if child.dep_ in ("prt", "dobj") or (child.dep_ == "prep" and child.i > token.i):
            keys.append(f"{lemma} {child.lower_}")
        elif child.dep_ == "advmod" and child.i < token.i:
            keys.append(f"{child.lower_} {lemma}")
    return keys


def _key_words(token: Token, key: str) -> list[Token]:
    extra = key.replace(_lemma(token), "").split()
    return [c for c in token.children if c.lower_ in extra]


def _direct_object(token: Token) -> Token | None:
    return _child(token, "dobj") or _child(token, "nsubjpass")


def _child(token: Token, dep: str) -> Token | None:
    for child in token.children:
        if child.dep_ == dep:
            return child
    return None


def _object_noun(verb: Token, lex: Lexicon) -> tuple[Token | None, tuple[str, str | None] | None]:
    """The event noun a verb takes: its object, "on strike", "into talks", "tonnes of food"."""
    candidates, passive = [], []
    for child in verb.children:
        if child.dep_ in ("dobj", "attr"):
            candidates.append(child)
            candidates.extend(child.conjuncts)
        elif child.dep_ == "nsubjpass":  # "sanctions were imposed", after any object
            passive.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("on", "into", "in", "to", "under"):
            candidates.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
    candidates += passive
    for noun in candidates:
        entry = _noun_entry(noun, lex.objects, by_modifier=True)
        if entry:
            return noun, entry
        for child in noun.children:  # "40 tonnes of food", "a series of bombs"
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    entry = _noun_entry(pobj, lex.objects)
                    if entry:
                        return pobj, entry
    return None, None


def _noun_entry(
    noun: Token, table: dict[str, tuple[str, str | None]], by_modifier: bool = False
) -> tuple[str, str | None] | None:
    """The (type, mode) an event noun names; ``by_modifier`` also reads "an aid package"."""
    lemma = _lemma(noun)
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and child.i < noun.i:
            for key in (f"{_lemma(child)} {lemma}", f"{child.lower_} {noun.lower_}"):
                if key in table:
                    return table[key]
        elif child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                key = f"{lemma} of {_lemma(pobj)}"
                if key in table:
                    return table[key]
    found = table.get(lemma) or table.get(noun.lower_)
    if found is None and by_modifier:  # "an aid package": the modifier names what is given
        for child in noun.lefts:
            if child.dep_ == "compound" and _lemma(child) in table:
                return table[_lemma(child)]
    return found


def _demands_of_another(verb: Token, lex: Lexicon) -> bool:
    """ "X said Y must ...": a reported clause with must/should whose subject is not the speaker."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [
        a for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ in ("acl", "ccomp")
    ]
    addressed = any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children)
    for clause in clauses:
        if any(c.dep_ == "aux" and c.lower_ in lex.request_modals for c in clause.children):
            subject = _child(clause, "nsubj")
            # "said it must ..." is usually about the speaker; "told Iraq that it must ..." is not
            return subject is None or subject.pos_ != "PRON" or addressed
    return False


def _governing_trigger(token: Token, by_token: dict[int, Trigger]) -> Trigger | None:
    """The trigger whose complement holds this token, if any ("threatened to [impose]").

    A clause reported before its verb ("X attacked Y, a group charged") is not absorbed: the
    reporting verb only attributes it, and is marked so that the act ranks first.
    """
    current = token
    while current.dep_ in COMPLEMENT_DEPS and current.head.i != current.i:
        if current.dep_ == "prep" and current.lower_ not in ABSORBING_PREPS:
            return None  # "because of the fighting" is a reason, not content
        child, current = current, current.head
        if current.i in by_token:
            governor = by_token[current.i]
            if child.dep_ == "ccomp" and child.i < current.i and governor.kind == "verb":
                governor.reporting = True
                return None
            return governor
    return None


def _same_kind_above(trigger: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
    """A trigger of the same type close above is the same event told twice ("began a hunger
    strike to protest", "staged a sit-in in protest at ...")."""
    current = trigger.token
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
        return None  # an act with its own subject is another event ("... after the crowd burned ...")
    for _ in range(3):
        if current.head.i == current.i:
            return None
        current = current.head
        governor = by_token.get(current.i)
        if governor is not None:
            same = governor.type == trigger.type and governor.kind != "noun" and governor is not trigger
            return governor if same else None
    return None


def _stands_alone(noun: Token, lex: Lexicon) -> bool:
    """An event noun is an event of its own when it names participants or happens."""
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
        return True
    return noun.dep_ in ("nsubj", "nsubjpass") and _lemma(noun.head) in lex.noun_hosts


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def _settle_type(trigger: Trigger, sent: Span, lex: Lexicon) -> None:
    """Offers of hostile acts are threats; a threat's mode comes from what is threatened."""
    hostile_content = next((c for c in _content_chain(trigger) if c.type in lex.hostile), None)
    if trigger.kind == "commitment" and hostile_content is not None:
        trigger.type = "THREATEN"
    if trigger.type == "THREATEN" and trigger.mode is None and hostile_content is not None:
        trigger.mode = _threat_mode(hostile_content.type, hostile_content.mode, lex)
    if (
        trigger.type == "PROTEST"
        and trigger.kind == "verb"
        and (trigger.reporting or _child(trigger.token, "ccomp"))
    ):
        trigger.type, trigger.mode = "ACCUSE", "disapprove"  # "protested that ...": a verbal protest
    if trigger.mode is None:
        trigger.mode = _mode_from_words(trigger, sent, lex)


def _threat_mode(event_type: str, mode: str | None, lex: Lexicon) -> str | None:
    """PLOVER's THREATEN modes: the coercion threatened (curfew, ban, arrest), else violence, relations."""
    if event_type == "COERCE" and mode:
        return mode
    return lex.threaten_modes.get(event_type)


def _content_chain(trigger: Trigger) -> list[Trigger]:
    chain, stack = [], list(trigger.content)
    while stack:
        item = stack.pop(0)
        chain.append(item)
        stack.extend(item.content)
    return chain


def _mode_from_words(trigger: Trigger, sent: Span, lex: Lexicon) -> str | None:
    words = lex.mode_words.get(trigger.type)
    if not words:
        return None
    head = trigger.token
    for token in sent:
        if _lemma(token) in words and head.is_ancestor(token):
            return words[_lemma(token)]
    for token in sent:
        if _lemma(token) in words:
            return words[_lemma(token)]
    return None


# ---- one event ---------------------------------------------------------------------------------


def _build_event(
    trigger: Trigger,
    sent: Span,
    article: Article,
    lex: Lexicon,
    date_expressions: list[DateExpression],
    quotes: list[Quote],
) -> Event:
    token = trigger.token
    clause = _clause_head(trigger)
    governors = _governors(clause, lex)
    negated, hypothetical, future = _flags(trigger, clause, governors, lex)
    event_type, mode = trigger.type, trigger.mode
    if (future or hypothetical) and trigger.kind not in ("commitment", "request"):
        if event_type in lex.hostile and not negated:  # PLOVER: a hostile act announced is a threat
            event_type, mode = "THREATEN", _threat_mode(event_type, mode, lex)
        elif event_type in lex.cooperative:  # a cooperative act promised is an agreement
            event_type, mode = ("REJECT" if negated else "AGREE"), None
            negated = False if event_type == "REJECT" else negated
    actor_tokens, passive_objects = _actor_tokens(trigger, governors, lex)
    recipient_tokens = _recipient_tokens(trigger, passive_objects, actor_tokens, lex)
    actor_spans = _unique_spans(actor_tokens, sent, lex)
    recipient_spans = [s for s in _unique_spans(recipient_tokens, sent, lex) if s not in actor_spans]
    location = _location(trigger, sent)
    if location and location not in recipient_spans and not any(_is_agent(t, lex) for t in recipient_tokens):
        recipient_spans.append(location)  # "imposed a curfew in Abidjan": the place is the target
    text, offset = sent.text, sent.start_char  # Doc.text and Token.sent cost a pass over the doc
    tense = "future" if future else _tense(clause)
    date_expression = _event_date_expression(trigger, date_expressions)
    if date_expression is not None:
        date, granularity = resolve_date(date_expression.text, article.published, tense)
    else:
        published = parse_published(article.published)
        date, granularity = (published.isoformat() if published else None), None
    event = Event(
        article_id=article.article_id,
        type=event_type,
        start=sent.start_char,
        end=sent.end_char,
        sentence=sent.text,
        trigger=" ".join(t.text for t in sorted(set(trigger.words), key=lambda t: t.i)),
        mode=mode,
        actors=[text[a - offset : b - offset] for a, b in actor_spans],
        recipients=[text[a - offset : b - offset] for a, b in recipient_spans],
        actor_entity_ids=[None] * len(actor_spans),
        recipient_entity_ids=[None] * len(recipient_spans),
        location=text[location[0] - offset : location[1] - offset] if location else None,
        date=date,
        date_granularity=granularity,
        date_text=date_expression.text if date_expression else None,
        negated=negated,
        hypothetical=hypothetical,
        future=future,
        actor_offsets=actor_spans,
        recipient_offsets=recipient_spans,
        trigger_start=token.idx,
    )
    _tie_quote(event, trigger, governors, quotes, lex)
    return event


def actor_spans(event: Event) -> list[tuple[int, int]]:
    """Character offsets of the event's actors in the clean text (for the entity linker)."""
    return list(event.actor_offsets)


def _governors(token: Token, lex: Lexicon) -> list[Token]:
    """The see-through verbs above a trigger: "plans to", "said", "is ready to"."""
    found = []
    current = token
    while current.dep_ in ("xcomp", "ccomp", "acomp", "conj", "advcl", "acl") and current.head.i != current.i:
        current = current.head
        lemma = _lemma(current)
        if lemma in lex.transparent or lemma in lex.speech or lemma == "go" or lemma == "be":
            found.append(current)
        else:
            break
    return found


def _clause_head(trigger: Trigger) -> Token:
    """The verb whose auxiliaries and tense an event has ("the strike will begin" -> begin)."""
    token = trigger.token
    if trigger.kind == "noun" and token.dep_ in ("nsubj", "nsubjpass"):
        return token.head
    return token


def _flags(trigger: Trigger, clause: Token, governors: list[Token], lex: Lexicon) -> tuple[bool, bool, bool]:
    """negated, hypothetical, future: from auxiliaries, negation and the verbs above."""
    negated = hypothetical = future = False
    heads = [clause] + [g for g in governors if _lemma(g) not in lex.speech]
    past_speech = any(_lemma(g) in lex.speech and g.tag_ in ("VBD", "VBN") for g in governors)
    for head in heads:
        for child in head.children:
            word = child.lower_
            if child.dep_ == "neg" or (child.dep_ == "advmod" and word in lex.negation):
                negated = True
            elif (
                child.dep_ == "advmod" and word == "longer" and any(c.lower_ == "no" for c in child.children)
            ):
                negated = True
            elif child.dep_ == "aux":
                if word in lex.future_aux or child.lemma_ == "will":
                    future = True
                elif word == "would" and past_speech:
                    future = True
                elif word in lex.hypothetical_aux:
                    hypothetical = True
            elif child.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in child.children):
                hypothetical = True
            elif child.dep_ == "mark" and word in ("if", "unless"):
                hypothetical = True
        if head.i != clause.i:
            flag = lex.transparent.get(_lemma(head), "")
            if _lemma(head) == "go" and head.tag_ == "VBG":
                flag = "future"
            future |= flag == "future"
            hypothetical |= flag == "hypothetical"
            negated |= flag == "negated"
    if trigger.noun is not None and any(c.lower_ == "no" and c.dep_ == "det" for c in trigger.noun.children):
        negated = True
    return negated, hypothetical, future


def _tense(token: Token) -> str:
    tags = {token.tag_} | {c.tag_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    aux = {c.lemma_ for c in token.children if c.dep_ == "aux"}
    if "VBD" in tags or ("VBN" in tags and aux & {"have", "be"}):
        return "past"
    return "present"


# ---- participants --------------------------------------------------------------------------------


def _actor_tokens(trigger: Trigger, governors: list[Token], lex: Lexicon) -> tuple[list[Token], list[Token]]:
    """Who acts (subjects with conjuncts, or the passive agent), and any passive subjects."""
    if trigger.kind == "noun":
        return _noun_participants(trigger.token)
    current = trigger.token
    passive_subjects: list[Token] = []
    for _ in range(6):
        subjects, agents = [], []
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS and child.pos_ != "PRON" or child.dep_ == "nsubj":
                subjects.append(child)
            elif child.dep_ == "nsubjpass" and current.lower_ in lex.stative:
                subjects.append(child)  # "Israel is opposed to ...": a stance, not a passive
            elif child.dep_ == "nsubjpass":
                passive_subjects.append(child)
            elif child.dep_ == "agent":
                agents.extend(c for c in child.children if c.dep_ == "pobj")
        if agents or subjects:
            found = agents or subjects
            found = [c for t in found for c in (t, *t.conjuncts)]
            return [_resolve(t, governors, lex) for t in found], passive_subjects
        if passive_subjects:
            return [], passive_subjects
        head = current.head
        if current.dep_ == "xcomp" and _lemma(head) in OBJECT_CONTROL and _child(head, "dobj") is not None:
            return [_resolve(_child(head, "dobj"), governors, lex)], []  # "required Moscow to withdraw"
        if current.dep_ == "acl" and _child(head, "poss") is not None:
            return [_child(head, "poss")], []  # "Xi's plan to visit Moscow"
        if (
            current.dep_ == "relcl" or (current.dep_ == "acl" and current.tag_ in ("VBG", "VBN", "VBD"))
        ) and head.pos_ in (
            "NOUN",
            "PROPN",
        ):
            return [head], []  # "forces using missiles", "the group that attacked"
        if current.dep_ not in ("xcomp", "conj", "advcl", "acomp") or head.i == current.i:
            return [], []
        current = head
    return [], passive_subjects


def _noun_participants(noun: Token) -> tuple[list[Token], list[Token]]:
    """ "a meeting between X and Y", "an attack by X on Y", "Russia's attack on Y"."""
    actors, recipients = [], []
    for child in noun.children:
        if child.dep_ == "poss":
            actors.append(child)
        elif child.dep_ == "prep":
            objects = [c for p in child.children if p.dep_ == "pobj" for c in (p, *p.conjuncts)]
            if child.lower_ in ("between", "by"):
                actors.extend(objects)
            elif child.lower_ in ("on", "against", "with"):
                recipients.extend(objects)
    return actors, recipients


def _resolve(token: Token, governors: list[Token], lex: Lexicon) -> Token:
    """A pronoun to the speaker who reports it ("Iraq said it would"), a relative to its noun."""
    if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl":
        return token.head.head
    if token.pos_ == "PRON":
        for governor in governors:
            if _lemma(governor) in lex.speech:
                speaker = _speaker_of(governor)
                if speaker is not None and speaker.pos_ != "PRON":
                    return speaker
    return token


def _speaker_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, or of the clause it hangs from ("X was quoted as saying")."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if (
            current.dep_ not in ("advcl", "pcomp", "pobj", "prep", "xcomp", "ccomp", "conj")
            or current.head.i == current.i
        ):
            return None
        current = current.head
    return None


def _recipient_tokens(
    trigger: Trigger, passive_subjects: list[Token], actors: list[Token], lex: Lexicon
) -> list[Token]:
    """Who is acted on: objects, "on/against/to/with" objects, down the content chain.

    Names are preferred to things: "rejected Iraq's proposal" gives Iraq, not the proposal.
    """
    if trigger.kind == "noun":
        return passive_subjects
    sources = [trigger.token] + ([trigger.noun] if trigger.noun is not None else [])
    sources += [t for c in _content_chain(trigger) for t in (c.token, c.noun) if t is not None]
    if trigger.type in SPEECH_ACT_TYPES or trigger.kind in ("request", "commitment"):
        sources += [c for c in trigger.token.children if c.dep_ in ("ccomp", "xcomp")]
    skip = {t.i for t in sources} | {a.i for a in actors}
    found = _candidates(sources, trigger, skip, lex)
    agents = [t for t in passive_subjects + found if _is_agent(t, lex)]
    if not agents:  # "donated and delivered goods to X": the objects may sit on a conjoined verb
        conjoined = [c for c in trigger.token.conjuncts if c.pos_ == "VERB"]
        agents = [t for t in _candidates(conjoined, trigger, skip, lex) if _is_agent(t, lex)]
    if agents:
        return agents
    things = passive_subjects + found
    return [t for t in things[:1] if t.pos_ in ("NOUN", "PROPN")]


def _candidates(sources: list[Token], trigger: Trigger, skip: set[int], lex: Lexicon) -> list[Token]:
    """Objects, prepositional objects and addressees under the sources, names found inside things."""
    candidates: list[Token] = []
    for source in sources:
        if source.pos_ in ("NOUN", "PROPN"):  # "a U.S. request", "North Korea's demand"
            candidates.extend(_agents_within(source, lex))
        for child in source.children:
            if child.i in skip:
                continue
            if child.dep_ == "dative" and child.pos_ == "ADP":  # "issued a reminder to Iraq"
                candidates.extend(c for p in child.children if p.dep_ == "pobj" for c in (p, *p.conjuncts))
            elif child.dep_ in ("dobj", "dative", "iobj") or (
                child.dep_ == "nsubj" and source.i != trigger.token.i and source.dep_ in ("ccomp", "xcomp")
            ):
                candidates.extend((child, *child.conjuncts))
            elif child.dep_ == "prep" and child.lower_ in lex.recipient_preps:
                candidates.extend(c for p in child.children if p.dep_ == "pobj" for c in (p, *p.conjuncts))
    expanded = []
    for candidate in candidates:
        if candidate.i in skip or candidate.ent_type_ in NOT_PARTICIPANTS or candidate.pos_ == "PRON":
            continue
        expanded.extend(_agents_within(candidate, lex) or [candidate])
    return expanded


def _agents_within(noun: Token, lex: Lexicon) -> list[Token]:
    """For a thing, whose it is: "Iraq's proposal", "a U.S. request", "an offer from Kabul"."""
    if _is_agent(noun, lex):
        return []
    found = []
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            found.append(child)
        elif child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in (
            "GPE",
            "ORG",
            "NORP",
            "PERSON",
        ):
            found.append(child)
        elif child.dep_ == "acl" and child.tag_ == "VBN":  # "the demonstration staged by students"
            for agent in child.children:
                if agent.dep_ == "agent":
                    found.extend(p for p in agent.children if p.dep_ == "pobj" and _is_agent(p, lex))
        elif child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            found.extend(p for p in child.children if p.dep_ == "pobj" and _is_agent(p, lex))
    return found


def _is_agent(token: Token, lex: Lexicon) -> bool:
    if token.ent_type_ in NAME_LABELS:
        return True
    if token.pos_ == "PROPN":
        return True
    return _lemma(token) in lex.agent_nouns


def _unique_spans(tokens: list[Token], sent: Span, lex: Lexicon) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for token in tokens:
        for member in _group_members(token, lex):
            if member.ent_type_ in NOT_PARTICIPANTS or member.like_num or _is_dateline(member, sent):
                continue
            span = _name_span(member)
            if span not in spans:
                spans.append(span)
    return spans


def _is_dateline(token: Token, sent: Span) -> bool:
    """ "SANTIAGO, March 10 (Wire) - ...": the place a story was filed from, not an actor."""
    following = token.i + 1
    return (
        token.i - sent.start <= 2
        and token.text.isupper()
        and len(token.text) > 2
        and following < len(token.doc)
        and token.doc[following].text == ","
    )


def _group_members(token: Token, lex: Lexicon) -> list[Token]:
    """ "members of the union" -> the union; "envoys from Iran and Iraq" -> Iran, Iraq."""
    for child in token.children:  # "the trade minister, Park Jin-woo, ..." -> the name
        if child.dep_ == "appos" and child.ent_type_ == "PERSON" and token.ent_type_ != "PERSON":
            return [child]
    named_only = not (_lemma(token) in lex.group_heads or token.like_num)
    if named_only and (token.ent_type_ in NAME_LABELS or token.pos_ == "PROPN"):
        return [token]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (not named_only or pobj.ent_type_ in ("GPE", "ORG", "NORP")):
                    return [pobj, *pobj.conjuncts]
    return [token]


def _name_span(token: Token) -> tuple[int, int]:
    """The name as written: a named entity, else the noun with its modifiers."""
    if token.ent_type_ in NAME_LABELS:
        entity = _entity_of(token)
        if entity is not None:
            return entity.start_char, entity.end_char
    start = token
    for child in token.lefts:
        if child.dep_ in MODIFIER_DEPS:
            start = child.left_edge if child.left_edge.i < start.i else start
    while start.i < token.i and (
        start.dep_ in ("det", "nummod", "punct")
        or start.like_num
        or (start.dep_ == "poss" and start.pos_ == "PRON")
    ):
        start = start.doc[start.i + 1]
    return start.idx, token.idx + len(token.text)


def _entity_of(token: Token) -> Span | None:
    """The named entity a token is part of, read from the IOB tags (doc.ents is built per call)."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _location(trigger: Trigger, sent: Span) -> tuple[int, int] | None:
    """ "in Moscow": a place after in/at/near, on the trigger first, else in its clause."""
    lex = load_lexicon()
    near = [trigger.token] + ([trigger.noun] if trigger.noun is not None else [])
    if trigger.kind == "noun":  # "a meeting ... took place in Cairo"
        near.append(trigger.token.head)
    near += [c for t in list(near) for c in t.children if c.dep_ in ("dobj", "attr")]
    subjects = [c for c in trigger.token.children if c.dep_ in ("nsubj", "nsubjpass")]
    in_subject = {t.i for c in subjects for t in c.subtree}  # "groups in Santiago" is who, not where
    clause = [t for t in trigger.token.subtree if t.i not in in_subject]
    for pool in (near, clause):
        for head in pool:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in lex.location_preps:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.ent_type_ in PLACE_LABELS:
                            entity = _entity_of(pobj)
                            if entity is not None:
                                return entity.start_char, entity.end_char
    return None


# ---- date and quote --------------------------------------------------------------------------------


def _event_date_expression(trigger: Trigger, expressions: list[DateExpression]) -> DateExpression | None:
    """The date expression in the trigger's own clause nearest to it, else the nearest in the sentence."""
    if not expressions:
        return None
    token = trigger.token
    low, high = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    inside = [e for e in expressions if e.start >= low and e.end <= high]
    pool = inside or expressions
    return min(pool, key=lambda e: min(abs(e.start - token.idx), abs(e.end - token.idx)))


def _tie_quote(event: Event, trigger: Trigger, governors: list[Token], quotes: list[Quote], lex: Lexicon):
    """A speech act reported in a quote: point the event at that quote."""
    token = trigger.token
    cue_positions = {token.idx} | {g.idx for g in governors if _lemma(g) in lex.speech}
    # A speech act ("accused X of ...") whose content is quoted: the quote is inside its clause.
    low, high = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    speech_act = event.type in SPEECH_ACT_TYPES
    for quote in quotes:
        inside = speech_act and low <= quote.start < high
        if quote.start <= token.idx < quote.end or quote.cue_start in cue_positions or inside:
            if quote.quote_id:
                event.quote_id = quote.quote_id
            else:
                event.quote_start = quote.start
            return
