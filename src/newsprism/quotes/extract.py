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

The passes live in their own modules: ``quote_marks`` (1); ``article_people`` (the table of
names, roles and organisations), ``speakers`` (resolution) and ``cues`` (2); this module runs
them and finds reported speech (3).

No coreference model is used: every resolution is a rule over the parse that can be read here.
Where no speaker can be found the speaker is None, never a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsprism.models import Quote
from newsprism.people.article import (
    CUE_VERBS,
    PRONOUN_GENDER,
    RELATIVE_PRONOUNS,
    SPEECH_NOUNS,
    SUBJECT_DEPS,
    ArticlePeople,
    clean_name,
    entity_span,
    full_name,
    in_headline,
    is_cue,
)
from newsprism.quotes.cues import (
    attach_cue,
    colon_lead_in,
    cue_for,
    cue_subject,
    ends_with_cue,
    noun_before_colon,
)
from newsprism.quotes.furniture import drop_furniture
from newsprism.quotes.marks import Segment, doc_text, find_segments, is_not_a_quote, lexicon, paragraph_bounds
from newsprism.quotes.mention_names import name_speakers_from_mentions
from newsprism.quotes.speakers import read_article, resolve

# "declined to say ...": verbs whose infinitive speech verb reports nothing
WITHHELD = frozenset(lexicon("quote_withheld_verbs.txt"))
DATELINE = re.compile(r"^[A-Z][A-Z .,'-]+(?:\([^)]*\))?\s*[-—–]+$")
SENTENCE_INSIDE = re.compile(r"[.!?][\"”’']?\s+[\"“‘]?[A-Z]")


def extract_quotes(doc: Doc, article_id: str) -> list[Quote]:
    """Every quotation and reported statement in a parsed article, with its speaker."""
    text = doc_text(doc)
    if not text.strip():
        return []
    segments = [s for s in find_segments(text) if not is_not_a_quote(text, s)]
    marked = sorted((s.start - 1, s.end + 1) for s in segments)
    marked_starts = [m[0] for m in marked]

    def inside(offset: int) -> bool:
        i = bisect_right(marked_starts, offset) - 1
        return i >= 0 and marked[i][0] <= offset < marked[i][1]

    article = read_article(doc, inside)

    # (quote, its cue token, chain number: -1 for reported speech), resolved in article order
    # so that each speaker becomes salient for the pronouns after it.
    found = [(*_quote_from_segment(article, seg, article_id, inside), seg.chain) for seg in segments]
    found += [(quote, cue, -1) for quote, cue in _reported_speech(article, article_id, inside)]
    found.sort(key=lambda item: item[0].start)
    for quote, cue, _ in found:
        attach_cue(article, quote, cue)
        _drop_self_mention(quote)
        if quote.speaker and quote.speaker_type == "PERSON":
            _remember_speaker(article, quote)
    in_order = [(quote, chain) for quote, _, chain in found]
    _carry_speakers(article, in_order)
    _lede_source_named_next(article, [quote for quote, _ in in_order])
    for quote, _ in in_order:
        _drop_self_mention(quote)
    name_speakers_from_mentions(doc, [quote for quote, _ in in_order])
    return drop_furniture(text, [quote for quote, _ in in_order])


def _drop_self_mention(quote: Quote) -> None:
    """A guessed speaker (pronoun, carried-over turn) who is named inside the quote is the wrong one:
    people rarely speak of themselves by surname ('"Ruiz let us down," he said' is not Ruiz)."""
    guessed = quote.speaker_mention is None or quote.speaker_mention.lower() in PRONOUN_GENDER
    if quote.speaker and quote.speaker_type == "PERSON" and guessed and quote.kind != "indirect":
        surname = quote.speaker.split()[-1]
        if re.search(rf"\b{re.escape(surname)}\b", quote.text):
            quote.speaker = None


