"""Issue 17: span rules for quotation marks, from the span errors of all 21 real quote splits pooled,
on invented text: quoted names are not quotes, and real quoted sentences stay quotes."""

from __future__ import annotations

from newsprism.quotes import rules

PROGRAMME = (
    "“We will not confirm anyone until the ministry answers us,” Senator Ilse Marwood said on "
    "KXN’ “Morning Ledger.” “Did anyone call the embassy?”\n\n"
    'Rep. Dario Pell said on Harbor TV \'s "Evening Desk." He spoke for ten minutes.\n\n'
    "Readers can apply on the city website by looking for “Renters: Claim Your Rebate Here.” "
    "The form takes five minutes.\n\n"
    "Marwood, Ilse. 2019. “Harbors and Wages: A Study of Coastal Towns.” Unpublished manuscript."
)


def test_a_title_ending_its_sentence_is_no_quote(quotes_of, first_quote):
    found = quotes_of(PROGRAMME)
    for title in ("Morning Ledger", "Evening Desk", "Renters: Claim", "Harbors and Wages"):
        assert first_quote(found, title) is None, title
    ministry = first_quote(found, "We will not confirm anyone")
    assert ministry is not None and ministry.speaker == "Ilse Marwood"
    assert first_quote(found, "Did anyone call the embassy?") is not None
    with rules.switched_off(["titles_closing_period"]):
        found = quotes_of(PROGRAMME)
        assert first_quote(found, "Morning Ledger") is not None
        assert first_quote(found, "Harbors and Wages") is not None


SENTENCES = (
    "Protesters carried a banner that read “WE WILL NOT BE MOVED.” The march ended at noon.\n\n"
    "The group called on its members to fight “the bankers, the lobbyists and the Senators.”"
)


def test_a_sentence_in_marks_stays_a_quote(quotes_of, first_quote):
    found = quotes_of(SENTENCES)
    assert first_quote(found, "WE WILL NOT BE MOVED") is not None  # shouted, not a title
    assert first_quote(found, "the bankers, the lobbyists") is not None  # lower-case opening


LINKS = (
    "The summit opens on Monday in Geneva, the ministry said.\n\n"
    "More:From the harbor to ‘Iron Gate’: A short history of the port dispute\n\n"
    "The delegates will meet for three days."
)


def test_a_link_label_glued_to_its_headline(quotes_of, first_quote):
    assert first_quote(quotes_of(LINKS), "Iron Gate") is None
    # debris_lines also drops the line (the cleaner's "promo" rule): both off to weigh this group
    with rules.switched_off(["glued_link_labels", "debris_lines"]):
        assert first_quote(quotes_of(LINKS), "Iron Gate") is not None


HEADLINE = (
    "Harbor Board ‘Not Worried’ Of Strike Vote\n\n"
    "The harbor board said on Monday that it expects the dockworkers to accept the offer.\n\n"
    "Its chair, Ilse “The Anchor” Marwood, called the vote a formality."
)


def test_capitals_in_a_headline_line_tell_no_title(quotes_of, first_quote):
    found = quotes_of(HEADLINE)
    assert first_quote(found, "Not Worried") is not None  # every word of the line is capitalised
    assert first_quote(found, "The Anchor") is None  # a nickname in a sentence-case line
    with rules.switched_off(["headline_quotes"]):
        assert first_quote(quotes_of(HEADLINE), "Not Worried") is None


def test_a_story_named_after_its_noun_is_a_title(quotes_of, first_quote):
    text = "The film is adapted from Ilse Marwood’s 2009 prize-winning short story “Harbor Lights.”"
    assert first_quote(quotes_of(text), "Harbor Lights") is None
