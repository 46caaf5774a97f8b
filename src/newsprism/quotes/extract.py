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

The passes live in their own modules: ``quotes.marks`` (1); ``people.article`` and
``people.salience`` (the table of names, roles, organisations and salient subjects),
``quotes.cues``, ``quotes.colon_cues``, ``quotes.attach``, ``quotes.speakers`` and ``quotes.organisations``
(2); ``quotes.reported`` (3);
``quotes.turns`` gives quotations without a cue the speaker whose turn they continue. This module
runs them in order.

No coreference model is used: every resolution is a rule over the parse that can be read here.
Where no speaker can be found the speaker is None, never a guess.
"""

from __future__ import annotations

import re
from bisect import insort

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsprism.ingest.layout import Layout, layout_of
from newsprism.models import Quote
from newsprism.nlp import lexicon
from newsprism.nlp.document_memo import sentence_of
from newsprism.people.article import ArticlePeople, mention_id_for
from newsprism.people.index import PeopleIndex, index_article
from newsprism.people.salience import read_article
from newsprism.people.words import PRONOUN_GENDER, TITLE_ABBREVIATIONS
from newsprism.quotes import rules
from newsprism.quotes.absolute_leads import and_then_speakers, announced_speakers, topic_lead_speakers
from newsprism.quotes.attach import attach_cue
from newsprism.quotes.blocks import block_quotes
from newsprism.quotes.closing_tags import cue_past_closing, long_tag_after
from newsprism.quotes.colon_cues import (
    colon_lead_in,
    ends_with_cue,
    noun_before_colon,
    speech_word_before_colon,
)
from newsprism.quotes.cue_subjects import verb_before_colon
from newsprism.quotes.cues import cue_for
from newsprism.quotes.echoes import (
    role_introduced_next,
    role_named_next,
    speaker_of_previous_paragraph,
    speakers_of_echoes,
)
from newsprism.quotes.exchanges import answer_the_asked, unname_asked_words
from newsprism.quotes.furniture import drop_furniture
from newsprism.quotes.glued_names import unname_glued
from newsprism.quotes.kin_names import given_name_with_family
from newsprism.quotes.laws import laws_quoted
from newsprism.quotes.marks import (
    Segment,
    doc_text,
    inside_marks,
    paragraph_bounds,
    quotations,
)
from newsprism.quotes.mention_names import name_speakers_from_mentions
from newsprism.quotes.mentioned import read_beside_marks, share_listed_speaker, unname_listed_examples
from newsprism.quotes.name_colon import name_colon_speakers
from newsprism.quotes.non_speakers import drop_non_speakers
from newsprism.quotes.noun_tags import mark_thing_tags
from newsprism.quotes.polls import pollsters_speak
from newsprism.quotes.possessed import possessed_lead_in, possessed_speech_noun
from newsprism.quotes.referents import second_look
from newsprism.quotes.reported import reported_speech
from newsprism.quotes.role_complement import possessed_role_named_later, role_with_complement_named_later
from newsprism.quotes.tags import named_tag_after
from newsprism.quotes.turns import carry_speakers, lede_source_named_next, unname_askers_answers
from newsprism.quotes.verb_first import verb_first_speakers

BODY_LABELS = frozenset({"ORG", "FAC", "PRODUCT"})  # a company, a building, a brand
ORG_ENDINGS = lexicon.words("org_name_endings.txt")  # "Group", "Foods": a body's last word
POSSESSIVE_ENDS = frozenset({"'s", "’s"})
SENTENCE_INSIDE = re.compile(r"[.!?][\"”’']?\s+[\"“‘]?[A-Z]")


def extract_quotes(
    doc: Doc, article_id: str, layout: Layout | None = None, index: PeopleIndex | None = None
) -> list[Quote]:
    """Every quotation and reported statement in a parsed article, with its speaker and the id of
    the speaker's mention. ``layout``: the headline lines and dateline cleaning found
    (``Article``); found from the text when None. ``index``: the article's people index (built
    here when None), whose mention ids the speakers get."""
    text = doc_text(doc)
    if not text.strip():
        return []
    segments = quotations(text, (layout or layout_of(text)).in_headline)
    inside = inside_marks(segments)
    index = index or index_article(doc, article_id, layout)
    article = read_article(doc, inside, layout, index)
    doc._.people_table = article  # the events stage names its actors with the same table
    index.people = article

    # (quote, its cue token, chain number: -1 for reported speech), resolved in article order
    # so that each speaker becomes salient for the pronouns after it.
    found = [(*_quote_from_segment(article, seg, article_id, inside), seg.chain) for seg in segments]
    if rules.enabled("reported_speech"):
        found += [(quote, cue, -1) for quote, cue in reported_speech(article, article_id, inside)]
    found.sort(key=lambda item: item[0].start)
    unresolved: dict[int, str] = {}  # offset of a speaker mention left unresolved -> its noun
    for quote, cue, _ in found:
        left_open = attach_cue(article, quote, cue, inside)
        if left_open is not None:
            unresolved[left_open[0]] = left_open[1]
        second_look(article, quote)
        _drop_self_mention(article, quote)
        drop_non_speakers(doc, [quote])
        if quote.speaker and quote.speaker_type == "PERSON":
            _remember_speaker(article, quote)
    if rules.enabled("generic_you"):  # "how long you say it will take": the reader, no source
        found = [item for item in found if item[2] != -1 or (item[0].speaker_mention or "").lower() != "you"]
    in_order = _with_blocks(article, article_id, [(quote, chain) for quote, _, chain in found])
    verb_first_speakers(article, [quote for quote, _ in in_order])
    mark_thing_tags(doc, [quote for quote, _ in in_order])  # '“...,” one paragraph reads.'
    # speakers named in their own phrase ("Mullins and Charlie Craig said") before their turns carry
    name_speakers_from_mentions(
        doc, [quote for quote, _ in in_order if quote.speaker is None], index, tidy=False
    )
    name_colon_speakers(article, [quote for quote, _ in in_order])  # "Ann Lee: ‘...’"
    carry_speakers(article, in_order, unresolved)
    if rules.enabled("lede_source"):
        lede_source_named_next(article, [quote for quote, _ in in_order], unresolved)
    speaker_of_previous_paragraph(article, [quote for quote, _ in in_order])
    speakers_of_echoes([quote for quote, _ in in_order])
    role_named_next(article, [quote for quote, _ in in_order])
    role_introduced_next(article, [quote for quote, _ in in_order])
    role_with_complement_named_later(article, [quote for quote, _ in in_order])
    possessed_role_named_later(article, [quote for quote, _ in in_order])
    answer_the_asked(article, [quote for quote, _ in in_order])
    unname_askers_answers(article, [quote for quote, _ in in_order])
    unname_asked_words(article, [quote for quote, _ in in_order])
    for quote, _ in in_order:
        _drop_self_mention(article, quote)
    name_speakers_from_mentions(doc, [quote for quote, _ in in_order], index)
    drop_non_speakers(doc, [quote for quote, _ in in_order])
    unname_glued(doc, [quote for quote, _ in in_order])  # "Alexandria Ocasio-Cortez Ilhan Omar ..."
    pollsters_speak(doc, [quote for quote, _ in in_order])
    given_name_with_family(article, [quote for quote, _ in in_order])
    topic_lead_speakers(article, [quote for quote, _ in in_order])
    announced_speakers(article, [quote for quote, _ in in_order])
    and_then_speakers(article, [quote for quote, _ in in_order])
    read_beside_marks(doc, [quote for quote, _ in in_order])  # after: "(Variety)" is no word speaker
    share_listed_speaker(text, [quote for quote, _ in in_order])
    unname_listed_examples(text, [quote for quote, _ in in_order])
    laws_quoted(doc, [quote for quote, _ in in_order])
    _carry_mention_ids(article, [quote for quote, _ in in_order])
    return drop_furniture(text, [quote for quote, _ in in_order], article.layout.lines_judged)


def _with_blocks(article: ArticlePeople, article_id: str, found: list[tuple[Quote, int]]) -> list:
    """The quotes with the paragraphs quoted without marks (``quotes.blocks``); a quotation or
    report nested inside such a block is part of the block speaker's words, not a quote of its own."""
    blocks = block_quotes(article, article_id, [quote for quote, _ in found])
    if not blocks:
        return found
    over = rules.enabled("turns_over_reports")  # a report across a turn's label is the turn's words
    kept = [
        (q, chain)
        for q, chain in found
        if not any(b.start - 1 <= q.start and q.end <= b.end + 1 for b in blocks)
        and not (over and q.kind == "indirect" and any(q.start < b.end and b.start < q.end for b in blocks))
    ]
    return sorted(kept + [(b, -2) for b in blocks], key=lambda item: item[0].start)


