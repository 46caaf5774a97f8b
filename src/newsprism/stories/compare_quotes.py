"""Quotes and sources compared as a reader would.

The same quotation across outlets is one quote even when one outlet cuts it, trims it or changes a
word: two quotes match when their speakers agree (same entity or same name) and most content words
of the shorter are in the longer, or when a long run of words is the same whatever the speakers
(one outlet misattributed or did not attribute it): most content words of a long quote, or words in
a row, at least six and half the shorter quote. An unattributed quote matches a named one only
by that long run: a column's long excerpt holds "trial", "witnesses" and "fair", so with the looser rule
every short quote about the trial, by anyone, joined it. Where some carriers name the speaker and
others do not, the named speaker speaks for the quotation. Matches are joined
transitively into clusters. Per outlet this gives whom it quotes and how much, whom only it
quotes, whose quote closes each of its articles (the last word), and the quotes it paraphrases
(an indirect quote of what another outlet quotes directly). A short quote joins only the one
quote it matches best, so "witch hunt" does not chain every statement that uses the phrase into
one quotation; where the carriers disagree on who said it, the speaker most of them name speaks
for the cluster. A quote whose speaker is only a document ("a subsequent post") in a quotation the
other carriers give to one named person is that person's (``document_voices``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from newsprism.models import Quote
from newsprism.nlp.lexicon import words as word_set
from newsprism.stories.compare_text import WORD, content_stems, most_others_carry, normalised, stem

SAME_SPEAKER_SHARE = 0.6  # share of the shorter quote's content words the longer must have
ANY_SPEAKER_SHARE = 0.85  # the same, when the speakers disagree or are unknown
ANY_SPEAKER_WORDS = 6  # ... and the shorter has at least this many content words
RUN_WORDS = 6  # words in a row two quotes share that make them one quotation whoever the speakers, when
# the run is at least half the shorter quote (the whole of it when a speaker is unknown): a cut copy
MIN_WORDS = 2  # quotes with fewer content words ("no", "legitimate rape") match by exact words only
RARE_KEY = 40  # a word in more quotes than this does not propose candidate pairs
BRIDGE_WORDS = 6  # a quote with fewer content words ("witch hunt", "bring an end") joins only the
# one quote it matches best: through several it would chain different quotations into one
STATEMENT_WORDS = 4  # a quotation of fewer words ("no rush", "Empire", "60 Minutes.") is a phrase or
# a title held in quotation marks, not a statement to list under who said what or left out


@dataclass
class QuoteCluster:
    """One quotation as several articles carry it."""

    quotes: list[Quote] = field(default_factory=list)
    voice: Quote | None = None  # set by ``cluster_quotes``: see ``longest``

    @property
    def longest(self) -> Quote:
        """The quote that stands for the cluster: the longest direct one by the speaker most of
        its quotes name (one outlet's misattribution does not relabel what the others attribute)."""
        if self.voice is not None:
            return self.voice
        direct = [q for q in self.quotes if q.kind != "indirect"] or self.quotes
        return max(direct, key=lambda q: len(q.text))


def cluster_quotes(quotes: list[Quote], speaker_of: Callable[[Quote], str]) -> list[QuoteCluster]:
    """Quotes joined into clusters of the same quotation (see the module docstring)."""
    words = [frozenset(content_stems(q.text)) for q in quotes]
    texts = [normalised(q.text) for q in quotes]
    parent = list(range(len(quotes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[str, list[int]] = defaultdict(list)
    for i, stems in enumerate(words):
        for word in stems:
            index[word].append(i)
    candidates: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) <= RARE_KEY:
            candidates.update(combinations(members, 2))  # in index order: (a, b) with a < b
    by_text: dict[str, int] = {}
    for i, text in enumerate(texts):
        if text in by_text:
            candidates.add((by_text[text], i))
        by_text.setdefault(text, i)
    best: dict[int, tuple[tuple, int]] = {}  # a short quote's best partner: (rank, partner)
    for a, b in sorted(candidates):
        if quotes[a].article_id == quotes[b].article_id:
            continue
        if not _same(quotes[a], quotes[b], words[a], words[b], texts[a], texts[b], speaker_of):
            continue
        short = [i for i in (a, b) if len(words[i]) < BRIDGE_WORDS]
        if not short:
            parent[root(a)] = root(b)  # two long quotes that match are one quotation
        for i in short:  # a short one joins its one best partner, so it bridges no two quotations
            other = b if i == a else a
            overlap = len(words[i] & words[other])  # then the quotation it was cut from, the longest
            rank = (
                overlap,
                len(words[other]) >= BRIDGE_WORDS,
                texts[i] == texts[other],
                len(words[other]),
                quotes[other].article_id,  # ties: the same partner whatever order the quotes come in
                -quotes[other].start,
            )
            if i not in best or rank > best[i][0]:
                best[i] = (rank, other)
    for i, (_, other) in sorted(best.items()):
        parent[root(i)] = root(other)
    clusters: dict[int, QuoteCluster] = defaultdict(QuoteCluster)
    for i, quote in enumerate(quotes):
        clusters[root(i)].quotes.append(quote)
    for cluster in clusters.values():
        direct = [q for q in cluster.quotes if q.kind != "indirect"] or cluster.quotes
        named = Counter(speaker_of(q) for q in direct if speaker_of(q))
        if named and (len(named) > 1 or not speaker_of(cluster.longest)):
            # the speakers disagree, or the longest is unattributed: the one most quotes name speaks
            most = max(named.values())
            chosen = [q for q in direct if named.get(speaker_of(q)) == most]
            cluster.voice = max(chosen, key=lambda q: (len(q.text), q.article_id, -q.start))
    return list(clusters.values())


def document_voices(clusters: list[QuoteCluster], speaker_of: Callable[[Quote], str]) -> dict[int, str]:
    """id(quote) -> the person whose post it is, for a quote whose speaker is only a document ("a
    subsequent post", "the statement": no name, its last word a speech noun) in a quotation the
    other quotes of which give one named person (``speaker_entity_id``): another carrier says whose
    post it is, so whom an outlet quotes counts it under that person."""
    found = {}
    for cluster in clusters:
        people = {speaker_of(q) for q in cluster.quotes if q.speaker_entity_id and speaker_of(q)}
        if len(people) != 1:
            continue  # no one named, or carriers who disagree: the document stays as it is
        (person,) = people
        for quote in cluster.quotes:
            if not quote.speaker_entity_id and _names_a_document(speaker_of(quote)):
                found[id(quote)] = person
    return found


def _names_a_document(phrase: str) -> bool:
    found = WORD.findall(phrase)
    return len(found) > 1 and found[-1].lower() in word_set("speech_nouns.txt") and phrase[1:].islower()


def _same(a: Quote, b: Quote, words_a, words_b, text_a: str, text_b: str, speaker_of) -> bool:
    if text_a == text_b:
        return bool(text_a)
    smaller = min(len(words_a), len(words_b))
    if smaller < MIN_WORDS:
        return False
    share = len(words_a & words_b) / smaller
    speaker_a, speaker_b = speaker_of(a), speaker_of(b)
    agree = speaker_a == speaker_b  # one named, one unattributed: only the long-run rule below
    if agree and share >= SAME_SPEAKER_SHARE:
        return True
    if smaller >= ANY_SPEAKER_WORDS and share >= ANY_SPEAKER_SHARE:
        return True
    if share < 0.5:  # a run of half the shorter's words holds about half its content words
        return False
    return _same_run(text_a, text_b, whole=not (speaker_a and speaker_b))


def _same_run(text_a: str, text_b: str, whole: bool) -> bool:
    """Whether the quotes share ``RUN_WORDS`` words in a row, at least half the shorter's words: a
    cut or trimmed copy whose speaker two outlets give otherwise. With a speaker unknown (``whole``),
    the shorter must stand whole in the longer: a named person's "a fair hearing with every
    document" is not a cut of an unattributed column that writes those words."""
    if _runs(text_a).isdisjoint(_runs(text_b)):
        return False  # most pairs: no six words in a row in common
    short, long = sorted((text_a.split(), text_b.split()), key=len)
    run = len(short) if whole else max(RUN_WORDS, (len(short) + 1) // 2)
    if len(short) < run:
        return False
    spaced = f" {' '.join(long)} "
    return any(f" {' '.join(short[i : i + run])} " in spaced for i in range(len(short) - run + 1))


@lru_cache(maxsize=8192)
def _runs(text: str) -> frozenset[tuple[str, ...]]:
    """The quote's runs of ``RUN_WORDS`` words (``text`` normalised), once per quote text."""
    words = text.split()
    return frozenset(tuple(words[i : i + RUN_WORDS]) for i in range(len(words) - RUN_WORDS + 1))


def is_statement(quote: Quote) -> bool:
    """Whether a quotation is long enough to stand as something said (``STATEMENT_WORDS``)."""
    return len(WORD.findall(quote.text)) >= STATEMENT_WORDS


def writes_words(quote_text: str, text: str) -> bool:
    """Whether ``text`` holds the quotation's words in a row, with or without quotation marks
    (an outlet writing "hush money payments" does not leave out the quoted "hush money payments.")."""
    words = normalised(quote_text)
    return bool(words) and f" {words} " in _spaced(text)


@lru_cache(maxsize=64)
def _spaced(text: str) -> str:
    """The text's lower-case words between single spaces, once per text (a story asks per quote)."""
    return f" {normalised(text)} "


def counted_not_named(phrase: str) -> bool:
    """A speaker phrase that is only a count or share ("712", "about two-thirds", "Fifty-two
    percent"): a poll's respondents, no one to name (``count_words.txt``)."""
    found = [w.lower() for token in WORD.findall(phrase) for w in token.split("-")]
    counts = word_set("count_words.txt") | word_set("quote_quantity_words.txt") | {"a", "an", "the", "of"}
    return bool(found) and all(w[:1].isdigit() or w in counts for w in found)


def sources_by_outlet(
    clusters: list[QuoteCluster],
    outlet_of: dict[str, str],
    group_of: dict[str, str],
    speaker_of: Callable[[Quote], str],
    salience: Callable[[str], float],
    limit: int | None,
    text_of: dict[str, str] | None = None,
    published_of: dict[str, str | None] | None = None,
) -> dict[str, dict]:
    """Per outlet: ``sources`` (whom it quotes, how many quotes and words, whether only it quotes
    them), ``last_word`` (per article, whose quote comes last), ``paraphrases``, ``exclusive``
    (quotes only it carries) and ``missing`` (statements most other outlets carry and it neither
    quotes nor writes, nor printed every article of before any carrier's day; ``text_of``: each
    outlet's text, ``published_of``: each article's date)."""
    outlets = sorted(set(outlet_of.values()))
    days = {aid: (day or "")[:10] for aid, day in (published_of or {}).items()}
    last_day: dict[str, str] = {}
    for aid, outlet in outlet_of.items():
        last_day[outlet] = max(last_day.get(outlet, ""), days.get(aid) or "9999")
    by_outlet: dict[str, dict] = {o: _empty() for o in outlets}
    speakers_by_outlet: dict[str, set[str]] = defaultdict(set)
    for cluster in clusters:
        for quote in cluster.quotes:
            speakers_by_outlet[outlet_of[quote.article_id]].add(speaker_of(quote) or "(unattributed)")
    for cluster in clusters:
        carriers = defaultdict(list)
        for quote in cluster.quotes:
            carriers[outlet_of[quote.article_id]].append(quote)
        widely = most_others_carry(len(carriers), len(outlets))
        longest = cluster.longest
        first_day = min((days.get(q.article_id) or "0000" for q in cluster.quotes), default="0000")
        if widely and is_statement(longest):  # most outlets carry it: every outlet without it leaves it out
            for outlet in outlets:
                if outlet in carriers or last_day[outlet] < first_day:
                    continue  # it carries it, or it had printed all it printed before anyone quoted it
                if not writes_words(longest.text, (text_of or {}).get(outlet, "")):
                    item = _quote_item(longest, speaker_of, len(carriers))
                    item["carried_by"] = sorted(carriers)
                    by_outlet[outlet]["missing"].append(item)
        for outlet, mine in carriers.items():
            own_groups = {group_of[q.article_id] for q in mine}
            others = {
                o
                for o, qs in carriers.items()
                if o != outlet and any(group_of[q.article_id] not in own_groups for q in qs)
            }
            row = by_outlet[outlet]
            best = max(mine, key=lambda q: len(q.text))
            if not others:
                row["exclusive"].append(_quote_item(best, speaker_of, 0))
            said_by = speaker_of(best)  # a paraphrase restates its own speaker's words, no one else's
            direct_elsewhere = [
                q
                for o in sorted(others)
                for q in carriers[o]
                if q.kind != "indirect" and speaker_of(q) == said_by
            ]
            if said_by and direct_elsewhere and all(q.kind == "indirect" for q in mine):
                theirs = max(direct_elsewhere, key=lambda q: (len(q.text), q.text)).text
                if not _says_the_same(best.text, theirs):
                    continue  # one speaker, two statements the matching joined by a name
                item = _quote_item(best, speaker_of, len(others))
                item["quoted_by"] = sorted(others)
                item["their_words"] = theirs
                row["paraphrases"].append(item)
    for outlet in outlets:
        row = by_outlet[outlet]
        row["sources"] = _sources(clusters, outlet, outlet_of, speaker_of, speakers_by_outlet)
        row["last_word"] = _last_words(clusters, outlet, outlet_of, speaker_of)
        rank = lambda item: (-item.get("outlets", 0), -salience(item["speaker"]), -len(item["text"]))  # noqa: E731
        for key in ("exclusive", "paraphrases", "missing"):
            row["total_" + key] = len(row[key])
            ranked = sorted(row[key], key=lambda item: (_is_fragment(item["text"]), *rank(item)))
            row[key] = _statements_once(ranked)[:limit] if limit is not None else ranked
    return by_outlet


def _says_the_same(paraphrase: str, quotation: str) -> bool:
    """Whether a paraphrase shares a content word other than a name with the quotation it would
    restate: "the decision belongs to North Korea" restates nothing of "will look at what North
    Korea has said", though both name North Korea."""
    plain = lambda text: {stem(w) for w in WORD.findall(text) if not w[:1].isupper()}  # noqa: E731
    return bool(plain(paraphrase) & plain(quotation) & set(content_stems(paraphrase)))


def _is_fragment(text: str) -> bool:
    """A quotation under ``STATEMENT_WORDS`` words ("yes.", "denuclearization", "amazing day")."""
    return len(WORD.findall(text)) < STATEMENT_WORDS


def _statements_once(items: list[dict]) -> list[dict]:
    """The default view's quotes: statements only (a one- to three-word fragment is a word the
    outlet quotes, which the loaded words show, not something said), each wording once (an
    article quoting "mostly peaceful" twice lists it once); ``--all`` keeps every quote."""
    seen: set[str] = set()
    kept = []
    for item in items:
        key = normalised(item["text"])
        if not _is_fragment(item["text"]) and key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def _empty() -> dict:
    return {"exclusive": [], "paraphrases": [], "missing": []}


def _quote_item(quote: Quote, speaker_of, outlets: int) -> dict:
    return {
        "speaker": speaker_of(quote) or "(unattributed)",
        "speaker_entity_id": quote.speaker_entity_id,
        "text": quote.text,
        "article_id": quote.article_id,
        "start": quote.start,
        "end": quote.end,
        "outlets": outlets,
        "kind": quote.kind,
    }


def _sources(clusters, outlet, outlet_of, speaker_of, speakers_by_outlet) -> list[dict]:
    """Whom the outlet quotes: quotes and words per speaker, most quoted first. Only a named
    speaker is one "only it quotes": an unnamed one ("another official", "critics") is no one a
    reader could look for in the other outlets."""
    counts: Counter[str] = Counter()
    words: Counter[str] = Counter()
    entity: dict[str, str | None] = {}
    named: set[str] = set()
    for cluster in clusters:
        for quote in cluster.quotes:
            if outlet_of[quote.article_id] != outlet:
                continue
            name = speaker_of(quote) or "(unattributed)"
            counts[name] += 1
            words[name] += len(quote.text.split())
            entity.setdefault(name, quote.speaker_entity_id)
            if quote.speaker or quote.speaker_entity_id:
                named.add(name)
    elsewhere = set().union(*(s for o, s in speakers_by_outlet.items() if o != outlet))
    return [
        {
            "speaker": name,
            "entity_id": entity[name],
            "quotes": count,
            "words": words[name],
            "only_here": name not in elsewhere and name in named,
        }
        for name, count in counts.most_common()
    ]


def _last_words(clusters, outlet, outlet_of, speaker_of) -> list[dict]:
    """Per article of the outlet: the speaker of its last quote (who has the last word). An
    unattributed quote names no side, so the last quote with a named speaker wins; an article
    whose quotes are all unattributed says so."""
    last: dict[str, Quote] = {}
    for cluster in clusters:
        for quote in cluster.quotes:
            if outlet_of[quote.article_id] == outlet:
                current = last.get(quote.article_id)
                if current is None or (bool(speaker_of(quote)), quote.start) > (
                    bool(speaker_of(current)),
                    current.start,
                ):
                    last[quote.article_id] = quote
    return [
        {"article_id": aid, "speaker": speaker_of(q) or "(unattributed)", "start": q.start, "end": q.end}
        for aid, q in sorted(last.items())
    ]
