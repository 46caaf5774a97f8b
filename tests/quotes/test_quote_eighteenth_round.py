"""Issue 17's eighteenth round of quote rules, from the first-run errors of the unseen18 AllSides
set, on invented text: each rule finds what a careful reader would, and switching its group off
shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules

SCHOLAR = (
    "“Grades tell you little,” said Alan Brooks, a senior fellow at the Carver Institute who studies "
    "the presidency.\n\n"
    "Mr. Brooks said there is no link between grades and performance in office.\n\n"
    "Governor Ruth Calder disagreed with him on Tuesday.\n\n"
    "“It turns out to be not much of a guide,” the Carver scholar said. “Truman never went to college.”\n\n"
    "Richard M. Nixon, he said, earned good grades in college but his presidency ended badly."
)


def test_the_subject_a_pronoun_tag_interrupts_is_not_the_pronoun(quotes_of, first_quote):
    found = quotes_of(SCHOLAR)
    assert first_quote(found, "earned good grades").speaker == "Alan Brooks"
    with rules.switched_off(["tag_not_subject"]):
        assert first_quote(quotes_of(SCHOLAR), "earned good grades").speaker == "Richard M. Nixon"


def test_a_description_by_the_body_someone_was_introduced_with(quotes_of, first_quote):
    found = quotes_of(SCHOLAR)
    assert first_quote(found, "It turns out").speaker == "Alan Brooks"
    assert first_quote(found, "Truman never").speaker == "Alan Brooks"
    with rules.switched_off(["affiliation_named"]):
        assert first_quote(quotes_of(SCHOLAR), "It turns out").speaker != "Alan Brooks"


TOLD = (
    "Protesters held a rally outside the Capitol on Thursday night. At the same time, Channel Nine "
    "News is told House Democrats are wary of stoking an already volatile situation."
)


def test_the_subject_of_a_passive_telling_verb_hears_and_does_not_speak(quotes_of, first_quote):
    quote = first_quote(quotes_of(TOLD), "House Democrats are wary")
    assert quote is not None and quote.speaker is None
    with rules.switched_off(["hearer_not_speaker"]):
        assert first_quote(quotes_of(TOLD), "House Democrats are wary").speaker == "Channel Nine News"


TERM = (
    "“We have been searching for evidence for six years,” says Dale Irwin, a retired general. "
    "“And we are still looking.”\n\n"
    "“Intensive questioning” is the name officials gave to a series of tough practices."
)


def test_a_quotation_that_a_copula_calls_a_name_is_nobodys(quotes_of, first_quote):
    assert first_quote(quotes_of(TERM), "Intensive questioning").speaker is None
    with rules.switched_off(["words_named_after"]):
        assert first_quote(quotes_of(TERM), "Intensive questioning").speaker == "Dale Irwin"


CONGRESSMAN = (
    "Ohio Rep. Tom Avery said in an interview that he is still waiting for an answer to his letter.\n\n"
    "Based on that, the Congressman said it may be necessary to form a special committee."
)


def test_one_role_under_two_words(quotes_of, first_quote):
    assert first_quote(quotes_of(CONGRESSMAN), "it may be necessary").speaker == "Tom Avery"
    with rules.switched_off(["role_synonyms"]):
        assert first_quote(quotes_of(CONGRESSMAN), "it may be necessary").speaker is None


# the tagger reads "Trump notes" as a noun compound here (a public name in an invented sentence)
NOTES = (
    "Many in the administration acknowledge the program is still growing, but Trump notes that the "
    "rhetoric has cooled."
)


def test_a_name_the_tagger_made_a_compound_of_the_speech_verb_speaks(quotes_of, first_quote):
    assert first_quote(quotes_of(NOTES), "the rhetoric has cooled").speaker == "Trump"
    with rules.switched_off(["compound_subject"]):
        assert first_quote(quotes_of(NOTES), "the rhetoric has cooled").speaker is None


CASE = (
    "The gifts aren't an endorsement, the spokesmen said, and in any case the firms give the same "
    "amount to both parties."
)


def test_a_conjunct_after_a_tag_may_open_with_a_phrase(quotes_of, first_quote):
    assert first_quote(quotes_of(CASE), "and in any case the firms") is not None
    with rules.switched_off(["adverbial_before_conjunct"]):
        assert first_quote(quotes_of(CASE), "and in any case the firms") is None


def test_pointed_out_reports_and_a_hyphenated_pollster_issues_its_poll(quotes_of, first_quote):
    found = quotes_of(
        "Some senators pointed out that the two were not the only options.\n\n"
        "Fifty-nine percent of voters support a second term, according to the Rutgers-Eagleton poll."
    )
    assert first_quote(found, "the two were not the only options") is not None
    assert first_quote(found, "Fifty-nine percent").speaker == "Rutgers-Eagleton"


def test_under_the_name_is_a_name_not_a_quote(quotes_of, first_quote):
    found = quotes_of(
        "A story circulated that he studied abroad under the name “Barry Lindqvist” for a year."
    )
    assert first_quote(found, "Barry Lindqvist") is None


def test_a_surname_is_not_a_misspelling_of_another_persons_given_name(nlp):
    from newsprism.quotes.mention_names import _capitalised_counts, _spelled_elsewhere

    doc = nlp(
        "A new film follows the long search for Osama bin Laden. Critics say the movie gets the story "
        "of Osama bin Laden wrong. President Obama took office in January."
    )
    counts = _capitalised_counts(doc)
    assert _spelled_elsewhere(doc, counts, "Obama") is None  # a given name, not a misspelt surname
    with rules.switched_off(["given_name_not_surname"]):
        assert _spelled_elsewhere(doc, counts, "Obama") == "Osama"


LONE = (
    "Police Chief Dana Reyes said the gunman was a “lone wolf” and no explosives had been found in the "
    "area around the cafe."
)


def test_a_clause_coordinated_after_quoted_words_is_reported_too(quotes_of, first_quote):
    found = quotes_of(LONE)
    assert first_quote(found, "lone wolf").speaker == "Dana Reyes"
    assert first_quote(found, "no explosives had been found").speaker == "Dana Reyes"
    with rules.switched_off(["conjunct_after_quoted"]):
        assert first_quote(quotes_of(LONE), "no explosives") is None