def _carry_mention_ids(article: ArticlePeople, quotes: list[Quote]) -> None:
    """A speaker carried from another quote (a turn going on, "the statement said") keeps that
    quote's mention; one the turn rules named from the table, the mention the table learned it
    from; a quote left without a speaker has no speaker mention."""
    last_mention: dict[str, str] = {}
    for quote in quotes:
        if not quote.speaker:
            quote.speaker_mention_id = None
            continue
        if quote.speaker_mention_id is None:
            offset = quote.speaker_start if quote.speaker_start is not None else quote.start
            quote.speaker_mention_id = last_mention.get(quote.speaker) or mention_id_for(
                article, quote.speaker, offset
            )
        if quote.speaker_mention_id:
            last_mention[quote.speaker] = quote.speaker_mention_id


def _drop_self_mention(article: ArticlePeople, quote: Quote) -> None:
    """A guessed speaker (pronoun, carried-over turn) who is named inside the quote is the wrong one:
    people rarely speak of themselves by surname ('"Ruiz let us down," he said' is not Ruiz)."""
    if not rules.enabled("self_mention"):
        return
    guessed = quote.speaker_mention is None or quote.speaker_mention.lower() in PRONOUN_GENDER
    if quote.speaker and quote.speaker_type == "PERSON" and guessed and quote.kind != "indirect":
        surname = quote.speaker.split()[-1]
        found = [m.start() for m in re.finditer(rf"\b{re.escape(surname)}\b", quote.text)]
        if found and not _shared_surname(article, surname) and not _all_in_body_names(article, quote, found):
            quote.speaker = None


