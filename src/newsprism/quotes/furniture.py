"""Quoted words nobody said, left after extraction: titles of shows after a possessive name
("the Discovery Channel’s “Dirty Jobs”"), pull quotes, headlines in lines of links ("Related: China is
crushing the U.S. in ‘economic warfare’") and embedded posts ("... — Name (@handle) March 16,
2020"). The line labels and post signatures are data (``link_labels.txt``,
``quote_embed_signatures.txt``)."""

from __future__ import annotations

import re
from functools import lru_cache

from newsprism.ingest.clean import debris_reason
from newsprism.models import Quote
from newsprism.nlp import lexicon
from newsprism.quotes import rules

_POSSESSIVE_NAME = re.compile(r"(?:^|\s)(?:[A-Z][\w.&-]*\s)*[A-Z][\w.&-]*['’]s\s*$")
_MARKS = "\"“”‘’'"


@lru_cache(maxsize=1)
def link_labels() -> tuple[str, ...]:
    return lexicon.lines("link_labels.txt")


@lru_cache(maxsize=1)
def embed_signatures() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(line) for line in lexicon.lines("quote_embed_signatures.txt"))


@lru_cache(maxsize=1)
def appeal_lines() -> re.Pattern:
    """The file's lines as one alternation (no line has a group): one case-insensitive search of
    a paragraph instead of seven (about a third of the time)."""
    return re.compile("|".join(f"(?:{line})" for line in lexicon.lines("quote_appeal_lines.txt")), re.I)


@lru_cache(maxsize=1)
def link_blurbs() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(line) for line in lexicon.lines("quote_link_blurbs.txt"))


def _in_link_blurb(text: str, quote: Quote) -> bool:
    """Quoted words in a hover card's headlines glued into a paragraph ("KingWhy the GOP ...
    'Pathetic' Republicans ... MORE"; ``quote_link_blurbs.txt``, rule group ``link_blurbs``)."""
    if not rules.enabled("link_blurbs"):
        return False
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    paragraph = text[start : end if end >= 0 else len(text)]
    at = quote.start - start
    return any(m.start() <= at < m.end() for p in link_blurbs() for m in p.finditer(paragraph))


def _in_appeal(text: str, quote: Quote) -> bool:
    """Quoted words in a donation or subscription box ("Support ... journalism ... “dark money”")."""
    if not rules.enabled("appeal_boxes"):
        return False
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    return _appeal_paragraph(text[start : end if end >= 0 else len(text)])


@lru_cache(maxsize=64)
def _appeal_paragraph(paragraph: str) -> bool:
    """Whether a paragraph is an appeal box, judged once: each quotation in it asks."""
    return appeal_lines().search(paragraph) is not None


@lru_cache(maxsize=1)
def caption_credits() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(line) for line in lexicon.lines("quote_caption_credits.txt"))


def _in_debris_line(text: str, quote: Quote, judged: bool) -> bool:
    """Quoted words in a paragraph the cleaner drops as page furniture ("JUST WATCHED Democrats
    search for a 'Plan B' Replay More Videos", a caption's "toggle caption" widget; the cleaner's
    reasons in ``quote_debris_reasons.txt``) or in a photo
    caption ending in a wire credit ("... REUTERS/Name", ``quote_caption_credits.txt``): the
    page's lines, not anybody's words (rule group ``debris_lines``). ``judged``: the text's
    lines are cleaning's (``Layout.lines_judged``): the cleaner's rules kept each of them."""
    if not rules.enabled("debris_lines"):
        return False
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    paragraph = text[start : end if end >= 0 else len(text)].strip()
    return _widget_or_caption(paragraph, judged)


@lru_cache(maxsize=256)
def _widget_or_caption(paragraph: str, judged: bool) -> bool:
    """Judged once a paragraph: each quotation in it asks."""
    if debris_reason(paragraph, judged) in lexicon.words("quote_debris_reasons.txt"):
        return True
    return any(p.search(paragraph) for p in caption_credits())


def drop_furniture(text: str, quotes: list[Quote], judged: bool = False) -> list[Quote]:
    """The quotes that are somebody's words; ``judged``: see ``_in_debris_line``."""
    posts = embedded_posts(text) if rules.enabled("embedded_posts") else []
    return [
        q
        for q in quotes
        if not (
            _in_link_line(text, q)
            or _in_debris_line(text, q, judged)
            or _in_link_blurb(text, q)
            or _in_appeal(text, q)
            or _title_after_possessive(text, q)
            or _pull_quote(text, q)
            or any(start <= q.start < end and not _whole_post(q, start) for start, end in posts)
        )
    ]


def _whole_post(quote: Quote, post_start: int) -> bool:
    """The post taken whole as a block quote after a lead-in ("Mayor Tom Reed wrote on Twitter:"):
    the writer quoted it, so it is the poster's words (``quotes.blocks`` left its signature out)."""
    return quote.kind == "direct" and quote.start == post_start and quote.cue is not None


