"""Speakers a reader reads off the sentence's shape, not off a speech verb's subject.

* ``with_participle`` ("with_saying"): "Trump's surrogates disputed the allegations, with former
  campaign manager Corey Lewandowski, now a contributor on CNN, telling “New Day” that ...": the
  parse hangs "telling" on the main verb, whose subject is the surrogates; in "with X telling" the
  object of "with" is the participle's subject, also past an apposition set off by commas.
* ``topic_lead`` ("name_on_topic"): a fact check's "TRUMP on Bill Clinton: “He lost his license.”":
  a paragraph that opens with a name, "on", a topic and a colon before the quotation; the name
  (often in capitals) is the speaker, when it is a person the article names.
* ``post_writer`` ("post_in_speech"): "Trump wrote in a subsequent post ..., which was followed by
  a third tweet stating: “...”": the post a relative clause hangs on is the vehicle of the speech
  verb it is the object of "in" of; that verb's subject wrote it.
* ``announced_posts`` ("announced_quotation"): "Trump opened Sunday with a series of tweets sowing
  doubt ..." then a paragraph that is only a quotation, with no cue: the person whose tweets or
  statement the paragraph before announced in its last sentence.
* ``and_then_speakers`` ("and_then_quoted"): "writing: “A” and then continuing “B”": only "and",
  "then" and a speech or going-on verb stand between two quotations: B is A's speaker's.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.models import Quote
from newsprism.nlp import lexicon
from newsprism.nlp.document_memo import sentence_of
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.article import ArticlePeople, full_name
from newsprism.people.tokens import is_cue
from newsprism.people.words import CUE_VERBS, SPEAKER_TYPES, SPEECH_NOUNS, SPEECH_VERBS, SUBJECT_DEPS
from newsprism.quotes import rules
from newsprism.quotes.marks import doc_text, paragraph_bounds


def with_participle(verb: Token) -> Token | None:
    """The object of a "with" right before a subjectless speech participle (module docstring)."""
    if not rules.enabled("with_saying") or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    before = verb.doc[verb.i - 1] if verb.i else None
    if before is None or before.dep_ == "punct" and before.text != ",":
        return None
    prep = next(
        (
            c
            for c in verb.head.children
            if c.dep_ == "prep" and c.lower_ == "with" and c.i < verb.i and c.right_edge.i >= verb.i - 2
        ),
        None,
    )
    if prep is None:
        return None
    named = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if named is None or entity_label(named) not in SPEAKER_TYPES or named.right_edge.i < verb.i - 2:
        return None
    return named


def topic_lead_speakers(article: ArticlePeople, quotes: list[Quote]) -> None:
    """Name the speaker of an unnamed quotation after "NAME on TOPIC:" (module docstring)."""
    if not rules.enabled("name_on_topic"):
        return
    doc = article.doc
    text = doc_text(doc)
    for quote in quotes:
        if quote.speaker is not None or quote.kind == "indirect":
            continue
        para_start, _ = paragraph_bounds(text, quote.start)
        lead = text[para_start : quote.start].rstrip(' “"')
        if not lead.endswith(":") or "\n" in lead or len(lead) > 80:
            continue
        words = lead[:-1].split()
        if len(words) < 3 or " on " not in f" {lead} " or words[0] == "on":
            continue
        name_words = words[: words.index("on")] if "on" in words else []
        if not name_words or len(name_words) > 3:
            continue
        name = " ".join(w.capitalize() if w.isupper() else w for w in name_words)
        if not all(w[:1].isupper() for w in name.split()):
            continue
        named = full_name(article, name, quote.start)
        if " " not in named or not _a_person(article, named):
            continue
        quote.speaker = named
        quote.speaker_type = "PERSON"
        quote.speaker_mention = " ".join(name_words)
        quote.speaker_start = para_start
        quote.speaker_end = para_start + len(quote.speaker_mention)


def _a_person(article: ArticlePeople, name: str) -> bool:
    """True when the article introduced ``name`` in full as a person."""
    key = name.split()[-1].lower()
    return any(known == name for _, known in article.full_names.get(key, []))


def post_writer(noun: Token) -> Token | None:
    """The subject of the speech verb a post is the vehicle of ("X wrote in a post, which ...")."""
    if not rules.enabled("post_in_speech") or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or not is_cue(noun.head.head, CUE_VERBS):
        return None
    subject = next((c for c in noun.head.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or entity_label(subject) not in SPEAKER_TYPES:
        return None
    return subject


def announced_speakers(article: ArticlePeople, quotes: list[Quote]) -> None:
    """Name an unnamed quotation standing alone after an announcing sentence (module docstring)."""
    if not rules.enabled("announced_quotation"):
        return
    doc = article.doc
    text = doc_text(doc)
    for quote in quotes:
        if quote.speaker is not None or quote.cue is not None or quote.speaker_mention is not None:
            continue
        if quote.kind != "direct":
            continue
        para_start, para_end = paragraph_bounds(text, quote.start)
        if text[para_start : quote.start].strip(' "“') or text[quote.end : para_end].strip(' "”.,!?'):
            continue  # not a paragraph of the quotation alone
        before_end = text.rfind("\n", 0, para_start)
        before = doc.char_span(0, max(0, before_end), alignment_mode="contract") if before_end > 0 else None
        if before is None or not len(before):
            continue
        last = sentence_of(before[-1])
        if any(q.start >= last.start_char and q.start < para_start for q in quotes if q is not quote):
            continue  # the sentence before quotes someone itself
        subject = _announcer(last)
        if subject is None:
            continue
        named = full_name(article, subject.text, subject.idx)
        if " " not in named or not _a_person(article, named):
            continue
        quote.speaker, quote.speaker_type = named, "PERSON"
        quote.speaker_mention = subject.text
        quote.speaker_start, quote.speaker_end = subject.idx, subject.idx + len(subject.text)


def _announcer(sentence) -> Token | None:
    """The person subject of the root of a sentence that holds a plural or singular speech noun
    ("with a series of tweets", "in a statement") in that root's clause."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or entity_label(subject) != "PERSON":
        return None
    nouns = [t for t in sentence if t.lemma_.lower() in SPEECH_NOUNS and t.pos_ == "NOUN"]
    if not any(root in t.ancestors and not any(c.dep_ == "poss" for c in t.children) for t in nouns):
        return None
    return subject


