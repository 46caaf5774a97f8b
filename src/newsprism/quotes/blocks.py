"""Quotations set off as paragraphs without quotation marks.

* A block after a lead-in that ends with a colon and holds a speech verb or noun ("said in a
  statement:", "wrote on Twitter:", "Read the full rant:"): the next paragraph is the speaker's
  words; a run of short list lines ("says the next president should:" and one line per point)
  is one reported statement per line.
* Transcript lines ("AMY GOODMAN: ...", "Q: ..." / "A: ..."): the label names the speaker; a
  question line's asker is left unnamed, an answer goes to the person the article is about.

Page furniture around such blocks (an embedded post's "— Name (@handle) June 11, 2020" signature,
picture links) is not part of the words.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from newsprism.models import Quote
from newsprism.nlp import lexicon
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.article import ArticlePeople, full_name
from newsprism.people.names import given_name_gender
from newsprism.people.tokens import is_cue
from newsprism.people.words import ORG_NOUNS, ROLES, SPEECH_NOUNS, SUBJECT_DEPS
from newsprism.quotes import rules
from newsprism.quotes.attach import attach_cue
from newsprism.quotes.colon_cues import LEAD_IN_VERBS
from newsprism.quotes.marks import BOILERPLATE, doc_text
from newsprism.quotes.speakers import resolve

OPENING_MARKS = "\"“‘'«"
LIST_LINE_WORDS = 40  # a list point is a short line
BULLET = re.compile(r"^\s*(?:[•*·▪–—-]|\d{1,2}[.)])\s+")
# an embedded post's links and signature at the end of the block: the links are those of
# ``statement_links.txt`` (one source with the comparison's debris, ``stories.compare_debris``);
# the byline after them gives the poster's name, its date optional
_LINKS = "|".join(f"(?:{line})" for line in lexicon.lines("statement_links.txt"))
SIGNATURE = re.compile(rf"(?:\s*(?:{_LINKS}))*\s*(?:[—–]\s*([^—–\n(]{{1,60}}?)\s*\(@\w+\)[^\n]{{0,40}})?\s*$")
LABEL = re.compile(r"^([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}):\s+(?=\S)")
QUESTION_LABELS = frozenset(("q", "question"))
ANSWER_LABELS = frozenset(("a", "answer"))
TITLE_WORDS = lexicon.words("honorifics.txt")
INTERVIEW_WORDS = lexicon.word_list("quote_interview_words.txt")


def block_quotes(article: ArticlePeople, article_id: str, quotes: list[Quote]) -> list[Quote]:
    """Quotations without marks set off as paragraphs, not overlapping ``quotes``."""
    if not rules.enabled("blocks"):
        return []
    text = doc_text(article.doc)
    paragraphs = _paragraphs(article, text)
    found = _transcript_lines(article, article_id, text, paragraphs)
    for index, (start, end) in enumerate(paragraphs[:-1]):
        lead = text[start:end].rstrip()
        if lead.endswith(":"):
            found += _after_lead_in(article, article_id, text, paragraphs, index, quotes + found)
    # a quotation reaching out of the block (rather than nested in it) leaves the block out; a
    # report found across a turn's label ("AMY GOODMAN: This is according to ...") does not
    marked = [q for q in quotes if q.kind != "indirect" or not rules.enabled("turns_over_reports")]
    return [q for q in found if not any(_crosses(q, other) for other in marked)]


def _crosses(block: Quote, other: Quote) -> bool:
    inside = block.start - 1 <= other.start and other.end <= block.end + 1
    return other.start < block.end and block.start < other.end and not inside


def _paragraphs(article: ArticlePeople, text: str) -> list[tuple[int, int]]:
    starts = article.paragraph_starts or [0]
    bounds = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        words = text[start:end]
        if words.strip():
            lead = len(words) - len(words.lstrip())
            bounds.append((start + lead, start + len(words.rstrip())))
    return bounds


def _after_lead_in(
    article: ArticlePeople,
    article_id: str,
    text: str,
    paragraphs: list[tuple[int, int]],
    index: int,
    quotes: list[Quote],
) -> list[Quote]:
    start, end = paragraphs[index]
    words = text[start:end].split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return []  # a subheading ("Uncle Says:"), not a sentence introducing words
    cue = _lead_in_cue(article, start, end)
    if cue is None or not _may_speak(cue):
        return []
    following = paragraphs[index + 1 :]
    first = text[following[0][0] : following[0][1]]
    if first[:1] in OPENING_MARKS or article.layout.in_headline(following[0][0]):
        return []  # a quotation in marks: the marks' own pass has it
    lines = []
    for p_start, p_end in following:
        line = text[p_start:p_end]
        if not _list_line(line) or any(m in line for m in OPENING_MARKS[:2]) or ":" in line:
            break
        if len(line.split()) < 3:
            break  # "Japan: 86" or "Yes": a table row or a label, not a point made
        lines.append((p_start, p_end))
    body = SIGNATURE.sub("", first)
    signed = SIGNATURE.search(first).group(1)
    if len(lines) >= 2:
        blocks = [(s + _bullet_length(text[s:e]), e, "indirect") for s, e in lines]
    elif body[-1:] not in ":" and not LABEL.match(body) and body[:1].isalnum():
        blocks = [(following[0][0], following[0][0] + len(body), "direct")]
    else:
        return []
    attributed = [q for q in quotes if q.cue and blocks[0][0] <= q.start and q.end <= blocks[-1][1]]
    if attributed or any(BOILERPLATE.search(text[b_start:b_end]) for b_start, b_end, _ in blocks):
        return []  # the writer's prose with attributions of its own, or a credit line
    made = []
    sentence = text[cue.sent.start_char : cue.sent.end_char]
    for b_start, b_end, kind in blocks:
        if b_end - b_start < 3:
            continue
        quote = Quote(
            article_id=article_id,
            text=text[b_start:b_end],
            start=b_start,
            end=b_end,
            kind=kind,
            sentence=sentence,
            sentence_start=cue.sent.start_char,
            sentence_end=cue.sent.end_char,
        )
        _attribute(article, quote, cue, quotes)
        if signed and kind == "direct":  # an embedded post is its signer's, whoever relays it
            quote.speaker = full_name(article, signed.strip(), b_start)
            quote.speaker_type = "PERSON"
        surname = (quote.speaker or "").split()[-1:] if quote.speaker_type == "PERSON" else []
        if kind == "direct" and surname and re.search(rf"\b{re.escape(surname[0])}\b", quote.text):
            return []  # "... referenced by Bezmenov doesn't ...": the writer's words about them
        made.append(quote)
    return made


def _lead_in_cue(article: ArticlePeople, start: int, end: int) -> Token | None:
    """The speech verb (else noun) of the lead-in's last sentence, outside quotation marks."""
    span = article.doc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    sentence = [t for t in span[-1].sent if start <= t.idx < end]
    if any(t.text in ('"', "“", "”") for t in sentence):
        return None  # the colon sits in or after a quotation of its own
    verbs = [t for t in sentence if is_cue(t, LEAD_IN_VERBS) and t.lower_ != "according"]
    if verbs:
        return verbs[-1]
    nouns = [t for t in sentence if t.pos_ == "NOUN" and t.lemma_.lower() in SPEECH_NOUNS]
    return nouns[-1] if nouns else None