def embedded_posts(text: str) -> list[tuple[int, int]]:
    """Character ranges of embedded posts: a paragraph ending in a post's signature line, and, when
    the signature stands alone ("/END — Name (@handle) ..."), the paragraphs before it that the page
    set apart with wider gaps (blank lines on blank lines), as embeds are rendered."""
    posts = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if not any(pattern.search(line) for pattern in embed_signatures()):
            continue
        start = match.start()
        if len(line.split("—")[0].split()) <= 1:  # a bare signature: the post is above it
            while True:
                gap_start = len(text[:start].rstrip("\n"))
                if start - gap_start < 3 or gap_start == 0:
                    break
                start = text.rfind("\n", 0, gap_start) + 1
        posts.append((start, match.end()))
    return posts


def _in_link_line(text: str, quote: Quote) -> bool:
    line_start = text.rfind("\n", 0, quote.start) + 1
    return _labelled(text[line_start : line_start + 40].lower()) or _under_link_label(text, line_start)


def _labelled(line: str) -> bool:
    """A line opened by a link label; a label with its colon may lose the space after it on the
    page ("More:From the armada to 'Rocket Man': ...")."""
    glued = rules.enabled("glued_link_labels")
    return any(
        line.startswith(label)
        and (line[len(label) : len(label) + 1] in " :" or (glued and label.endswith(":")))
        for label in link_labels()
    )


def _under_link_label(text: str, line_start: int) -> bool:
    """'ALSO:' alone on a line, then headlines a line each ("Iran nuclear threat: More Americans
    want 'firm stand,' poll says"): every short line without a closing period under the label."""
    line_end = text.find("\n", line_start)
    own = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if not rules.enabled("link_lists") or own.endswith(".") or len(own.split()) > 16:
        return False
    lines = text[:line_start].rstrip("\n").split("\n")
    for line in reversed([line.strip() for line in lines if line.strip()][-6:]):
        if line.endswith(":") and _labelled(line.lower()) and len(line.split()) <= 3:
            return True
        if line.endswith((".", "”", '"')) or len(line.split()) > 16:
            return False
    return False


def _title_after_possessive(text: str, quote: Quote) -> bool:
    """A short title-cased phrase right after a capitalised possessive ("NBC's “Meet the Press”")."""
    if quote.kind != "partial":
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", quote.text)
    long_words = [w for w in words if len(w) > 3]
    if not words or len(words) > 6 or not long_words or not all(w[0].isupper() for w in long_words):
        return False
    before = text[max(0, quote.start - 60) : quote.start].rstrip(_MARKS + " ")
    return bool(_POSSESSIVE_NAME.search(before))


def _pull_quote(text: str, quote: Quote) -> bool:
    """'“Don’t forget: Adults need camp too.” Hillary Clinton' as a paragraph of its own, the same
    words quoted elsewhere in the article: a pull quote the page set apart, not a second quote (a
    paragraph of a quotation with no name under it is the writer's, even when an embed repeats it)."""
    if not rules.enabled("pull_quotes") or len(quote.text) < 12:
        return False
    line_start = text.rfind("\n", 0, quote.start) + 1
    line_end = text.find("\n", quote.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : quote.start].strip(_MARKS + " "):
        return False
    tail = text[quote.end : line_end].strip(_MARKS + " ,—–-").split()
    if not tail and rules.enabled("nameless_pull_quotes"):
        return _quoted_again(text, quote)
    if text.count(quote.text) < 2:
        return False
    if 0 < len(tail) <= 4 and all(word[:1].isupper() for word in tail):
        return True  # the name under it
    # "“...” Ann Lee Former city treasurer": the name, then the role, on the quote's line
    return rules.enabled("pull_quote_roles") and 2 < len(tail) <= 8 and all(w[:1].isupper() for w in tail[:3])


def _quoted_again(text: str, quote: Quote) -> bool:
    """A paragraph that is only a quotation, no name under it, every sentence of which the article
    quotes again elsewhere, the first right after a quotation mark ("“We are not just public relations
    for the school,” Madhira said ...", above it the same words set apart): a pull quote. (Words an
    embed repeats without marks do not count: the paragraph may be the writer's quote of a post.)"""
    sentences = [p.strip(" .,!?") for p in re.split(r"(?<=[.!?])\s+", quote.text) if len(p.strip()) > 12]
    if not sentences:
        return False
    for index, sentence in enumerate(sentences):
        places = _literal_places(sentence, text)
        elsewhere = [at for at in places if not quote.start <= at < quote.end]
        if not any(text[at - 1 : at] in _MARKS or index for at in elsewhere if at):
            return False  # the first sentence opens a quotation there; the others are in one
    return True


def _literal_places(words: str, text: str) -> list[int]:
    """Where ``words`` stand in ``text``, left to right without overlap: what
    ``re.finditer(re.escape(words), text)`` finds, without compiling each sentence as a pattern
    (about 1.7 ms a quotation asked)."""
    if not words:
        return [m.start() for m in re.finditer("", text)]
    places = []
    at = text.find(words)
    while at >= 0:
        places.append(at)
        at = text.find(words, at + len(words))
    return places
