"""Quotations a reader still attributes without a cue or name of their own: words quoted again later
(an echo of a speaker's phrase: 'called him our “good friend.”' ... 'When Mubarak was our “good
friend,”'), a quotation opening a paragraph right after a paragraph in which one person alone
spoke, and an indefinite role ("A spokesperson said") named in the next sentence."""

from __future__ import annotations

import re
from bisect import bisect_right

from newsprism.models import Quote
from newsprism.nlp import lexicon
from newsprism.people.article import ArticlePeople
from newsprism.people.words import POSSESSIVE_MARKS, POSSESSIVE_PRONOUNS, ROLE_WORDS
from newsprism.quotes import rules
from newsprism.quotes.marks import doc_text, paragraph_bounds


def _words(text: str) -> str:
    return " ".join(re.findall(r"[\w'’-]+", text.lower()))


def speakers_of_echoes(quotes: list[Quote]) -> None:
    """A quoted phrase of two words or more, without a speaker, that an earlier quote with a
    speaker holds word for word: the words are that speaker's, repeated by the writer."""
    if not rules.enabled("echoes"):
        return
    earlier: list[tuple[str, Quote]] = []
    for quote in quotes:
        words = _words(quote.text)
        if (
            quote.speaker is None
            and quote.cue is None
            and quote.kind == "partial"
            and len(words.split()) >= 2
        ):
            said = [q for text, q in earlier if f" {words} " in f" {text} "]
            speakers = {q.speaker for q in said}
            if len(speakers) == 1:
                quote.speaker, quote.speaker_type = said[-1].speaker, said[-1].speaker_type
                quote.speaker_mention_id = said[-1].speaker_mention_id
        if quote.speaker and quote.kind != "indirect":
            earlier.append((words, quote))


def speaker_of_previous_paragraph(article: ArticlePeople, quotes: list[Quote]) -> None:
    """'..., says David Pietraszewski, a fellow at ... . And the news isn't helping.' then a paragraph
    opening with '“When people express opinions ...”' and no cue: the one person quoted in the
    paragraph before speaks on. Not when that paragraph quoted two people, or named a person after
    its last quote, or when this paragraph names someone before the quotation."""
    if not rules.enabled("previous_paragraph_speaker"):
        return
    text = doc_text(article.doc)
    for quote in quotes:
        if quote.speaker is not None or quote.cue is not None or quote.kind != "direct":
            continue
        if quote.speaker_mention is not None:
            continue
        para_start, _ = paragraph_bounds(text, quote.start)
        if text[para_start : quote.start].strip(" \"“‘'") and not _unnamed_aside(
            article, quotes, para_start, quote
        ):
            continue  # the quotation follows words of the writer's that name someone, or a quote
        index = bisect_right(article.paragraph_starts, para_start - 1) - 1
        if index < 0:
            continue
        before_start = article.paragraph_starts[index]
        if not text[before_start:para_start].strip():
            continue
        before = [q for q in quotes if before_start <= q.start < para_start]
        spoken = {q.speaker for q in before if q.speaker}
        if len(spoken) != 1 or any(q.speaker is None and q.speaker_mention for q in before):
            continue
        speaker = spoken.pop()
        source = [q for q in before if q.speaker == speaker][-1]
        if source.speaker_type != "PERSON":
            continue
        last_end = max(q.end for q in before)
        later_names = [n for o, n in article.mentions if last_end <= o < para_start and n != speaker]
        if later_names:
            continue  # someone else was named after the quote: the writer moved on to them
        quote.speaker, quote.speaker_type = source.speaker, source.speaker_type
        quote.speaker_mention_id = source.speaker_mention_id


def _unnamed_aside(article: ArticlePeople, quotes: list[Quote], para_start: int, quote: Quote) -> bool:
    """'This gap creates uncertainty for the parties ... “It’s not that parties are uncertain ...”':
    the writer's sentences before the quotation name nobody and quote nothing, so the one person
    of the paragraph before still speaks (``speaker_after_aside``)."""
    if not rules.enabled("speaker_after_aside"):
        return False
    if any(para_start <= q.start < quote.start for q in quotes if q is not quote):
        return False
    return not any(para_start <= o < quote.start for o, _ in article.mentions)