def _quote_from_segment(
    article: ArticlePeople, seg: Segment, article_id: str, inside
) -> tuple[Quote, Token | None]:
    doc, text = article.doc, doc_text(article.doc)
    quoted = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    para_start, para_end = paragraph_bounds(text, seg.start)
    first_sent, last_sent = quoted[0].sent, quoted[-1].sent
    sent_start = max(first_sent.start_char, para_start)
    sent_end = min(last_sent.end_char, para_end)
    before = text[sent_start : seg.start - 1].strip()
    if DATELINE.match(text[para_start : seg.start - 1].strip()):
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
    sentences.update({t.sent.start: t.sent for t in around})
    tokens = [t for _, sent in sorted(sentences.items()) for t in sent if para_start <= t.idx < para_end]
    cue = cue_for(tokens, quoted, inside)
    if cue is None and kind == "direct" and before.endswith(":"):
        cue = noun_before_colon(doc, seg.start - 1, inside)
    if cue is None and kind == "direct":
        cue = colon_lead_in(article, seg.start - 1, inside)
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


def _reported_speech(article: ArticlePeople, article_id: str, inside) -> list[tuple[Quote, Token]]:
    """'X said (that) ...', '..., X said', 'according to X, ...' with no quotation marks in them."""
    doc = article.doc
    found: list[tuple[Quote, Token]] = []
    covered_until = -1
    for token in article.speech_cues:
        if token.idx < covered_until or inside(token.idx):
            continue
        if any(c.dep_ == "neg" for c in token.children):
            continue
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in WITHHELD:
            continue  # "declined to say", "refused to comment": nothing was reported
        content = _reported_content(token)
        if content is not None:
            para_start, para_end = paragraph_bounds(doc_text(doc), token.idx)
            content = strip_punct(
                doc.char_span(
                    max(content.start_char, para_start),
                    min(content.end_char, para_end),
                    alignment_mode="contract",
                )
            )
        if content is not None and content[0].is_upper and len(content[0]) > 1:
            dash = next((t for t in content[:8] if t.text in ("—", "–", "-", "--")), None)
            if dash is not None and dash.i + 3 < content.end:  # "GALVEN, Selunia — ...": a dateline
                content = content[dash.i + 1 - content.start :]
        if content is not None and len(content) > 3 and content[0].lower_ == "that":
            if content[0].tag_ in ("IN", "WDT"):  # the clause as reported, without its "that"
                content = content[1:]
        if content is not None and any(inside(t.idx) for t in content):
            # 'said X had "..." and that Y': the quoted words are a quote of their own; Y is not;
            # 'said he had won 61 percent, a result his rival called "a fraud"': the aside is not
            content = _unquoted_that_clause(content, inside) or _before_quoted_aside(content, inside)
        if content is None or len(content) < 3:
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


def _before_quoted_aside(content: Span, inside) -> Span | None:
    """The reported clause up to the comma that opens an aside ("X, a result his rival called
    '...'") holding the quoted words."""
    doc = content.doc
    first = next(t for t in content if inside(t.idx))
    commas = [t for t in doc[content.start : first.i] if t.text == ","]
    if not commas:
        return None
    after = doc[commas[-1].i + 1]
    aside = after  # the largest phrase that starts right after the comma
    while aside.head.i != aside.i and aside.head.left_edge.i == after.i:
        aside = aside.head
    if aside.dep_ not in ("appos", "npadvmod", "relcl", "acl") or aside.head.i > commas[-1].i:
        return None
    clause = strip_punct(doc[content.start : commas[-1].i])
    if clause is None or len(clause) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in clause):
        return None
    return clause