def _all_in_body_names(article: ArticlePeople, quote: Quote, found: list[int]) -> bool:
    """'“Orloff Bakeries will keep its prices,” she said': a surname inside the name of a body (a
    company named after its founder) is no self-mention (rule group ``surname_in_body_name``)."""
    if not rules.enabled("surname_in_body_name"):
        return False
    doc = article.doc
    for at in found:
        span = doc.char_span(quote.start + at, quote.start + at + 1, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            return False
        after = doc[span.end] if doc[span.end].text not in POSSESSIVE_ENDS else None
        ending = after is not None and after.text[:1].isupper() and after.lower_ in ORG_ENDINGS
        if not ending and span[0].ent_type_ not in BODY_LABELS:
            return False  # "the Orloff Group", "Orloff Foods"; but "Orloff's plan" is the person
    return True


def _shared_surname(article: ArticlePeople, surname: str) -> bool:
    """'“...,” Harmonie Harsch said. “Mr. Harsch’s family is looking for answers!”': when the
    article names two people with that surname, the one in the quote may be the other."""
    if not rules.enabled("shared_surname"):
        return False
    named = article.full_names.get(surname.lower(), [])
    full = {
        name for _, name in named if len(name.split()) > 1 and name.split()[-1].lower() == surname.lower()
    }
    return len(full) > 1


def _title_cut(sent, quoted, inside) -> object | None:
    """The sentence after one that ends on an abbreviated title ("Capt", "Sgt.") after the quote
    and outside marks: the parse cut a tag there, and the name and the speech verb are in the next."""
    if not rules.enabled("title_cut_tag") or sent.end >= len(sent.doc) or len(sent) < 2:
        return None
    last = sent[-1]
    if last.i < quoted.end or inside(last.idx) or inside(sent[-2].idx):
        return None
    word = sent[-2].lower_ + "." if last.text == "." else last.lower_
    if word not in TITLE_ABBREVIATIONS or not sent.doc[sent.end].text[:1].isupper():
        return None
    return sentence_of(sent.doc[sent.end])


def _quote_from_segment(
    article: ArticlePeople, seg: Segment, article_id: str, inside
) -> tuple[Quote, Token | None]:
    doc, text = article.doc, doc_text(article.doc)
    quoted = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    para_start, para_end = paragraph_bounds(text, seg.start)
    first_sent, last_sent = sentence_of(quoted[0]), sentence_of(quoted[-1])
    sent_start = max(first_sent.start_char, para_start)
    sent_end = min(last_sent.end_char, para_end)
    before = text[sent_start : seg.start - 1].strip()
    dateline = article.layout.dateline
    if dateline and dateline[0] >= para_start and not text[dateline[1] : seg.start - 1].strip():
        before = ""  # 'JAKARTA (Wire) - "...': the quotation opens the story
    words = text[seg.start : seg.end]
    opens_sentence = (
        seg.continued
        or not before.strip(" \"“‘'([")
        or (before.endswith((":", ",")) and words[:1].isupper() and ends_with_cue(doc, seg.start - 1))
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
    sentences.update({sent.start: sent for sent in map(sentence_of, around)})
    cut = _title_cut(max(sentences.values(), key=lambda sent: sent.start), quoted, inside)
    if cut is not None:  # '“...,” Capt. Jeff Davis told Fox News.' parsed as two sentences at "Capt."
        sentences[cut.start] = cut
    tokens = [t for _, sent in sorted(sentences.items()) for t in sent if para_start <= t.idx < para_end]
    cue = cue_for(tokens, quoted, inside)
    if cue is not None and kind == "direct" and cue_past_closing(quoted, cue):
        cue = None  # '“... our Country!” And while ..., Mueller confirmed': no tag of this one
    cue = cue or long_tag_after(quoted, inside)  # '“...?” Rep. Buck (R-Colo.) asked Mueller during'
    if cue is not None and kind == "direct" and _cue_of_next_sentence(text, seg, cue, para_start):
        cue = None  # '“A,” Clinton said. “B.” Gabbard responded on Twitter, ...': B goes on A's turn
    cue = possessed_speech_noun(quoted) or cue  # "Clinton's accusation that she is “totally” ..."
    if kind == "direct" and before.endswith(":") and rules.enabled("colon_speech_word"):
        # 'Clapper was asked ... why he didn't, replying: “...”': the lead-in's own speech word
        cue = speech_word_before_colon(doc, seg.start - 1, inside) or cue
    if cue is None and kind == "direct" and before.endswith(":") and rules.enabled("colon_lead_in"):
        cue = noun_before_colon(doc, seg.start - 1, inside)
    if cue is None and kind == "direct" and rules.enabled("colon_lead_in"):
        cue = possessed_lead_in(doc, seg.start - 1, inside) or colon_lead_in(article, seg.start - 1, inside)
    if cue is None and before.endswith(":"):  # "Weintraub ... offered this olive branch: “...”"
        cue = verb_before_colon(doc, seg.start - 1, inside)
    if kind == "direct" and before.endswith(":"):  # "one expert agrees: “...,” NAME told CNN."
        cue = named_tag_after(quoted, cue) or cue
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


def _cue_of_next_sentence(text: str, seg: Segment, cue: Token, para_start: int) -> bool:
    """A quotation that closes its own sentence, after another quotation in its paragraph, and a
    cue in a longer sentence after it: that sentence is a new statement, not this one's tag."""
    if not rules.enabled("split_turn") or cue.idx < seg.end or len(sentence_of(cue)) <= 8:
        return False
    closing = text[seg.start : seg.end].rstrip()
    # "“B!” Rep. Y, who ..., also said he would ...": a cue with a clause of its own reports Y's
    # own words, so it is no tag of the exclamation or question before it (``exclaimed_turn``)
    own = any(c.dep_ == "ccomp" for c in cue.children) and rules.enabled("exclaimed_turn")
    if not (closing.endswith(".") or closing.endswith(("!", "?")) and own):
        return False
    return any(mark in text[para_start : seg.start - 1] for mark in ('"', "”"))


def _remember_speaker(article: ArticlePeople, quote: Quote) -> None:
    """Speakers become salient for later pronouns, in article order."""
    offset = quote.speaker_start if quote.speaker_start is not None else quote.start
    if quote.speaker_mention_id:
        article.referents.setdefault(offset, quote.speaker_mention_id)
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