GOING_ON = lexicon.words("quote_and_then_verbs.txt")


def and_then_speakers(article: ArticlePeople, quotes: list[Quote]) -> None:
    """Give an unnamed quotation after "and then continuing" its neighbour's speaker (module
    docstring)."""
    if not rules.enabled("and_then_quoted"):
        return
    doc = article.doc
    text = doc_text(doc)
    for previous, quote in zip(quotes, quotes[1:], strict=False):
        if quote.speaker is not None or previous.speaker is None or quote.kind == "indirect":
            continue
        gap = doc.char_span(previous.end, quote.start, alignment_mode="contract")
        words = [t for t in gap or [] if not t.is_punct and not t.is_space]
        if not gap or "\n" in text[previous.end : quote.start] or not 2 <= len(words) <= 3:
            continue
        verb = words[-1]
        if words[0].lower_ != "and" or verb.lemma_.lower() not in GOING_ON | SPEECH_VERBS:
            continue
        if any(w.lower_ not in ("and", "then") for w in words[:-1]):
            continue
        quote.speaker, quote.speaker_type = previous.speaker, previous.speaker_type
        quote.speaker_mention, quote.speaker_mention_id = (
            previous.speaker_mention,
            previous.speaker_mention_id,
        )
        quote.speaker_start, quote.speaker_end = previous.speaker_start, previous.speaker_end