def _attribute(article: ArticlePeople, quote: Quote, cue: Token, quotes: list[Quote]) -> None:
    """The lead-in's speaker: the verb's subject; for a noun, its owner ("her statement:"); else
    the speaker of the last quotation in the lead-in paragraph or the one before ("Read the full
    rant:")."""
    if cue.pos_ in ("VERB", "AUX"):
        attach_cue(article, quote, cue)
    else:
        owner = next((c for c in cue.children if c.dep_ == "poss"), None)
        quote.cue, quote.cue_start = cue.text, cue.idx
        if owner is not None:
            speaker = resolve(article, owner)
            quote.speaker, quote.speaker_type = speaker.name or None, speaker.type
            if speaker.mention is not None:
                quote.speaker_mention = speaker.mention.text
                quote.speaker_start, quote.speaker_end = speaker.mention.start_char, speaker.mention.end_char
    if quote.speaker is None and not _has_subject(cue):
        starts = article.paragraph_starts
        earlier = [s for s in starts if s <= cue.idx]
        horizon = earlier[-2] if len(earlier) >= 2 else 0
        before = [q for q in quotes if horizon <= q.start < cue.idx and q.speaker]
        if before:
            quote.speaker, quote.speaker_type = before[-1].speaker, before[-1].speaker_type