def role_named_next(article: ArticlePeople, quotes: list[Quote]) -> None:
    """'A spokesperson for the department said ...' then, in the next sentence or paragraph,
    '“...,” Matt Lloyd, an agency spokesman, said': an indefinite role left unnamed is the person
    introduced right after it with the same role (its first six letters: spokesperson/spokesman)
    set beside the name, when nobody else is quoted between and that person was not named before."""
    if not rules.enabled("role_named_next"):
        return
    text = doc_text(article.doc)
    for index, quote in enumerate(quotes):
        words = (quote.speaker_mention or "").lower().split()
        if quote.speaker is not None or len(words) < 2 or not _unnamed_holder(words):
            continue
        role = words[-1] if words[-1] in ROLE_WORDS else next((w for w in words[1:] if w in ROLE_WORDS), None)
        if role is None:
            continue
        nxt = next((q for q in quotes[index + 1 :] if q.start >= quote.end), None)
        if nxt is None or nxt.speaker is None or nxt.speaker_type != "PERSON":
            continue
        if any(q.speaker and q.speaker != nxt.speaker for q in quotes[index + 1 :] if q.start < nxt.start):
            continue
        end = nxt.sentence_end or nxt.end
        if (
            bisect_right(article.paragraph_starts, end) - bisect_right(article.paragraph_starts, quote.start)
            > 1
        ):
            continue  # more than one paragraph further on
        surname = nxt.speaker.split()[-1].lower()
        named_at = [o for o, name in article.full_names.get(surname, []) if name == nxt.speaker]
        if not named_at or min(named_at) < quote.end:
            continue  # named before: the role would have found them
        introduction = text[nxt.sentence_start or nxt.start : end]
        at = introduction.find(nxt.speaker)
        beside = introduction[max(0, at - 30) if _possessed(words) else at : at + len(nxt.speaker) + 60]
        if at >= 0 and any(word[:6] in beside.lower() for word in _same_role(role)):
            quote.speaker, quote.speaker_type = nxt.speaker, nxt.speaker_type
            quote.speaker_mention_id = nxt.speaker_mention_id


def _possessed(words: list[str]) -> bool:
    """'Her defense attorney', "David Hicks' lawyer" (with ``role_named_next_possessed``)."""
    if not rules.enabled("role_named_next_possessed"):
        return False
    return words[0] in POSSESSIVE_PRONOUNS or any(w.endswith(POSSESSIVE_MARKS) for w in words[:-1])


def _unnamed_holder(words: list[str]) -> bool:
    return words[0] in ("a", "an") or _possessed(words)


def _same_role(role: str) -> list[str]:
    """The role and the words the story may use for it (``quote_role_synonyms.txt``)."""
    if rules.enabled("role_named_next_possessed"):
        for line in lexicon.word_list("quote_role_synonyms.txt"):
            if role in line.split():
                return line.split()
    return [role]


PARAGRAPHS_AHEAD = 2  # role_introduced_next: this paragraph and the two after it


def role_introduced_next(article: ArticlePeople, quotes: list[Quote]) -> None:
    """'A federal judge said ... “very promising” progress' then, a photo caption and a paragraph
    later, 'U.S. District Judge Dana Sabraw': an indefinite role left unnamed is the one person the
    next paragraphs introduce with that role (a title or apposition), when that person was not
    named before and no one else holds the role there (``role_introduced_next``)."""
    if not rules.enabled("role_introduced_next"):
        return
    starts = article.paragraph_starts
    for quote in quotes:
        words = (quote.speaker_mention or "").lower().split()
        if quote.speaker is not None or len(words) < 2 or words[0] not in ("a", "an"):
            continue
        role = words[-1]
        if role not in ROLE_WORDS:
            continue
        paragraph = bisect_right(starts, quote.start) - 1
        ahead = paragraph + 1 + PARAGRAPHS_AHEAD
        end = starts[ahead] if ahead < len(starts) else len(doc_text(article.doc))
        holders = {name for offset, name, held in article.roles if quote.end <= offset < end and role in held}
        if not holders and rules.enabled("role_named_next_speaker"):
            holders = _speaker_named_next(article, quotes, quote, paragraph)
        if len(holders) != 1:
            continue
        name = holders.pop()
        named_at = [o for o, n in article.full_names.get(name.split()[-1].lower(), []) if n == name]
        if named_at and min(named_at) > quote.end:
            quote.speaker, quote.speaker_type = name, "PERSON"


def _speaker_named_next(
    article: ArticlePeople, quotes: list[Quote], quote: Quote, paragraph: int
) -> set[str]:
    """'A spokeswoman for the campaign said ... “...”' then, opening the next paragraph, '“...,”
    Ann Lee said in a statement': with no one given the role, the next quote's speaker, named in
    full for the first time there and given no role anywhere, is the one the role meant; also when
    the tag comes first ('Police Sgt. Ann Lee said eight people died', ``role_named_next_tag_first``)."""
    starts = article.paragraph_starts
    after = [q for q in quotes if q.start >= quote.end]
    following = min(after, key=lambda q: q.start, default=None)
    if following is None or following.speaker_type != "PERSON" or following.speaker is None:
        return set()
    if bisect_right(starts, following.start) - 1 != paragraph + 1 or following.speaker_start is None:
        return set()
    if bisect_right(starts, following.speaker_start) - 1 != paragraph + 1:
        return set()
    name = following.speaker
    if len(name.split()) < 2 or any(n == name for _, n, _ in article.roles):
        return set()
    named_at = [o for o, n in article.full_names.get(name.split()[-1].lower(), []) if n == name]
    first_here = following.start
    if rules.enabled("role_named_next_tag_first"):  # "Police Sgt. Ann Lee said eight people died"
        first_here = min(first_here, following.speaker_start)
    return {name} if named_at and min(named_at) >= first_here else set()
