"""Issue 17's fourth round of quote rules, on invented text: each named rule group finds what a
careful reader would (and no more), and switching the group off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules


def test_a_tag_between_commas_reports_what_follows_it(quotes_of, first_quote):
    text = (
        "Lena Morrow studies how groups form. Oftentimes, Morrow explains, our ability to consider "
        "other views gets swallowed up by our need for certainty.\n\nThe lab is small."
    )
    quote = first_quote(quotes_of(text), "our ability to consider")
    assert quote is not None and quote.kind == "indirect" and quote.speaker == "Lena Morrow"
    with rules.switched_off(["parenthetical_tag"]):
        assert first_quote(quotes_of(text), "our ability to consider") is None


def test_a_tag_after_a_subject_reports_the_predicate(quotes_of, first_quote):
    text = "Lena Morrow studies how groups form. That habit, she argues, seems to come from the news."
    assert first_quote(quotes_of(text), "seems to come from").speaker == "Lena Morrow"


def test_after_a_whole_clause_the_words_past_the_tag_are_the_writer_s(quotes_of, first_quote):
    text = (
        "Pell Farms sold the shares, then bought them back, Dana Ruiz charges, when the price fell.\n\n"
        "Nurses at two hospitals voted to strike, their union said, escalating a dispute over staffing."
    )
    found = quotes_of(text)
    assert first_quote(found, "Pell Farms sold the shares").speaker == "Dana Ruiz"
    assert first_quote(found, "when the price fell") is None
    assert first_quote(found, "escalating a dispute") is None


def test_a_clause_before_a_quoted_that_clause_is_its_own_indirect_quote(quotes_of, first_quote):
    text = (
        "Campus spokesman Ivo Marsh stressed that the university was not the host, but that "
        "“we have no right to cancel a student group's invitation.”"
    )
    found = quotes_of(text)
    quote = first_quote(found, "the university was not the host")
    assert quote is not None and quote.kind == "indirect" and quote.speaker == "Ivo Marsh"
    assert first_quote(found, "we have no right").speaker == "Ivo Marsh"
    with rules.switched_off(["clause_before_quoted"]):
        assert first_quote(quotes_of(text), "the university was not the host") is None


def test_an_embedded_post_is_not_a_quote(quotes_of, first_quote):
    text = (
        "The director answered critics online.\n\n"
        "I want to assure you there are no “banned words” here. — Dr Ada Kell (@AgencyHead) "
        "December 17, 2017\n\n"
        "“We will keep talking about every program,” Ada Kell said later."
    )
    found = quotes_of(text)
    assert first_quote(found, "banned words") is None
    assert first_quote(found, "there are no") is None
    assert first_quote(found, "We will keep talking").speaker == "Ada Kell"
    with rules.switched_off(["embedded_posts"]):
        assert first_quote(quotes_of(text), "banned words") is not None


def test_a_thread_above_a_bare_signature_is_an_embedded_post(quotes_of, first_quote):
    text = (
        "“Planning matters,” Tom Vale said on Monday.\n\n"
        "Bottom line: when he says “nobody knew”, he is wrong.\n\n\n\n"
        "/END — Tom Vale (@TomVale) March 16, 2020\n\n"
        "The agency did not reply."
    )
    found = quotes_of(text)
    assert first_quote(found, "Planning matters") is not None
    assert first_quote(found, "nobody knew") is None


def test_a_founding_document_named_as_speaker_speaks(quotes_of, first_quote):
    text = (
        "The Ninth Amendment says: “The enumeration of certain rights shall not be construed to deny "
        "others retained by the people.”"
    )
    assert first_quote(quotes_of(text), "The enumeration").speaker == "Ninth Amendment"
    with rules.switched_off(["laws_speak"]):
        assert first_quote(quotes_of(text), "The enumeration").speaker is None


def test_research_findings_are_not_statements(quotes_of, first_quote):
    text = "Mounting psychological research argues these stories are full of selection bias."
    assert first_quote(quotes_of(text), "these stories") is None
    with rules.switched_off(["study_findings"]):
        assert first_quote(quotes_of(text), "these stories") is not None


def test_a_phrase_quoted_again_is_the_first_speaker_s(quotes_of):
    text = (
        "Former Vice President Ray Dolan said we should stand by Varga and called him our “good "
        "friend.”\n\nThe aid went on for years. When Varga was our “good friend,” he was no friend "
        "to his people."
    )
    found = [q for q in quotes_of(text) if q.text.startswith("good friend")]
    assert [q.speaker for q in found] == ["Ray Dolan", "Ray Dolan"]
    with rules.switched_off(["echoes"]):
        found = [q for q in quotes_of(text) if q.text.startswith("good friend")]
        assert found[-1].speaker is None


def test_a_quotation_opening_a_paragraph_goes_on_with_the_one_person_quoted_before(quotes_of, first_quote):
    text = (
        "Staying neutral is hard for our brains, says Ilan Brodsky, a fellow at a German institute. "
        "And the news is not helping.\n\n"
        "“When people express opinions, our minds assign them to rival coalitions.” We cannot help it."
    )
    assert first_quote(quotes_of(text), "When people express").speaker == "Ilan Brodsky"
    with rules.switched_off(["previous_paragraph_speaker"]):
        assert first_quote(quotes_of(text), "When people express").speaker is None


def test_no_carry_when_the_paragraph_before_named_someone_after_its_quote(quotes_of, first_quote):
    text = (
        "Staying neutral is hard, says Ilan Brodsky. Mara Stein disagrees with him.\n\n"
        "“When people express opinions, our minds assign them to rival coalitions.”"
    )
    assert first_quote(quotes_of(text), "When people express").speaker != "Ilan Brodsky"


def test_a_clause_before_a_quoting_participle_is_its_own_indirect_quote(quotes_of, first_quote):
    text = (
        "Ian Dunmore, the former party leader, said he had serious doubts about the plan, saying the "
        "country kept the “sovereign right to leave” other bodies."
    )
    found = quotes_of(text)
    quote = first_quote(found, "he had serious doubts")
    assert quote is not None and quote.speaker == "Ian Dunmore"
    assert first_quote(found, "sovereign right").speaker == "Ian Dunmore"
    with rules.switched_off(["clause_before_quoted"]):
        assert first_quote(quotes_of(text), "he had serious doubts") is None


def test_it_goes_on_with_a_one_word_speaker_the_model_took_for_a_person(quotes_of, first_quote):
    text = (
        "Twitter subsequently said that it had suspended 284 accounts for “coordinated "
        "manipulation.” Many of the accounts, it said, appear to have originated in Iran."
    )
    found = quotes_of(text)
    speaker = first_quote(found, "coordinated").speaker
    quote = first_quote(found, "appear to have originated")
    assert quote is not None and quote.speaker == speaker == "Twitter"
    with rules.switched_off(["it_mistyped_body"]):  # the model types Twitter PERSON here
        assert first_quote(quotes_of(text), "appear to have originated").speaker is None


def test_quoted_words_in_what_someone_worried_about_are_theirs(quotes_of, first_quote):
    text = "James Madison worried that Congress would draw “all power into its impetuous vortex.”"
    quote = first_quote(quotes_of(text), "all power")
    assert quote is not None and quote.speaker == "James Madison"


def test_an_indefinite_role_is_the_person_named_with_that_role_next(quotes_of, first_quote):
    text = (
        "A spokesperson for the health department said the reported ban was a misrepresentation.\n\n"
        "“The assertion is a complete mischaracterization,” Matt Loyde, an agency spokesman, said."
    )
    assert first_quote(quotes_of(text), "the reported ban").speaker == "Matt Loyde"
    with rules.switched_off(["role_named_next"]):
        assert first_quote(quotes_of(text), "the reported ban").speaker is None


def test_an_indefinite_role_is_not_someone_named_next_in_another_role(quotes_of, first_quote):
    text = (
        "A spokesperson for the health department said the reported ban was a misrepresentation.\n\n"
        "“The assertion is wrong,” said Dr. Sandra Gale, dean of a school of public health."
    )
    assert first_quote(quotes_of(text), "the reported ban").speaker is None
