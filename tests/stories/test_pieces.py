"""Opinion columns and roundups of views: beside the development's story, under its storyline."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_stories import DAM, _add, _raw

from newsprism.config import Settings
from newsprism.store.store import Store
from newsprism.stories.features import OTHER_TIME, ArticleInfo, StoryConfig
from newsprism.stories.pieces import is_piece

# A column about the dam burst (DAM, Tuesday 2024-04-02), labelled as opinion, the same day.
COLUMN = (
    "valley-review",
    "2024-04-02",
    "Kestrel dam burst: Velosi ignored the spillway warnings",
    "Opinion contributor Marta Quill. The Kestrel Valley dam gave way on Tuesday and flood water "
    "swept through Lindmoor and Carrow, and Governor Amara Velosi now blames neglect. But the "
    "governor was told of the cracks in the spillway years ago, and 14 residents are missing "
    "because nobody in her office acted on the engineers' warnings.",
)


@pytest.fixture
def store(settings):
    opened = Store(settings.db)
    yield opened
    opened.close()


def _piece(
    text: str, words: int = 60, title: str = "", headlines: bool = False, genre=None, explainers: bool = True
) -> bool:
    item = ArticleInfo("a", "2024-04-02", 0.0, title=title, text=text, genre=genre)
    config = replace(
        StoryConfig.from_settings(Settings.load()),
        piece_words=words,
        piece_headlines=headlines,
        explainer_headlines=explainers,
        undated_question_headlines=False,  # the question rule has its own tests below
    )
    return is_piece(item, config)


def test_a_genre_label_in_the_first_words_of_an_article_stored_without_a_genre_makes_a_piece():
    assert _piece("ANALYSIS/OPINION: The long summer ahead will test the governor.")
    assert _piece("Opinion contributor Marta Quill writes on the flood.")
    assert not _piece("The governor's opinion of the dam was low, she told reporters.")
    assert not _piece("Opinion contributor Marta Quill writes.", 0)  # off
    late = " ".join(["word"] * 80) + " opinion contributor"
    assert not _piece(late)  # a label deep in the text is no genre label


def test_the_stored_genre_decides_not_the_text():
    report = "The Kestrel Valley dam gave way on Tuesday."
    assert _piece(report, genre="opinion")  # its label line was cut in cleaning
    assert _piece(report, genre="editorial")
    assert not _piece(report, genre="analysis")  # an analysis reports: not one of piece_genres
    assert not _piece("ANALYSIS/OPINION: " + report, genre="report")
    assert not _piece(report, 0, genre="opinion")  # off


def _run(store, nlp, settings) -> tuple[dict[str, str], dict[str, str]]:
    raws = [_raw(*item, given_id=f"dam-{i}") for i, item in enumerate(DAM[:2])]
    _add(store, nlp, settings, [*raws, _raw(*COLUMN, given_id="column")])
    story = {a.article_id: a.story_id for a in store.articles()}
    return story, {s.story_id: s.storyline_id for s in store.stories()}


def test_a_column_is_beside_the_story_and_in_its_storyline(store, nlp, settings):
    on = settings.with_(stories=dict(settings.stories, piece_words=60, storyline_link_share=0.0))
    story, lines = _run(store, nlp, on)
    assert story["dam-0"] == story["dam-1"]
    assert story["column"] != story["dam-0"]
    assert lines[story["column"]] == lines[story["dam-0"]]


def test_without_the_label_rule_the_column_joins_the_story(store, nlp, settings):
    off = settings.with_(stories=dict(settings.stories, piece_words=0))
    story, _ = _run(store, nlp, off)
    assert story["column"] == story["dam-0"] == story["dam-1"]


def test_a_headline_of_an_analysis_form_makes_a_piece_when_asked():
    text = "The Kestrel Valley dam gave way on Tuesday."
    for headline in ("The Kestrel dam inquiry, explained", "Analysis: Velosi's flood defence"):
        assert _piece(text, title=headline, headlines=True), headline
        assert not _piece(text, title=headline)  # off by default
    # a report's headline, even one naming a cause or a question mark's absence, is no piece
    assert not _piece(text, title="Kestrel dam bursts, Velosi orders inquiry", headlines=True)
    assert not _piece(text, title="Somehow the dam held for a day", headlines=True)
    # a question is no mark: a report may ask one ("Dam vote by Friday?"), a profile too
    assert not _piece(text, title="Will the Kestrel dam inquiry reach the governor?", headlines=True)


def test_an_explainer_headline_keeps_the_piece_beside_the_story(store, nlp, settings):
    asked = (
        COLUMN[0],
        COLUMN[1],
        "Velosi and the Kestrel dam warnings, explained",
        COLUMN[3].split(". ", 1)[1],
    )
    raws = [_raw(*item, given_id=f"dam-{i}") for i, item in enumerate(DAM[:2])]
    on = settings.with_(stories=dict(settings.stories, piece_headlines=True, piece_words=60))
    _add(store, nlp, on, [*raws, _raw(*asked, given_id="asked")])
    story = {a.article_id: a.story_id for a in store.articles()}
    assert story["dam-0"] == story["dam-1"]
    assert story["asked"] != story["dam-0"]


def test_a_headline_explaining_what_a_development_means_makes_a_piece():
    text = "The Kestrel Valley dam gave way on Tuesday."
    for headline in (
        "What the Kestrel dam ruling means for Lindmoor's farmers",
        "Velosi orders a dam inquiry. Here's what that means for Carrow",
        "Kestrel dam inquiry: what does it mean for the governor?",
        "What Velosi's flood orders mean - and don't mean",
        "Dam board resigns - what it could mean for the valley",
    ):
        assert _piece(text, title=headline), headline
        assert not _piece(text, title=headline, explainers=False), headline  # off
    for headline in (
        "Kestrel dam bursts, Velosi orders inquiry",
        "Velosi redefines what it means to govern a valley",  # "what" opens no clause
        "For the rescuers, what does it mean to wait for a flood?",  # "mean to": no consequence
        "Engineers: we will act once Velosi tells us what her orders mean",
        "Here's what the Kestrel dam inquiry found",  # a finding, reported
    ):
        assert not _piece(text, title=headline), headline


def test_off_by_default():
    assert not StoryConfig.from_settings(Settings.load()).explainer_headlines


def _outlet_piece(outlet: str, on: bool = True) -> bool:
    item = ArticleInfo(
        "a", "2024-04-02", 0.0, title="Kestrel dam bursts", text="The dam gave way.", genre="report"
    )
    config = replace(StoryConfig.from_settings(Settings.load()), outlet_sections=on, piece_words=60)
    item.outlet = outlet
    return is_piece(item, config)


def test_an_outlet_named_as_an_opinion_section_makes_a_piece():
    for outlet in (
        "Valley Herald - Opinion",
        "Carrow Gazette Editorial",
        "Guest Writer - Left",
        "Lindmoor Post (Op-Ed)",
    ):
        assert _outlet_piece(outlet), outlet
        assert not _outlet_piece(outlet, on=False), outlet
    # the section words as whole words only, and an ordinary outlet is no section
    for outlet in ("Valley Herald", "Opinionated Weekly", "Editorialist Press", ""):
        assert not _outlet_piece(outlet), outlet


def test_a_column_filed_under_an_opinion_section_is_beside_the_story(store, nlp, settings):
    # the column's label line gone: only the outlet's section tells that it argues
    unlabelled = ("Valley Review - Opinion", COLUMN[1], COLUMN[2], COLUMN[3].split(". ", 1)[1])
    raws = [_raw(*item, given_id=f"dam-{i}") for i, item in enumerate(DAM[:2])]
    on = settings.with_(stories=dict(settings.stories, outlet_sections=True, piece_words=60))
    _add(store, nlp, on, [*raws, _raw(*unlabelled, given_id="column")])
    story = {a.article_id: a.story_id for a in store.articles()}
    assert story["dam-0"] == story["dam-1"]
    assert story["column"] != story["dam-0"]


def test_without_the_section_rule_the_unlabelled_column_joins_the_story(store, nlp, settings):
    unlabelled = ("Valley Review - Opinion", COLUMN[1], COLUMN[2], COLUMN[3].split(". ", 1)[1])
    raws = [_raw(*item, given_id=f"dam-{i}") for i, item in enumerate(DAM[:2])]
    off = settings.with_(stories=dict(settings.stories, outlet_sections=False, piece_words=60))
    _add(store, nlp, off, [*raws, _raw(*unlabelled, given_id="column")])
    story = {a.article_id: a.story_id for a in store.articles()}
    assert story["column"] == story["dam-0"] == story["dam-1"]


def _asked(title: str, day, on: bool = True, previews: bool = False) -> bool:
    item = ArticleInfo("a", "2024-04-02", 0.0, title=title, text="The dam gave way.", genre="report")
    config = replace(
        StoryConfig.from_settings(Settings.load()),
        undated_question_headlines=on,
        preview_leads=previews,
        piece_words=60,
    )
    return is_piece(item, config, day)


def test_a_question_headline_over_a_lead_naming_no_day_makes_a_piece():
    tuesday = 738978  # the ordinal of a day the lead names
    for headline in (
        "Will the Kestrel dam inquiry reach the governor?",
        "Why Velosi's valley keeps flooding",
        "How the spillway warnings went unread",
    ):
        assert _asked(headline, None), headline  # the lead names no day: it asks, not reports
        assert not _asked(headline, tuesday), headline  # "gave way on Tuesday": a report
        assert not _asked(headline, None, on=False), headline  # off
    assert _asked("Does the dam board answer to Carrow?", OTHER_TIME)  # only days to come
    # a report's headline is no question, whatever its lead says
    for headline in ("Kestrel dam bursts, Velosi orders inquiry", "Whyte named dam inspector"):
        assert not _asked(headline, None), headline


def test_the_question_rule_is_on_by_default_and_the_preview_rule_off():
    config = StoryConfig.from_settings(Settings.load())
    assert config.undated_question_headlines and not config.preview_leads


def test_a_lead_naming_only_days_to_come_makes_a_preview_when_asked():
    assert _asked("Dam board to vote on the spillway", OTHER_TIME, on=False, previews=True)
    assert not _asked("Dam board to vote on the spillway", OTHER_TIME, on=False)
    assert not _asked("Dam board votes on the spillway", None, on=False, previews=True)


def test_a_headline_labelled_as_a_reading_of_the_development_makes_a_piece():
    text = "Governor Amara Velosi spoke to a crowd in Lindmoor on Tuesday night."
    base = replace(
        StoryConfig.from_settings(Settings.load()), piece_words=0, undated_question_headlines=False
    )
    on, off = replace(base, takeaway_headlines=True), replace(base, takeaway_headlines=False)
    for headline in (
        "Fact check: Velosi's Lindmoor speech repeated five false claims",
        "Fact-checking Velosi's dam promises",
        "Five takeaways from Velosi's Lindmoor rally",
        "3 winners and 2 losers from the Kestrel dam hearing",
    ):
        item = ArticleInfo("a", "2024-04-02", 0.0, title=headline, text=text)
        assert is_piece(item, on), headline
        assert not is_piece(item, off), headline  # off: a report
    for headline in ("Velosi checks the facts of the dam burst", "Velosi wins Lindmoor, rivals lose ground"):
        assert not is_piece(ArticleInfo("a", "2024-04-02", 0.0, title=headline, text=text), on), headline
