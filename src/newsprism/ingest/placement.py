"""Rules about where a line stands, not only what it says: a writer's bio at a column's edges, a
headline glued after a summary (dek) in the header. The same words elsewhere are news, so these
are asked of a few lines of an article, each once (cleaning stays linear)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from newsprism.nlp.lexicon import lines as lexicon_lines
from newsprism.nlp.lexicon import words as lexicon_words


def mark_edge_lines(lines: list[str], reasons: list[str | None], rules: Sequence[Any]) -> None:
    """Rules (clean.Rule) with ``where: edges`` in boilerplate.yaml: a writer's bio opens or closes a column
    ("Jan Roe is a columnist for The Example and the author of ..."), and the same words in the
    middle of a story are news. Asked of the first kept line and the last two, once each."""
    if not rules:
        return
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    if len(kept) < 2:
        return  # a one-paragraph text is all body
    for i in sorted({kept[0], *kept[-2:]}):
        words = len(lines[i].split())
        for rule in rules:
            if (rule.max_words is None or words <= rule.max_words) and rule.regex.search(lines[i]):
                reasons[i] = rule.name
                break


HEADER_LINES = 3  # where a summary glued to the headline is looked for
DEK_END = ".!?\"”'’"


def cut_glued_title(lines: list[str], title_key: str, key: Callable[[str], str]) -> None:
    """The headline cut off a header line it is glued to: a summary (dek) printed with the title
    after it ("Engineers feared the gate would fail. River Lock Closed") keeps its sentence, which
    the story may not repeat, and loses the title (a headline's words make no names or events)."""
    if len(title_key) < 12:
        return
    for i, line in enumerate(lines[:HEADER_LINES]):
        folded = key(line)
        if len(folded) != len(line) or len(line) <= len(title_key) + 1 or not folded.endswith(title_key):
            continue
        head = line[: -len(title_key)]
        if head.endswith(" ") and head.rstrip()[-1:] in DEK_END:
            lines[i] = head.rstrip()


HIGHLIGHT_BOX_LINES = 5  # where a summary box's label is looked for
HIGHLIGHT_POINTS = 3  # points that may follow the label's own line
POINT_STOPS = ".!?:;"
LIST_STOPS = ".!?:;,"
POINT_CLOSERS = "\"'”’)] "


def mark_highlight_box(lines: list[str], reasons: list[str | None]) -> None:
    """A summary box at the top ("Story highlights <point>", then points with no final stop, one a
    line; ``highlight_box_labels.txt``) restates the story in other words: its names, quotes and
    events would be counted twice and it opens the lead. The label's line and up to three points
    after it go; the first line that ends as a sentence is the story's and stops the box."""
    labels = tuple(lexicon_lines("highlight_box_labels.txt"))
    for i, line in enumerate(lines[:HIGHLIGHT_BOX_LINES]):
        if not line.casefold().startswith(labels):
            continue
        reasons[i] = reasons[i] or "highlights"
        for j in range(i + 1, min(len(lines), i + 1 + HIGHLIGHT_POINTS)):
            if lines[j].rstrip("\"'”’)] ")[-1:] in POINT_STOPS:
                break
            reasons[j] = reasons[j] or "highlights"
        return


QUESTION_HEADING_WORDS = 14  # a sub-heading asked as a question is short
QUESTION_HEADINGS_MIN = 2  # an explainer asks several: one short question alone is the writer's
QUESTION_INSIDE = re.compile(r"[.!?:;](\s|$)")
SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself)\b", re.I)


def mark_question_headings(lines: list[str], reasons: list[str | None]) -> None:
    """An explainer's question sub-headings in sentence case ("What does the senator allege?",
    "How did the court respond?"): a short line that is one question, opens with a question word
    (``question_heading_openers.txt``), quotes nobody. An article that sets two or more such lines
    on their own is built of questions and answers, and they go; one such line alone is the
    writer's own ("So what is going on here?") and stays, and so do the lead (a column may open
    with its question) and a question put to "you" (an interviewer's, part of the interview)."""
    openers = lexicon_words("question_heading_openers.txt")
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    # the first kept line is the lead: a column may open by asking its question
    asked = [i for i in kept[1:] if _is_question_heading(lines[i], openers)]
    if len(asked) < QUESTION_HEADINGS_MIN:
        return
    for i in asked:
        reasons[i] = "question_heading"


