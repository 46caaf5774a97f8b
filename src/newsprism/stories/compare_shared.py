"""Quotations that other outlets carry too, as the comparison's own quote matching finds them.

The brief lists a quotation under "who said what" with the outlets that carry it; the same
quotation must not come back under one of those outlets as what "only it" reports. So a
statement or a loaded word is checked against the quote clusters (``compare_quotes``). A sentence
holding a quotation other outlets print keeps its rank (BASIL's annotators mark such a quotation in
every article that prints it, and leaving them out cost 0.09 of the held-out recall), but it
says who else carries it, and whether most outlets do or this outlet alone gives it prominence
(it opens with it while the others bury it); a brief introduces it so, never as "only here". An
evaluative word inside such a quotation is the speaker's wording, which several outlets printed,
and says so too.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.stories.compare_quotes import QuoteCluster

LEAD_SHARE = 0.2  # "near the top": within the first fifth of the article's text
BURIED_SHARE = 0.5  # every other carrier prints it in the second half of its article or later
SHARED_SHARE = 0.25  # a sentence this much inside quotations others carry is theirs too ...
SHARED_WORDS = 6  # ... and so is one holding a shared quotation this many words long (a word or
# two, a “moron” the others quote too, leave the sentence around them the outlet's own)


@dataclass(frozen=True)
class SharedQuote:
    """One quotation of an article that other outlets carry too."""

    start: int
    end: int
    outlets: tuple[str, ...]  # the other outlets that carry it
    here: float  # where it comes in this article (0 = first character, 1 = last)
    there: float  # the earliest it comes in any other carrier's article
    widely: bool  # most of the other outlets carry it (as "leaves out" counts them)
    words: int  # how many words long it is here


def shared_quotes(
    clusters: list[QuoteCluster],
    outlet_of: dict[str, str],
    group_of: dict[str, str],
    length_of: dict[str, int],
) -> dict[str, list[SharedQuote]]:
    """Per article id: its quotations that at least one other outlet carries (re-posts of the
    article itself do not count), with where each carrier prints it."""
    found: dict[str, list[SharedQuote]] = {}
    other_outlets = len(set(outlet_of.values())) - 1
    for cluster in clusters:
        outlets = {outlet_of[q.article_id] for q in cluster.quotes}
        if len(outlets) < 2:
            continue
        for quote in cluster.quotes:
            others = [
                q
                for q in cluster.quotes
                if outlet_of[q.article_id] != outlet_of[quote.article_id]
                and group_of[q.article_id] != group_of[quote.article_id]
            ]
            if not others:
                continue
            carriers = tuple(sorted({outlet_of[q.article_id] for q in others}))
            found.setdefault(quote.article_id, []).append(
                SharedQuote(
                    quote.start,
                    quote.end,
                    carriers,
                    quote.start / max(1, length_of[quote.article_id]),
                    min(q.start / max(1, length_of[q.article_id]) for q in others),
                    len(carriers) * 2 > other_outlets,
                    len(quote.text.split()),
                )
            )
    return found


def shared_in(spans: list[SharedQuote], start: int, end: int) -> list[SharedQuote]:
    """The quotations other outlets carry too that overlap ``start:end``."""
    return [s for s in spans if s.start < end and start < s.end]


def shared_statement(spans: list[SharedQuote], start: int, end: int) -> tuple[str, list[str]]:
    """(the reason to give, the other outlets carrying its quotation) for one sentence, or ("", [])
    when it holds no quotation another outlet carries too, or only a few words of one."""
    inside = shared_in(spans, start, end)
    covered = sum(min(q.end, end) - max(q.start, start) for q in inside)
    if covered < SHARED_SHARE * (end - start) and not any(q.words >= SHARED_WORDS for q in inside):
        return "", []
    outlets = sorted({o for quote in inside for o in quote.outlets})
    widely = [quote for quote in inside if quote.widely]
    others = carried_by(tuple(outlets))
    if not widely:
        return f"quotation also in {others}, not in the rest", outlets
    for quote in widely:
        if quote.here <= LEAD_SHARE and quote.there >= BURIED_SHARE:
            reason = (
                f"quotation also in {others}, but only this outlet gives it this prominence"
                f" (at {quote.here:.0%} of its text, the others from {quote.there:.0%} on)"
            )
            return reason, outlets
    return f"quotation most outlets carry: also in {others}", outlets


def carried_by(outlets: tuple[str, ...]) -> str:
    """ "2 other outlets (A, B)" or "4 other outlets (A, B, C, …)"."""
    names = ", ".join(outlets[:3]) + (", …" if len(outlets) > 3 else "")
    noun = "other outlet" if len(outlets) == 1 else "other outlets"
    return f"{len(outlets)} {noun} ({names})"


def statement_label(item: dict) -> str:
    """How a brief introduces one distinct statement: "only here", or who else carries it."""
    if not item.get("also_carried_by"):
        return "only here"
    return item["why"].split("; ")[0]


def speaker_turns(ranked: list, speaker_of, count: int) -> list:
    """The first ``count`` of ``ranked`` taken speaker by speaker: each speaker's best before
    anyone's second (a story whose two leaders are quoted by every outlet still lets the one that
    answers them be heard), kept in rank order. An unnamed speaker (None) is one voice."""
    turns: dict[object, int] = {}
    depth = []
    for item in ranked:
        name = speaker_of(item)
        depth.append(turns.get(name, 0))
        turns[name] = depth[-1] + 1
    chosen = sorted(range(len(ranked)), key=lambda i: (depth[i], i))[:count]
    return [ranked[i] for i in sorted(chosen)]
