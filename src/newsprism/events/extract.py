"""The events stage: who did what to whom, where and when, typed in PLOVER 2.0's sixteen types.

Dependency-based, sentence by sentence: triggers.py finds the words that start events and types them
(nonevents.py and evaluations.py: idioms left out, criticism and praise read in), and factuality.py
drops what reports no event (questions, headings, conditionals, opinions, things as doers);
participants.py finds actors, recipients and the negated, hypothetical and future flags,
participant_spans.py writes them out and finds the place, and people_link.py names pronouns and role
nouns through the article's people; when.py dates each event from its own clause (dates.py resolves
the expression; told.py counts "the next day" from the date told before) and contexts.py gives
its PLOVER context. This module builds the Event records and ties speech acts to their quotes.
PLOVER counts a hostile act announced as a threat and a cooperative act promised as an
agreement; that retyping happens here, once the flags are known.
Lexicons live in data/events.yaml and data/event_contexts.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

import newsprism.events.rules as rules
from newsprism.config import Settings
from newsprism.events.aspect import told_as_background
from newsprism.events.attack_words import (
    TOPIC_PREPS,
    attack_in_words,
    between_people,
    press_attacked,
    relative_target,
)
from newsprism.events.captions import dated_caption
from newsprism.events.clause_flags import flags
from newsprism.events.contexts import context_of, sentence_words
from newsprism.events.date_tenses import date_tense
from newsprism.events.date_tenses import verb_tense as _tense
from newsprism.events.dates import DateExpression, find_date_expressions, parse_published
from newsprism.events.described import denied_by_no, refused_by_will, told_not_reported
from newsprism.events.epithets import is_epithet
from newsprism.events.factuality import is_unreal, reports_events
from newsprism.events.forecasts import announced_now, forecast_only
from newsprism.events.gate import gate
from newsprism.events.generic_acts import habitual_relative, possible_act
from newsprism.events.halted import halted_plan
from newsprism.events.institutions import electorate_choice
from newsprism.events.interaction import both_act, crowd_demand, no_one_takes_part, stands_between_parties
from newsprism.events.lexicon import SPEECH_ACT_TYPES, Lexicon, is_agent, lemma_of, load_lexicon
from newsprism.events.nonparties import no_parties, stock_quote
from newsprism.events.not_done import stance_against_a_thing, stance_on_a_thing, thing_judged
from newsprism.events.participant_spans import location_of, unique_spans
from newsprism.events.participants import actor_tokens, clause_head, governors_of
from newsprism.events.people_link import named_actor
from newsprism.events.purposes import without_purposes
from newsprism.events.quote_tags import tag_date
from newsprism.events.realis import call_on_no_one, doerless_background, view_of_people_in_general
from newsprism.events.recipients import recipient_tokens
from newsprism.events.silenced import silenced
from newsprism.events.told import Telling
from newsprism.events.told_anchor import anchor_of
from newsprism.events.trigger_uses import (
    activity_named,
    ownerless_offer,
    plan_of_ones_own,
    pledge_to_no_one,
    topic_of,
)
from newsprism.events.triggers import Trigger, find_triggers, threat_mode
from newsprism.events.undone import undone
from newsprism.events.when import event_date, sentence_date
from newsprism.models import Article, Event, Quote
from newsprism.nlp.document_memo import doc_sentences, doc_text

# What a speech act governs: where its quoted content sits.
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "dative", "attr", "oprd", "acomp"})
# "can't support": an act refused, not merely not done
CANNOT = frozenset({"ca", "can", "cannot"})
# a refusal said to be coming is made as said; so is a sanction its imposer says it will impose
# ("China said it will raise tariffs on US goods"; PLOVER codes the announcement as the sanction)

__all__ = ["actor_spans", "extract_events", "find_triggers", "load_lexicon"]


def extract_events(
    doc: Doc, article: Article, quotes: list[Quote] | None = None, keep_negated: bool | None = None
) -> list[Event]:
    """Every event in the article, sentence by sentence; in each sentence the main event first.

    An act said not to have happened ("did not meet") is no event (a refusal is: REJECT) unless
    ``keep_negated`` (default: the ``events.negated`` setting) keeps it, flagged ``negated``."""
    lex = load_lexicon()
    if keep_negated is None:
        keep_negated = negated_kept()
    events: list[Event] = []
    text = doc_text(doc)  # built once (the quote stage built it): spaCy joins the tokens anew
    naming = Naming(list(quotes or ()), {})
    telling, day = Telling(), parse_published(article.published)  # "the next day" counts from it
    day = day.isoformat() if day else None
    for sent in doc_sentences(doc):
        triggers = find_triggers(sent, lex)
        if not triggers or not reports_events(sent, text, article.lines_judged):
            telling.settle(
                [], day, lambda s=sent: anchor_of(s, article.published, telling.anchor, clause_date)
            )
            continue
        sentence = text[sent.start_char : sent.end_char].rstrip()  # spaCy keeps the paragraph break
        triggers = [t for t in triggers if not _in_link_blurb(t.token, sentence, sent.start_char, lex)]
        date_expressions = find_date_expressions(sentence, sent.start_char)
        if dated_caption(sent, sentence, article.published, date_expressions):
            continue  # "Pelosi holds a press conference ... on December 18, 2019.": a photograph
        context = context_of(sentence_words(sent))
        sentence_quotes = [q for q in quotes or () if q.start < sent.end_char and q.end > sent.start_char]
        proposed = []
        for trigger in triggers:
            event = _build_event(
                trigger, sent, sentence, article, lex, date_expressions, sentence_quotes, naming
            )
            if event is not None and (keep_negated or not event.negated):
                event.context = context
                proposed.append((event, trigger))
        proposed = without_purposes(proposed)  # "deployed THAAD to defend against ...": one act
        proposed = [(e, t) for e, t in proposed if not forecast_only(e, t, lex)]  # "will deride"
        if rules.enabled("precision_gate"):
            proposed = gate(proposed, sent, lex)
        found = _told_with_parties([event for event, _ in proposed])
        telling.settle(
            found, day, lambda s=sent: anchor_of(s, article.published, telling.anchor, clause_date)
        )
        # an act said not to have happened ("has not ruled out ...") is never the main event
        events.extend(sorted(found, key=lambda e: e.negated) if rules.enabled("negated_last") else found)
    return events


def _build_event(
    trigger: Trigger,
    sent: Span,
    sentence: str,
    article: Article,
    lex: Lexicon,
    date_expressions: list[DateExpression],
    quotes: list[Quote],
    naming: Naming,
) -> Event | None:
    """The event a trigger starts, or None when it reports none (see factuality.py)."""
    token = trigger.token
    clause = clause_head(trigger)
    governors = governors_of(clause, lex)
    negated, hypothetical, future = flags(trigger, clause, governors, lex)
    negated = negated or denied_by_no(clause, lex)  # "offered no specifics", "no evidence that ..."
    negated = negated or undone(clause, lex)  # "renounced a pledge to support", "never came around to"
    past = _tense(clause) == "past"
    refused = refused_by_will(token, trigger.type, lex)  # "did not want to debate her": REJECT
    if not refused and is_unreal(trigger, clause, governors, past, (sentence, sent.start_char), lex):
        return None
    if told_not_reported(token, clause, lex):
        return None  # "just another soldier defending ...", "when they sit down with customers"
    if not refused and (possible_act(clause, trigger.type, governors, lex) or habitual_relative(clause)):
        return None  # "Barack can get shot", "countries that sponsor or shelter terrorism"
    event_type, mode = trigger.type, trigger.mode
    if refused:
        event_type, mode, negated, hypothetical = "REJECT", None, False, False
    decided = future and announced_now(event_type, (negated, hypothetical), clause, governors, lex)
    unnamed = lex.word_classes["unnamed_measures"]  # "would take countermeasures": still a threat
    decided = decided and (trigger.noun is None or lemma_of(trigger.noun) not in unnamed)
    if (
        (future or hypothetical)
        and not decided
        and trigger.kind not in ("commitment", "request", "undergone")
    ):
        if event_type in lex.hostile and not negated:  # PLOVER: a hostile act announced is a threat
            event_type, mode = "THREATEN", threat_mode(event_type, mode, lex)
        elif event_type in lex.cooperative and hypothetical and not future and not negated:
            return None  # "I might release them": a possibility, no promise
        elif event_type in lex.cooperative and not negated and _goes_on(governors, lex):
            pass  # "we will continue to defend the president": support going on, no new promise
        elif event_type in lex.cooperative:  # a cooperative act promised is an agreement
            event_type, mode = ("REJECT" if negated else "AGREE"), None
            negated = False if event_type == "REJECT" else negated
    if future and announced_now(event_type, (negated, hypothetical), clause, governors, lex):
        future = False  # "said the company would oppose the ruling": the refusal is made as said
    if event_type in lex.cooperative and negated and any(c.lower_ in CANNOT for c in clause.children):
        event_type, mode, negated = "REJECT", None, False  # "say they can't support the bill": a refusal
    if event_type == "REQUEST" and negated and any(c.dep_ == "nsubjpass" for c in clause.children):
        event_type, negated = "REJECT", False  # "wouldn't be pressured into ...": a refusal
    actor_words, passive_objects = actor_tokens(trigger, governors, lex)
    if silenced(trigger, sent, actor_words, lex):
        return None  # "Never before has ...", "anything that funds", "the bill calls for", "were to blame"
    halted = halted_plan(clause, lex) if trigger.type in lex.hostile else None
    if halted is not None:  # "delayed plans to raise tariffs on China": pressure eased, no threat
        event_type, mode, actor_words, future = "CONCEDE", None, halted[1] or actor_words, False
    crowd = crowd_demand(trigger, event_type, lex)
    if crowd is not None:  # "Hundreds gathered outside the courthouse to demand ...": a protest
        event_type, mode, actor_words = "PROTEST", "demo", actor_words or [crowd]
    if not actor_words and activity_named(trigger) and rules.enabled("subjectless_gerunds"):
        return None  # "in terms of supporting Ukraine", "consenting adults": no one acts
    if activity_named(trigger) and topic_of(trigger.token) and rules.enabled("topic_gerunds"):
        return None  # "when asked about agreeing to questioning": a topic, not an act
    if trigger.kind == "verb" and doerless_background(token, actor_words):
        return None  # "where programs were shut down thanks to ACA": background, no party
    if ownerless_offer(trigger, actor_words) and rules.enabled("ownerless_offers"):
        return None  # "used that paradigm to propose our rights": an offer no one is found making
    recipient_words = recipient_tokens(trigger, passive_objects, actor_words, lex)
    if pledge_to_no_one(trigger, event_type, recipient_words):
        return None  # "Obama promised an avalanche of jobs": a pledge to the public, no accord
    if plan_of_ones_own(trigger, recipient_words) and rules.enabled("own_plans"):
        return None  # "Barr now proposes to redact", "offered to guide us there": a plan, no accord
    if (
        thing_judged(token, event_type, recipient_words, lex)
        or stance_on_a_thing(token, event_type, recipient_words, lex)
        or stance_against_a_thing(token, event_type, recipient_words, lex)
    ):
        return None  # "who has been critical of costly modernization efforts", "supported it": a view
    if call_on_no_one(trigger.words, event_type, recipient_words, lex):
        return None  # "calling for more armed security": a stance, no one asked
    if view_of_people_in_general(event_type, actor_words, recipient_words, lex, clause):
        return None  # "Supporters have praised the law": a view held, no party acted on
    if electorate_choice(event_type, trigger.token, actor_words, lex):
        return None  # "primary voters, who overwhelmingly backed Ocasio-Cortez": an election result
    if event_type == "ASSAULT" and not recipient_words and trigger.kind == "verb":
        recipient_words = relative_target(token)  # "the congresswomen Trump attacked"
    if (
        event_type == "ASSAULT"
        and mode is None
        and between_people(trigger, actor_words, recipient_words, lex, naming.quotes, naming.cache)
    ):
        event_type, mode = "ACCUSE", "disapprove"  # "Trump attacked Biden": words, no weapon
        # "clashed over North Korea": what a quarrel is over is its topic, no side and no place
        if trigger.kind not in ("light", "noun"):  # "an attack on the governor": "on" names the target
            recipient_words = [t for t in recipient_words if t.head.lower_ not in TOPIC_PREPS]
    said_as = attack_in_words(trigger, recipient_words, lex) if mode is None else None
    if said_as == "":
        return None  # "targeted wavering Democrats in a memo": a document aimed at readers
    if said_as:
        event_type, mode = said_as, "disapprove"  # "renewed his assault on the media": words
        recipient_words = press_attacked(trigger, lex) or recipient_words
    if not stands_between_parties(trigger, event_type, actor_words, recipient_words, lex):
        return None
    if no_one_takes_part(trigger, event_type, actor_words, recipient_words, lex):
        return None  # "a balancing act she's had to strike": no party, no interaction
    if no_parties(trigger, event_type, clause, actor_words, recipient_words, lex):
        return None  # "stocks rallied", "fighting the coronavirus", "it feels like we are attacked"
    if rules.enabled("market_moves"):  # "Apple AAPL, +2.3% agreed": a ticker quote's "%" is no one
        actor_words = [t for t in actor_words if not stock_quote(t)]
        recipient_words = [t for t in recipient_words if not stock_quote(t)]
    actor_offsets = _people_spans(actor_words, sent, lex, article.dateline)
    recipient_offsets = [
        s for s in _people_spans(recipient_words, sent, lex, article.dateline) if s not in actor_offsets
    ]
    if rules.enabled("one_side_only"):  # the same party named again is not acted on by itself
        named = {_name_at(s, sent, sentence, naming).lower() for s in actor_offsets}
        again = {s for s in recipient_offsets if _name_at(s, sent, sentence, naming).lower() in named}
        recipient_offsets = [s for s in recipient_offsets if s not in again]
    if event_type in lex.symmetric_types and mode not in lex.one_sided_modes and trigger.kind != "noun":
        partners = _people_spans(
            [t for t in recipient_words if is_agent(t, lex)], sent, lex, article.dateline
        )
        actor_offsets, recipient_offsets = both_act(actor_offsets, recipient_offsets, partners, trigger)
    location = location_of(trigger, sent)
    in_words = trigger.type == "ASSAULT" and event_type == "ACCUSE"  # a place is no target of words
    targets = any(is_agent(t, lex) for t in recipient_words) or in_words
    if location and location not in recipient_offsets and not targets:
        recipient_offsets.append(location)  # "imposed a curfew in Abidjan": the place is the target
    offset = sent.start_char
    tense = date_tense(clause, governors, future, past, lex)
    heads = [token, clause, *trigger.words] + ([trigger.noun] if trigger.noun is not None else [])
    speech = [g for g in governors if lemma_of(g) in lex.speech]
    performative = clause.tag_ in ("VBP", "VBZ") and not any(c.dep_ == "aux" for c in clause.children)
    said_now = event_type in SPEECH_ACT_TYPES and performative and bool(speech)
    if said_now:  # '"We reject it," X said Monday': it happens as it is said, when it is said
        tense = _tense(speech[0])
    date, granularity, date_text = event_date(
        heads, governors, sent, date_expressions, article.published, tense, lex, said_now
    )
    event = Event(
        article_id=article.article_id,
        type=event_type,
        start=sent.start_char,
        end=sent.start_char + len(sentence),
        sentence=sentence,
        trigger=" ".join(t.text for t in sorted(set(trigger.words), key=lambda t: t.i)),
        mode=mode,
        actors=[_name_at(span, sent, sentence, naming) for span in actor_offsets],
        recipients=[_name_at(span, sent, sentence, naming) for span in recipient_offsets],
        actor_entity_ids=[None] * len(actor_offsets),
        recipient_entity_ids=[None] * len(recipient_offsets),
        location=sentence[location[0] - offset : location[1] - offset] if location else None,
        date=date,
        date_granularity=granularity,
        date_text=date_text,
        negated=negated,
        hypothetical=hypothetical,
        future=future,
        background=told_as_background(clause, governors, lex),
        actor_offsets=actor_offsets,
        recipient_offsets=recipient_offsets,
        trigger_start=token.idx,
    )
    _tie_quote(event, trigger, governors, quotes, lex)
    return event


def _goes_on(governors: list[Token], lex: Lexicon) -> bool:
    """Under "continue" or "keep": an act already going on, said to go on (those rules on)."""
    ongoing = lex.word_classes["ongoing_verbs"]
    return any(lemma_of(g) in ongoing for g in governors) and rules.enabled("ongoing_acts")


def _told_with_parties(found: list[Event]) -> list[Event]:
    """A main event with no party named, followed by one of its type that names them ("attacks have
    taken place involving groups that are assaulting Christians"), is the same act: the telling
    with its parties goes first (those rules on)."""
    if len(found) < 2 or found[0].actors or found[0].recipients or not rules.enabled("told_with_parties"):
        return found
    told = next((e for e in found[1:] if e.type == found[0].type and e.actors), None)
    return found if told is None else [told, *(e for e in found if e is not told)]


@lru_cache(maxsize=1)
def negated_kept() -> bool:
    """The ``events.negated`` setting (settings.toml, or NEWSPRISM_EVENTS_NEGATED), read once."""
    return bool(Settings.load().events.get("negated", False))


@dataclass
class Naming:
    """What naming an article's actors needs: its quotes, and its people table once built."""

    quotes: list[Quote]
    cache: dict


def _name_at(span: tuple[int, int], sent: Span, sentence: str, naming: Naming) -> str:
    """The actor's words, or the name the article gives them ("he", "the minister")."""
    written = sentence[span[0] - sent.start_char : span[1] - sent.start_char]
    tokens = sent.doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or not len(tokens):
        return written
    return named_actor(tokens, naming.quotes, naming.cache) or written


def _people_spans(
    tokens: list[Token], sent: Span, lex: Lexicon, dateline: tuple[int, int] | None = None
) -> list[tuple[int, int]]:
    """The character spans of the participants, nicknames left out ("Little Rocket Man"), and
    nothing of the dateline cleaning stored ("NEW YORK/WASHINGTON (Wire) -": a place and an
    agency, never an actor)."""
    spans = unique_spans(tokens, sent, lex)
    if dateline is not None:
        spans = [s for s in spans if not dateline[0] <= s[0] < dateline[1]]
    doc = sent.doc
    return [s for s in spans if not is_epithet(doc.char_span(s[0], s[1], alignment_mode="expand"), lex)]


def actor_spans(event: Event) -> list[tuple[int, int]]:
    """Character offsets of the event's actors in the clean text (for the entity linker)."""
    return list(event.actor_offsets)


def clause_date(
    sent: Span, published: str | None, anchor: tuple[str, str] | None = None
) -> tuple[str | None, str | None, str | None]:
    """The date a sentence without an event gives (for scoring date resolution alone, and as
    the anchor of a "next day" told after it)."""
    expressions = find_date_expressions(sent.text, sent.start_char)
    lex = load_lexicon()
    if not expressions:  # a quotation cut before its tag is told when the tag says (quote_tags)
        day = parse_published(published)
        return tag_date(sent, published, lex) or ((day.isoformat() if day else None), None, None)

    def tense_of(clause: Token) -> str:
        return date_tense(clause, governors_of(clause, lex), False, _tense(clause) == "past", lex)

    return sentence_date(sent, expressions, published, tense_of, lex, anchor)


def _in_link_blurb(token: Token, sentence: str, offset: int, lex: Lexicon) -> bool:
    """A word of a related-link blurb glued into the text ("Mitchell McConnellGOP signals ...
    MORE"): the running text after the blurb still counts."""
    if not rules.enabled("link_blurbs"):
        return False
    return any(m.start() <= token.idx - offset < m.end() for m in lex.link_blurb.finditer(sentence))


def _tie_quote(event: Event, trigger: Trigger, governors: list[Token], quotes: list[Quote], lex: Lexicon):
    """Point the event at the quote that reports it: the quote holding its trigger, else (for a
    speech act, "accused X of '...'") the quote inside what it governs, else the quote whose cue
    is the verb that reports it ("..., the minister said")."""
    token = trigger.token
    cue_positions = {token.idx} | {g.idx for g in governors if lemma_of(g) in lex.speech}
    content = _content_ranges(trigger, lex) if event.type in SPEECH_ACT_TYPES else []
    best, best_rank = None, 3
    for quote in quotes:
        if quote.start <= token.idx < quote.end:
            rank = 0
        elif any(low <= quote.start < high for low, high in content):
            rank = 1
        elif quote.cue_start in cue_positions:
            rank = 2
        else:
            continue
        if rank < best_rank:
            best, best_rank = quote, rank
    if best is None:
        return
    if best.quote_id:
        event.quote_id = best.quote_id
    else:
        event.quote_start = best.start


def _content_ranges(trigger: Trigger, lex: Lexicon) -> list[tuple[int, int]]:
    """Character ranges of what a trigger governs: its objects and complements, and a statement
    added to it ("denied the report, saying '...'"); not its subject or an adverbial clause of
    its own ("called for talks after X appealed '...'")."""
    heads = [trigger.token] + ([trigger.noun] if trigger.noun is not None else [])
    ranges = []
    for head in heads:
        for child in head.children:
            said = child.dep_ in ("advcl", "conj") and lemma_of(child) in lex.speech
            if child.dep_ in CONTENT_DEPS or said:
                right = child.right_edge
                ranges.append((child.left_edge.idx, right.idx + len(right)))
    return ranges