PHRASE_QUESTION_WORDS = 6  # a sub-heading set as a phrase with a question mark is very short
SUBHEADING_REASONS = frozenset({"label", "headline", "question_heading"})
SUBHEADINGS_MIN = 2  # other sub-headings that show the article is set in sections


def mark_phrase_questions(lines: list[str], reasons: list[str | None], short: int) -> None:
    """A sub-heading set as a phrase with a question mark ("Meeting of the minds?", "Weaponization
    of the agencies?"): two to six words, no comma, quote or inner stop, and no word that makes it
    a spoken clause (a pronoun, an auxiliary, "again": ``question_clause_words.txt`` and the
    question openers), in an article with two or more other sub-headings in its body (short lines
    cut as labels or headings between the first and the last kept line). A writer's short
    question ("Come again?", "Police state, anyone?", "Sound familiar?", "And now?") holds a clause
    word or a comma, and a
    column with no sub-headings keeps every question."""
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    if len(kept) < 3:
        return
    body = range(kept[0] + 1, kept[-1])
    headings = [i for i in body if reasons[i] in SUBHEADING_REASONS and len(lines[i].split()) <= short]
    if len(headings) < SUBHEADINGS_MIN:
        return
    spoken = lexicon_words("question_clause_words.txt") | lexicon_words("question_heading_openers.txt")
    for i in kept[1:-1]:
        line = lines[i]
        asked = line.endswith("?") and line[0].isupper()
        if not asked or not 2 <= len(line.split()) <= PHRASE_QUESTION_WORDS:
            continue
        if any(mark in line for mark in ',"“”‘’') or QUESTION_INSIDE.search(line[:-1]):
            continue
        words = {word.casefold().replace("’", "'") for word in re.findall(r"[\w'’]+", line)}
        if not words & spoken:
            reasons[i] = "question_heading"


def _is_question_heading(line: str, openers: frozenset[str]) -> bool:
    if not line.endswith("?") or not line[0].isupper() or len(line.split()) > QUESTION_HEADING_WORDS:
        return False
    if any(mark in line for mark in '"“”') or QUESTION_INSIDE.search(line[:-1]):
        return False
    if SECOND_PERSON.search(line):
        return False  # an interviewer's question ("Why do you think ...?") is the interview's text
    return line.split(None, 1)[0].casefold().replace("’", "'") in openers


POST_LINES = 3  # lines an embedded post may run over before its signature line
POST_SHAPE_REASONS = frozenset({"label", "too_short"})


def mark_embedded_posts(
    lines: list[str], reasons: list[str | None], signature: re.Pattern[str], short: int
) -> None:
    """An embedded post is the story's (a quote it reports), printed as short lines that end with
    its signature line ("CNN: Port reopened — Jan Roe (@janroe) May 2, 2020"): the signature line
    and the post's short lines above it (up to three, back to a long line or a line a rule cut)
    are no labels, whatever their shape."""
    for i, line in enumerate(lines):
        if reasons[i] not in (None, "headline", *POST_SHAPE_REASONS) or not signature.search(line):
            continue
        reasons[i] = None
        for j in range(i - 1, max(-1, i - 1 - POST_LINES), -1):
            if len(lines[j].split()) > short or signature.search(lines[j]) or lines[j].startswith("http"):
                break  # a long line is the story's; a bare address is the embed's placeholder
            if reasons[j] is not None and reasons[j] not in POST_SHAPE_REASONS:
                break
            reasons[j] = None


LINK_LIST_LINES = 5  # headlines that may follow a link label's line
LINK_LIST_WORDS = 20
LINK_LABEL_REASONS = frozenset({"promo"})


def mark_link_lists(lines: list[str], reasons: list[str | None]) -> None:
    """The headlines listed under a link label ("More: <headline>", then more headlines, one a
    line, ``link_labels.txt``): a line with no final stop right after a cut link line is the
    list's next link; the first line that ends as a sentence is the story's and ends the list."""
    labels = tuple(lexicon_lines("link_labels.txt"))
    for i, line in enumerate(lines):
        if reasons[i] not in LINK_LABEL_REASONS or not line.casefold().startswith(labels):
            continue
        for j in range(i + 1, min(len(lines), i + 1 + LINK_LIST_LINES)):
            if reasons[j] is not None:
                continue  # an ad or a caption between the links
            if "(@" in lines[j]:
                break  # an embedded post (its signature names a handle) is the story's
            if len(lines[j].split()) > LINK_LIST_WORDS or lines[j].rstrip(POINT_CLOSERS)[-1:] in LIST_STOPS:
                break
            reasons[j] = "link_list"
