"""Issue 17's fifth round of quote rules, on invented text: each named rule group finds what a
careful reader would (and no more), and switching the group off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules


def test_a_participle_on_a_tweet_is_the_clause_subject_s(quotes_of, first_quote):
    text = (
        "Governor Alma Reyes pushed back against a wave of criticism of the levy, with a tweet saying "
        "“levies are fair and easy to defend.”"
    )
    assert first_quote(quotes_of(text), "levies are fair").speaker == "Alma Reyes"
    with rules.switched_off(["participle_clause"]):
        assert first_quote(quotes_of(text), "levies are fair").speaker is None


def test_a_participle_after_a_preposition_is_the_clause_subject_s(quotes_of, first_quote):
    text = (
        "Governor Alma Reyes is facing anger from farmers after announcing a levy on imported grain "
        "for “a very long time.”"
    )
    assert first_quote(quotes_of(text), "a very long time").speaker == "Alma Reyes"


def test_a_possessed_speech_noun_keeps_its_own_speaker(quotes_of, first_quote):
    text = "Alma Reyes answered Tomas Lind, with Lind's statement saying “the levy is a theft.”"
    assert first_quote(quotes_of(text), "the levy is a theft").speaker != "Alma Reyes"


def test_the_name_in_a_short_tag_speaks_not_a_name_inside_the_quote(quotes_of, first_quote):
    text = (
        "Author Piet Varga has studied the tapes for years.\n\n"
        "“Marrow narrates the audio version,” Varga notes. “The critics praised him for it.”"
    )
    found = quotes_of(text)
    assert first_quote(found, "Marrow narrates").speaker == "Piet Varga"
    assert first_quote(found, "The critics praised").speaker == "Piet Varga"


def test_the_report_said_is_the_body_that_issued_it(quotes_of, first_quote):
    text = (
        "The report from the Civic Ledger Institute reviewed three weeks of search results.\n\n"
        "Most results came from two sites, the report said.\n\n"
        "The group also looked at video results. Few were local.\n\n"
        "“This does not show intent,” the report said. “It shows a pattern,” it added."
    )
    found = quotes_of(text)
    assert first_quote(found, "This does not show intent").speaker == "Civic Ledger Institute"
    assert first_quote(found, "It shows a pattern").speaker == "Civic Ledger Institute"
    with rules.switched_off(["document_owner"]):
        assert first_quote(quotes_of(text), "This does not show intent").speaker is None


def test_a_report_never_tied_to_an_issuer_stays_unnamed(quotes_of, first_quote):
    text = "A report circulated last week.\n\n“Prices will rise,” the report said."
    assert first_quote(quotes_of(text), "Prices will rise").speaker is None


def test_a_name_before_an_event_noun_or_called_a_headline_is_not_a_quote(quotes_of, first_quote):
    text = (
        "At the Grange “Harvest Nation” conference on Friday, Mara Dent spoke for an hour.\n\n"
        "“Farm towns fight back against levy” is the headline over one local story."
    )
    found = quotes_of(text)
    assert first_quote(found, "Harvest Nation") is None
    assert first_quote(found, "Farm towns fight back") is None
    with rules.switched_off(["titles_named_after"]):
        found = quotes_of(text)
        assert (
            first_quote(found, "Harvest Nation") is not None and first_quote(found, "Farm towns") is not None
        )


def test_a_pull_quote_is_not_a_second_quote(quotes_of, first_quote):
    text = (
        "Mara Dent spoke to growers in Ashby on Friday.\n\n"
        "“Grow what the soil wants.” Mara Dent\n\n"
        "She closed her remarks on a strong note: “Grow what the soil wants.”"
    )
    found = [q for q in quotes_of(text) if q.text.startswith("Grow what")]
    assert len(found) == 1 and found[0].start > text.index("strong note")
    with rules.switched_off(["pull_quotes"]):
        assert len([q for q in quotes_of(text) if q.text.startswith("Grow what")]) == 2


def test_a_speech_verb_hung_on_a_relative_clause_is_the_main_subject_s(quotes_of, first_quote):
    text = "Pilot Rana Okoye gave credit to the women who came before her and said “the hard work paid off.”"
    assert first_quote(quotes_of(text), "the hard work paid off").speaker == "Rana Okoye"
    with rules.switched_off(["conj_of_relative"]):
        assert first_quote(quotes_of(text), "the hard work paid off").speaker != "Rana Okoye"


def test_speaking_about_frames_the_quoted_words(quotes_of, first_quote):
    text = "Mara Dent avoided the feud. Instead, she spoke about the need for growers to “pull together.”"
    assert first_quote(quotes_of(text), "pull together").speaker == "Mara Dent"


def test_headlines_listed_under_a_bare_label_are_not_quotes(quotes_of, first_quote):
    text = (
        "“We will appeal,” said Dana Ruiz, the growers' lawyer.\n\n"
        "ALSO:\n\n"
        "Grain prices: More farmers want 'firm limits,' survey says\n\n"
        "Ashby council votes on new levy"
    )
    found = quotes_of(text)
    assert first_quote(found, "We will appeal").speaker == "Dana Ruiz"
    assert first_quote(found, "firm limits") is None
    with rules.switched_off(["link_lists"]):
        assert first_quote(quotes_of(text), "firm limits") is not None


def test_a_paragraph_after_a_bare_label_that_reads_as_prose_keeps_its_quotes(quotes_of, first_quote):
    text = "ALSO:\n\nThe council said the levy was “a fair price to pay,” and it voted on Monday to keep it."
    assert first_quote(quotes_of(text), "a fair price to pay") is not None


def test_a_quantity_or_an_adverb_is_never_a_speaker(quotes_of):
    from newsprism.models import Quote
    from newsprism.quotes.non_speakers import drop_non_speakers

    text = "“We will see,” A number said. “Maybe,” he said offhand."
    found = quotes_of(text)
    assert all(q.speaker not in ("A number", "offhand", "A Number") for q in found)
    doc_quotes = [
        Quote("t1", "We will see", 1, 12, "direct", speaker="A number", speaker_mention="A number"),
        Quote("t1", "Maybe", 30, 35, "direct", speaker="Mara Dent", speaker_mention="Mara Dent"),
    ]
    drop_non_speakers(None, doc_quotes)
    assert doc_quotes[0].speaker is None and doc_quotes[1].speaker == "Mara Dent"
    with rules.switched_off(["no_word_speakers"]):
        kept = [Quote("t1", "We will see", 1, 12, "direct", speaker="Many", speaker_mention="Many")]
        drop_non_speakers(None, kept)
        assert kept[0].speaker == "Many"


def test_a_possessed_role_is_the_holder_introduced_next_under_a_synonym(quotes_of, first_quote):
    text = (
        "Within hours of the ruling, farmer Tomas Lind's lawyer announced that he would appeal the fine. "
        "Attorney Karen Walsh also said that she would seek damages for Lind."
    )
    found = quotes_of(text)
    assert first_quote(found, "he would appeal the fine").speaker == "Karen Walsh"
    with rules.switched_off(["role_named_next_possessed"]):
        assert first_quote(quotes_of(text), "he would appeal the fine").speaker is None


def test_a_possessed_role_is_not_someone_of_another_role(quotes_of, first_quote):
    text = (
        "Farmer Tomas Lind's lawyer announced that he would appeal the fine. "
        "Prosecutor Karen Walsh also said that she would oppose it."
    )
    assert first_quote(quotes_of(text), "he would appeal the fine").speaker != "Karen Walsh"