def _unquoted_that_clause(content: Span, inside) -> Span | None:
    """The words after 'and that' in a reported clause, to the end of the sentence, when they
    hold no quotation marks (the parse may hang the rest of that clause on the cue)."""
    doc = content.doc
    for word in doc[content.start : content[0].sent.end]:
        if word.dep_ != "conj":
            continue
        mark = next((c for c in word.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is None or mark.i < content.start or doc[mark.i - 1].dep_ != "cc":
            continue
        clause = strip_punct(doc[mark.i + 1 : mark.sent.end])
        if clause is not None and not any(inside(t.idx) for t in clause):
            return clause
    return None


def _reported_content(cue: Token) -> Span | None:
    """The reported clause of a cue: its clausal complement, or the sentence around 'according to'."""
    doc = cue.doc
    if cue.lower_ == "according":
        sentence = cue.sent
        phrase_start, phrase_end = cue.left_edge.i, cue.right_edge.i + 1
        before = doc[sentence.start : phrase_start]
        after = doc[phrase_end : sentence.end]
        # "Trade reached $6bn, according to X, most of it copper": the side with the main verb
        if sentence.root in before and len(before) > 2:
            span = before
        elif sentence.root in after and len(after) > 2:
            span = after
        else:
            span = after if len(after) >= len(before) else before
        return strip_punct(span)
    para_start = paragraph_bounds(doc_text(doc), cue.idx)[0]
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    if not clauses:
        clause = _misattached_clause(cue)
        if clause is None:
            return _clause_before_attribution(cue, para_start)
        clauses = [clause]
    clause = clauses[-1] if clauses[0].i < cue.i and clauses[-1].i > cue.i else clauses[0]
    if clause.i > cue.i and clauses[0].i < cue.i and _adverbial(clause):
        clause = clauses[0]  # "A happened, the mission said, days before B": B is the writer's
    start = clause.left_edge.i
    same_side = [c for c in clauses if (c.i < cue.i) == (clause.i < cue.i)]
    if len(same_side) > 1 and clause.i < cue.i:  # "A, but B, said X": two clauses, one statement
        clause = same_side[-1]
    later = [c for c in clauses if c.i > clause.i]
    if later and clause.pos_ not in ("VERB", "AUX") and later[0].left_edge.i == clause.right_edge.i + 1:
        clause = later[0]  # "said the bill['s] price tag would fall": one clause the parser split
    if clause.i < cue.i and not any(c.dep_ in SUBJECT_DEPS and c.i > clause.i for c in cue.children):
        return None  # "the aide, who ..., was a spokeswoman, wrote": the 'clause' holds the subject
    end = clause.right_edge.i + 1
    for verb in clause.children:  # "said X but urged Y": the second verb is the speaker's, not X's
        if verb.dep_ == "conj" and verb.i > clause.i and is_cue(verb, CUE_VERBS):
            if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                end = min(end, verb.left_edge.i)
                while end > clause.i + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
                    end -= 1
    for token in doc[start:end]:  # "the seat, which X won in 2022": the writer's aside
        if token.dep_ == "relcl" and token.right_edge.i + 1 >= end and token.left_edge.i > start:
            if doc[token.left_edge.i - 1].text == "," and token.left_edge.lower_ in ("which", "who"):
                end = token.left_edge.i - 1
                break
    span = doc[start:end]
    if len(span) and span[0].lower_ in ("whether", "if"):
        return None  # "declined to say whether ...": a question, not a statement
    if not any(t.pos_ in ("VERB", "AUX") for t in span):
        return None  # "declared President X the winner": no clause, nothing reported
    while len(span) and span[0].dep_ == "mark" or len(span) and span[0].is_punct:
        span = span[1:]
    return strip_punct(span)


def _misattached_clause(cue: Token) -> Token | None:
    """A reported clause the parser hung on the cue's object: 'said in a statement that ...',
    'told the council she worried ...' (a clause with its own subject, not a relative clause)."""
    for child in cue.children:
        if child.dep_ in ("dobj", "dative"):
            # "told reporters in the capital that ...": the clause may hang on the place too
            places = [g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            nouns = [child, *places]
        elif child.dep_ == "prep" and child.lower_ == "in":
            # "said in a statement that ...", "told reporters in the capital that ..."
            nouns = [
                c
                for c in child.children
                if c.dep_ == "pobj" and (c.lemma_.lower() in SPEECH_NOUNS or cue.lemma_ == "tell")
            ]
        else:
            continue
        for noun in nouns:
            for clause in noun.children:
                if clause.dep_ in ("acl", "relcl") and clause.i > noun.i and _has_own_subject(clause):
                    return clause
    return None


def _adverbial(clause: Token) -> bool:
    """A clause opened by 'before', 'after', 'when', 'as' ...: time or reason, not what was said."""
    return any(c.dep_ == "mark" and c.lower_ not in ("that", "whether", "if") for c in clause.children)


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
    subject = cue_subject(cue)
    if subject is None or subject.i >= cue.i:
        return None
    comma = doc[subject.left_edge.i - 1] if subject.left_edge.i else None
    tail = [t for t in doc[cue.i + 1 : cue.sent.end] if not t.is_space]
    if tail and tail[0].text == ":":
        return None  # "..., Severin said:" opens a quotation; what came before is scene-setting
    long_tail = len(tail) > 6 or any(t.pos_ == "VERB" for t in tail)
    if comma is None or comma.text != "," or (long_tail and cue.dep_ != "parataxis"):
        return None  # a parenthetical "..., he says, with ..." may run on after the attribution
    start = max(cue.sent.start_char, para_start)
    clause = doc.char_span(start, comma.idx, alignment_mode="contract")
    main_verbs = [t for t in clause or [] if t.pos_ in ("VERB", "AUX") and t.dep_ != "relcl"]
    if clause is None or not main_verbs:
        return None  # "In a speech that was interrupted ..., X said:" - a phrase, not a statement
    if clause[0].lemma_.lower() == "ask":
        return None  # "Asked whether ..., X said": the question put to the speaker
    return clause


def strip_punct(span: Span | None) -> Span | None:
    if span is None:
        return None
    while len(span) and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    while len(span) and (span[0].is_punct or span[0].is_space):
        span = span[1:]
    return span if len(span) else None


def _carry_speakers(article: ArticlePeople, found: list[tuple[Quote, int]]) -> None:
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
            elif quote.kind == "direct" and chain_speaker.get(chain) is None:
                # '"The door is open." The warning came from X, ...' - named in the next sentence;
                # else 'Asked about it, he laughed. "Ask me in a week."' - the person the sentence
                # just before, in the same paragraph, was about.
                named_after = _named_just_after(article, quote)
                quote.speaker = named_after or _subject_just_before(article, quote.start)
                quote.speaker_type = "PERSON" if quote.speaker else None
        role = article.unresolved_roles.get(quote.speaker_start or -1)
        if role == "it" and quote.speaker is None and previous is not None and previous.speaker:
            # 'The company said ... It said ...' - an organisation goes on speaking.
            if previous.speaker_type in ("ORG", "GPE", "NORP") and _nothing_between(article, previous, quote):
                quote.speaker, quote.speaker_type = previous.speaker, previous.speaker_type
        elif role == "they" and quote.speaker is None and previous is not None and previous.speaker:
            # '"...," Ferreira said. They added that ...': a singular they, the person just quoted
            if previous.speaker_type == "PERSON" and _nothing_between(article, previous, quote):
                quote.speaker, quote.speaker_type = previous.speaker, previous.speaker_type
        elif role == "statement" and quote.speaker is None:
            # 'Corvin said ... "...," the statement said.' - the statement just reported; else
            # 'In a statement, the embassy went further. "...," the statement said.'
            if previous is not None and previous.speaker and _nothing_between(article, previous, quote):
                quote.speaker, quote.speaker_type = previous.speaker, previous.speaker_type
            else:
                quote.speaker, quote.speaker_type = _statement_issuer(article, quote, [q for q, _ in found])
        elif role and quote.speaker is None and previous is not None and previous.speaker_type == "PERSON":
            # '"...," says Jones. "...," the senator continues.' - the same speaker, unless the
            # article introduced someone else with that role.
            if _nothing_between(article, previous, quote) and _may_hold(article, previous.speaker, role):
                quote.speaker = previous.speaker
        if quote.speaker is not None or quote.speaker_mention is not None:
            previous = quote
        elif quote.kind == "direct":
            previous = None


def _lede_source_named_next(article: ArticlePeople, quotes: list[Quote]) -> None:
    """'The leader of Zambia's main opposition party said ...' opening the story, then in the next
    paragraph '"...," said Moses Chanda, who ...': a lede often names its source one paragraph
    late. Only for the story's first paragraph, and only a person first named there."""
    starts, text = article.paragraph_starts, doc_text(article.doc)
    body = [i for i, start in enumerate(starts) if text[start:].strip() and not in_headline(article, start)]
    if len(body) < 2:
        return
    lede_start, next_start = starts[body[0]], starts[body[1]]
    next_end = starts[body[1] + 1] if body[1] + 1 < len(starts) else len(text)
    in_next = [q for q in quotes if next_start <= q.start < next_end]
    named = [q for q in in_next if q.speaker and q.speaker_type == "PERSON"]
    if not named or not (named[0].speaker_mention or "").strip():
        return
    person = named[0].speaker
    introduced = [o for o, n in article.full_names.get(person.split()[-1].lower(), []) if n == person]
    if not introduced or min(introduced) < next_start:
        return  # named before: the lede's role would have found them
    for quote in quotes:
        if not lede_start <= quote.start < next_start or quote.speaker is not None:
            continue
        role = article.unresolved_roles.get(quote.speaker_start if quote.speaker_start is not None else -1)
        if role and role not in ("it", "they", "statement"):
            quote.speaker, quote.speaker_type = person, "PERSON"


def _statement_issuer(
    article: ArticlePeople, quote: Quote, quotes: list[Quote]
) -> tuple[str | None, str | None]:
    """Who issued "the statement" a quotation comes from: in the nearest earlier sentence (this
    paragraph or the two before) that mentions such a statement, the speaker of a quote there,
    else the sentence's subject ("In a statement, the embassy went further.")."""
    noun = (quote.speaker_mention or "").split()[-1].lower()
    text, starts = doc_text(article.doc), article.sentence_starts
    paragraph = bisect_right(article.paragraph_starts, quote.start) - 1
    horizon = article.paragraph_starts[max(0, paragraph - 2)]
    own = bisect_right(starts, min(quote.start, quote.sentence_start or quote.start)) - 1
    for index in range(own - 1, -1, -1):
        start, end = starts[index], starts[index + 1]
        if start < horizon:
            break
        if not noun or noun not in text[start:end].lower():
            continue
        spoken = [q for q in quotes if start <= q.start < end and q.speaker]
        if spoken:
            return spoken[-1].speaker, spoken[-1].speaker_type
        first = article.doc.char_span(start, start + 1, alignment_mode="expand")
        root = first[0].sent.root if first is not None else None
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None) if root else None
        if subject is None or subject.pos_ == "PRON":
            return None, None
        speaker = resolve(article, subject)
        return speaker.name, speaker.type if speaker.name else None
    return None, None


def _named_just_after(article: ArticlePeople, quote: Quote) -> str | None:
    """'"...." The warning came from Rosalind Achebe, ...': the speaker the next sentence names."""
    doc = article.doc
    first = bisect_left(article.sentence_starts, quote.end)
    next_starts = article.sentence_starts[first : first + 3]
    heads = [doc.char_span(o, o + 1, alignment_mode="expand") for o in next_starts]
    sentences = [head[0].sent for head in heads if head is not None]
    following = [sent for sent in sentences if any(t.is_alpha for t in sent)]
    if not following:
        return None
    words = [t for t in following[0] if not t.is_punct and not t.is_space]
    if len(words) < 5 or words[1].lemma_.lower() not in SPEECH_NOUNS:
        return None
    if words[2].lemma_.lower() != "come" or words[3].lower_ != "from":
        return None
    name = entity_span(words[4])
    if name is None or name.label_ != "PERSON":
        return None
    return full_name(article, clean_name(name), name.start_char)


def _subject_just_before(article: ArticlePeople, offset: int) -> str | None:
    """The person who was the subject of the sentence right before an offset, same paragraph."""
    starts = article.sentence_starts
    index = bisect_right(starts, offset - 1) - 1
    paragraph_start = paragraph_bounds(doc_text(article.doc), offset)[0]
    if index < 1 or starts[index - 1] < paragraph_start:
        return None
    since = starts[index - 1] if starts[index] >= offset - 1 else starts[index]
    names = [name for o, name in article.subjects if since <= o < offset]
    return names[-1] if names else None


def _may_hold(article: ArticlePeople, name: str | None, role: str) -> bool:
    """True unless the article introduced someone else with this role."""
    return bool(name) and not any(role in words and holder != name for _, holder, words in article.roles)


def _nothing_between(article: ArticlePeople, previous: Quote, quote: Quote) -> bool:
    """True when no sentence of the writer's own stands between a quotation and the one before."""
    anchor = max(previous.end, previous.speaker_end or 0, (previous.cue_start or 0) + len(previous.cue or ""))
    starts = article.sentence_starts
    first = bisect_right(starts, anchor)
    own_sentence = min(quote.start, quote.sentence_start if quote.sentence_start is not None else quote.start)
    return all(start >= own_sentence - 2 for start in starts[first : bisect_right(starts, quote.start)])


def _remember_speaker(article: ArticlePeople, quote: Quote) -> None:
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
