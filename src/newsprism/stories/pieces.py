"""Opinion columns, editorials and roundups of views: pieces about a development, not reports of it.

An editor files the reports of a development as one story and the columns arguing about it
beside the story, under its storyline: a column shares the report's actors, words and day, so
the link rule alone joins them. An article whose genre (``Article.genre``, read in cleaning from
its lead's label before the label line is cut: ``ingest/genre.py``) is one of ``piece_genres``
is a piece; its links are the storyline's, never the story's. An article stored before genres
were read has none, and its stored text's first ``piece_words`` words are read the same way.
A syndicated column printed twice is still one story: copies join through the re-post check.
With ``piece_headlines`` a headline of an analysis or explainer's form (``data/story_piece_headlines.txt``:
a question, "Why ...", "..., explained") marks a piece too. With ``explainer_headlines`` (off by default) a
headline explaining a development's consequences (``data/story_explainer_headlines.txt``: "What
the ruling means for renters", "... Here's what that means") marks a piece: it analyses the
development it names, and on the hand-grouped weeks every such article is a piece or alone.
With ``outlet_sections`` an outlet given as a publication's opinion section ("Herald - Opinion",
"Guest Writer", ``data/story_outlet_sections.txt``) marks a piece: the input files the article
under the section that argues, though its lead may carry no label.
With ``undated_question_headlines`` a headline asking a question or opening "Why"/"How"
(``data/story_undated_question_headlines.txt``) marks a piece when its lead names no day: a
report of a development says when it happened ("said Tuesday"), an analysis asking about it does
not (BASIL's "Who is Dave Brat?" names the primary's day, so it stays a report). With
``preview_leads`` a lead naming only days to come ("will vote Thursday") marks a preview.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsprism.ingest.genre import genre_of
from newsprism.nlp.lexicon import word_list
from newsprism.stories.features import OTHER_TIME, ArticleInfo, StoryConfig

PIECE = "#piece"  # stored beside an article's terms when it is a piece


@lru_cache(maxsize=3)
def _headlines(name: str = "story_piece_headlines.txt") -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in word_list(name)))


def is_piece(item: ArticleInfo, config: StoryConfig, day: int | None = None) -> bool:
    """Whether the article is an opinion piece, an editorial or a roundup by its genre
    (``piece_words`` 0: never), its headline has an explainer's (``explainer_headlines``) or
    an analysis's form (``piece_headlines``; a question's over a lead naming no day, ``day``
    None: ``undated_question_headlines``), its lead names only days to come (``preview_leads``),
    or its outlet is an opinion section (``outlet_sections``)."""
    title = (item.title or "").strip().lower()
    if config.preview_leads and day == OTHER_TIME:
        return True
    undated = day is None or day == OTHER_TIME
    if config.undated_question_headlines and undated and title:
        if _headlines("story_undated_question_headlines.txt").search(title):
            return True
    if config.explainer_headlines and title and _headlines("story_explainer_headlines.txt").search(title):
        return True
    if config.piece_headlines and title and _headlines().search(title):
        return True
    if config.takeaway_headlines and title and _headlines("story_takeaway_headlines.txt").search(title):
        return True
    outlet = item.outlet.lower()
    if config.outlet_sections and outlet and _headlines("story_outlet_sections.txt").search(outlet):
        return True
    if config.piece_words <= 0:
        return False
    genre = item.genre if item.genre is not None else genre_of(item.text.splitlines(), config.piece_words)
    return genre in config.piece_genres