def _may_speak(cue: Token) -> bool:
    """The lead-in verb's subject can speak: a name, a pronoun, a person or body noun, or none
    ("Our coverage continues:" and "The debate continues:" introduce no one's words)."""
    if cue.pos_ not in ("VERB", "AUX"):
        return True
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ in ("PROPN", "PRON") or entity_label(subject):
        return True
    lemma = subject.lemma_.lower()
    return lemma in ROLES or lemma in ORG_NOUNS or lemma in SPEECH_NOUNS


def _has_subject(cue: Token) -> bool:
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _list_line(line: str) -> bool:
    """A list point: a bullet, or a short line without a sentence's closing stop."""
    if BULLET.match(line):
        return True
    return len(line.split()) <= LIST_LINE_WORDS and line.rstrip()[-1:] not in '.!?:"”’'


def _bullet_length(line: str) -> int:
    match = BULLET.match(line)
    return match.end() if match else 0


def _transcript_lines(
    article: ArticlePeople, article_id: str, text: str, paragraphs: list[tuple[int, int]]
) -> list[Quote]:
    """'NAME: words' paragraphs, when two or more speakers take turns that way."""
    turns = []
    for start, end in paragraphs:
        match = LABEL.match(text[start:end])
        if match is None:
            continue
        label = match.group(1)
        words = [w for w in label.split() if not {w.lower(), w.lower().rstrip(".")} & TITLE_WORDS]
        key = label.lower()
        if key in QUESTION_LABELS | ANSWER_LABELS:
            turns.append((start + match.end(), end, label, key))
            continue
        if not words:
            continue
        name = " ".join(w if not w.isupper() or len(w) < 2 else w.capitalize() for w in words)
        body = text[start + match.end() : end].rstrip()
        if body[-1:] not in '.?!…"”’—-':
            continue  # "Clapper: There could be evidence": a headline, not a turn
        who = full_name(article, name, start)
        if not {w.lower() for w in words} <= {w.lower() for w in who.split()}:
            continue  # "JUST WATCHED Tapper": a label with more than a name in it
        if name.split()[-1].lower() not in article.full_names and not _tagged_person(article, start, label):
            continue  # not someone the article names: a label such as "Update:" or "Photo:"
        turns.append((start + match.end(), end, label, who))
    asked = sum(1 for t in turns if t[3] in QUESTION_LABELS)
    answered = sum(1 for t in turns if t[3] in ANSWER_LABELS)
    spoken = Counter(t[3] for t in turns if t[3] not in QUESTION_LABELS | ANSWER_LABELS)
    exchange = asked >= 2 and answered >= 2 and _introduced_as_interview(text, turns)
    press = _question_then_answer(turns)
    # a conversation: two speakers, one of them speaking twice (not "Cruz: ...", "Rubio: ..." grades)
    if (len(spoken) < 2 or max(spoken.values()) < 2) and not exchange and not press:
        return []
    label_at = {start: start - len(label) - 2 for start, _, label, _ in turns}
    conversation = len(spoken) >= 2 and max(spoken.values()) >= 2 and rules.enabled("continued_turns")
    if press or conversation:  # "AMY GOODMAN: ..." then "It’s good to have you with us. ...": hers
        turns = _with_continued_turns(text, paragraphs, turns, label_at)
    answerer = _most_named(article) if exchange else None
    made = []
    for start, end, label, who in turns:
        if who in QUESTION_LABELS | ANSWER_LABELS and not exchange and not (press and who in QUESTION_LABELS):
            continue
        words = text[start:end]
        label_start = label_at[start]  # before an opening mark moves the start
        body_end = start + len(SIGNATURE.sub("", words))
        if words[:1] in OPENING_MARKS and words.rstrip()[-1:] in "\"”’'":
            start, body_end = start + 1, body_end - 1
        speaker = None if who in QUESTION_LABELS else answerer if who in ANSWER_LABELS else who
        if speaker and re.search(rf"\b{re.escape(speaker.split()[-1])}\b", words):
            continue  # "... Ellis argues", "Mr. Cruz ...": the writer's words about them
        if _title_cased(words):
            continue  # "Hoft: Bombings Make Obama The Worst": a headline
        made.append(
            Quote(
                article_id=article_id,
                text=text[start:body_end],
                start=start,
                end=body_end,
                kind="direct",
                speaker=speaker,
                speaker_type="PERSON" if speaker else None,
                speaker_mention=label,
                speaker_start=max(0, label_start),
                speaker_end=max(0, label_start) + len(label),
                sentence=text[start:body_end],
                sentence_start=start,
                sentence_end=body_end,
            )
        )
    return made


def _question_then_answer(turns: list) -> bool:
    """'QUESTION: ...' then 'PRESIDENT BARACK OBAMA: ...': a press conference's exchange, even once."""
    if not rules.enabled("press_turns"):
        return False
    labels = QUESTION_LABELS | ANSWER_LABELS
    return any(a[3] in QUESTION_LABELS and b[3] not in labels for a, b in zip(turns, turns[1:], strict=False))


def _with_continued_turns(text: str, paragraphs: list[tuple[int, int]], turns: list, label_at: dict) -> list:
    """An answer's later paragraphs carry no label: each paragraph after a named turn, up to the next
    label, is that speaker's while it reads as speech (whole sentences of four words or more, not a
    headline), as transcripts print a long answer."""
    labelled = set(label_at.values())
    out = []
    for index, turn in enumerate(turns):
        out.append(turn)
        start, end, label, who = turn
        if who in QUESTION_LABELS | ANSWER_LABELS:
            continue
        stop = turns[index + 1][0] if index + 1 < len(turns) else len(text) + 1
        for p_start, p_end in paragraphs:
            if p_start <= end or p_start >= stop or p_start in labelled or LABEL.match(text[p_start:p_end]):
                if p_start > end:
                    break
                continue
            words = text[p_start:p_end]
            if len(words.split()) < 4 or words[-1:] not in ".?!…" or _title_cased(words):
                break
            out.append((p_start, p_end, label, who))
            label_at[p_start] = label_at[start]  # the speaker is named at the turn's label
    return out


def _tagged_person(article: ArticlePeople, start: int, label: str) -> bool:
    """A label the entity recogniser took for a person, or two or more words opening with a
    given name ("AMY GOODMAN", which the model seldom tags in capitals)."""
    words = [w for w in label.split() if not {w.lower(), w.lower().rstrip(".")} & TITLE_WORDS]
    if len(words) < 2:
        return False
    if given_name_gender(words[0].capitalize()) is not None:
        return True
    span = article.doc.char_span(start, start + len(label), alignment_mode="expand")
    return span is not None and all(entity_label(t) == "PERSON" for t in span)


def _title_cased(words: str) -> bool:
    long_words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", words) if len(w) > 3]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def _introduced_as_interview(text: str, turns: list) -> bool:
    """Q/A lines are an interview when the text before them says so, not a writer's explainer."""
    first = min(start for start, _, _, who in turns if who in QUESTION_LABELS | ANSWER_LABELS)
    before = text[:first].lower()
    return any(re.search(rf"\b{re.escape(word)}\b", before) for word in INTERVIEW_WORDS)


def _most_named(article: ArticlePeople) -> str | None:
    """The person the article names most, when one clearly leads (twice the next)."""
    counts = Counter(name for _, name in article.mentions).most_common(2)
    if not counts or (len(counts) > 1 and counts[0][1] < 2 * counts[1][1]):
        return None
    return counts[0][0]
