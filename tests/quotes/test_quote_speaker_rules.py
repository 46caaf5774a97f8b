"""Issue 17's third round of speaker rules, on invented text: each named rule group gives the
speaker a careful reader would name, and switching the group off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules


def _speaker_of(found, words: str):
    return next(q.speaker for q in found if q.text.startswith(words))


def test_a_definite_title_nobody_holds_is_the_person_just_written_about(quotes_of):
    text = (
        "Marta Quillon, the party's nominee in 2012, sat down for an interview with the strategist "
        "Owen Pratt this week. Over the hour, the former Secretary of Commerce predicted that rivals "
        "would try to sway the next vote.\n\n"
        "The weather was mild."
    )
    assert _speaker_of(quotes_of(text), "rivals would") == "Marta Quillon"
    with rules.switched_off(["role_topic"]):
        assert _speaker_of(quotes_of(text), "rivals would") != "Marta Quillon"


def test_a_person_noun_refers_back_to_the_sentence_before(quotes_of):
    text = (
        "Dario Venn did not endorse the mayor. The reality TV star said more praise should go to "
        "people who fix pipes."
    )
    assert _speaker_of(quotes_of(text), "more praise") == "Dario Venn"
    with rules.switched_off(["role_topic"]):
        assert _speaker_of(quotes_of(text), "more praise") is None


def test_a_definite_title_someone_else_holds_is_not_guessed(quotes_of):
    text = (
        "Governor Lena Toft met Paul Arkin on Monday. Arkin praised the plan. "
        "The governor said the plan would pass."
    )
    assert _speaker_of(quotes_of(text), "the plan would pass") == "Lena Toft"


def test_quoted_words_in_a_possessed_accusation_are_the_possessor_s(quotes_of):
    text = (
        "“Shameless nonsense” — that is what the Harbor Party is saying in response to Nadia "
        "Ferro’s accusation that their candidate is “secretly” a “foreign agent.”"
    )
    found = quotes_of(text)
    assert _speaker_of(found, "secretly") == "Nadia Ferro"
    assert _speaker_of(found, "Shameless nonsense") == "Harbor Party"
    with rules.switched_off(["possessed_speech"]):
        assert _speaker_of(quotes_of(text), "secretly") != "Nadia Ferro"


def test_a_participle_right_after_a_quote_continues_the_turn(quotes_of):
    text = (
        "When asked how many people his office employs, Ravi Mendel said he did not know.\n\n"
        "“I really don't have that number right now,” adding that the office employs a dozen clerks."
    )
    found = quotes_of(text)
    assert _speaker_of(found, "I really") == "Ravi Mendel"
    assert _speaker_of(found, "the office employs") == "Ravi Mendel"
    with rules.switched_off(["participle_turn"]):
        assert _speaker_of(quotes_of(text), "I really") is None


def test_a_participle_on_a_clause_of_its_own_takes_no_earlier_speaker(quotes_of):
    text = (
        "“Nothing to add,” Tomas Grell said as he left.\n\n"
        "Minutes after the ruling, a statement went out, calling the verdict “a disgrace.”"
    )
    assert _speaker_of(quotes_of(text), "a disgrace") != "Tomas Grell"


def test_a_split_quote_is_not_given_to_the_next_sentence_s_subject(quotes_of):
    text = (
        "“I am not predicting anything, but they have picked someone,” Elena Darrow said. “She is "
        "their favourite. They have bots supporting her.” Mira Gold responded on Twitter, with a "
        "charge of her own: that Darrow had run a smear campaign against her."
    )
    assert _speaker_of(quotes_of(text), "She is their") == "Elena Darrow"
    with rules.switched_off(["split_turn"]):
        assert _speaker_of(quotes_of(text), "She is their") == "Mira Gold"


def test_a_short_tag_after_a_closed_quote_still_names_the_speaker(quotes_of):
    text = "Reporters crowded the hall.\n\n“We won.” Jana Holm said."
    assert _speaker_of(quotes_of(text), "We won") == "Jana Holm"


def test_criticised_for_saying_gives_the_words_to_the_subject(quotes_of):
    text = "Senator Hal Brix has received criticism for saying he would close every border crossing."
    assert _speaker_of(quotes_of(text), "he would close") == "Hal Brix"
    with rules.switched_off(["for_saying_subject", "participle_clause"]):  # both name the subject
        assert _speaker_of(quotes_of(text), "he would close") != "Hal Brix"


def test_a_relative_sharing_the_surname_does_not_unseat_the_speaker(quotes_of):
    text = (
        "Police said Corin Vale, 31, was found in a park. His sister, Ada Vale, wrote online. "
        "“The police have told us nothing,” Ada Vale said in a post. “Mr. Vale’s family wants "
        "answers!”"
    )
    assert _speaker_of(quotes_of(text), "Mr. Vale") == "Ada Vale"
    with rules.switched_off(["shared_surname"]):
        assert _speaker_of(quotes_of(text), "Mr. Vale") is None


def test_a_definite_title_after_two_subjects_is_not_guessed(quotes_of):
    text = (
        "Nora Vance faces her biggest test today as voters head to the polls and Carl Ruddock "
        "looms large in her state, but the Ohio senator says she is not worried about it."
    )
    assert _speaker_of(quotes_of(text), "she is not worried") is None


def test_a_report_in_an_outlet_speaks_for_the_outlet(quotes_of):
    text = "Gale Morrow attacked Ivo Lenz, even after a report in BuzzFeed said the agency had praised him."
    assert _speaker_of(quotes_of(text), "the agency had praised") == "BuzzFeed"
    with rules.switched_off(["report_in_outlet"]):
        assert _speaker_of(quotes_of(text), "the agency had praised") is None


def test_the_speech_word_ending_a_colon_lead_in_is_the_cue(quotes_of):
    text = (
        "“I would never sign that,” Mark Laval said, pointing to a memo that alleged fraud at the "
        "agency. Laval was asked by the host why he didn’t put out a statement replying: “The "
        "whole point was to warn them first. That was the point.”"
    )
    found = quotes_of(text)
    quote = next(q for q in found if q.text.startswith("The whole point"))
    assert quote.speaker == "Mark Laval" and quote.cue == "replying"
    with rules.switched_off(["colon_speech_word"]):
        quote = next(q for q in quotes_of(text) if q.text.startswith("The whole point"))
        assert quote.speaker != "Mark Laval"


def test_he_after_a_named_report_in_the_paragraph_is_that_speaker(quotes_of):
    text = (
        "Omar Kessel, who ran the campaign, told the court that Lyle Brandt had boasted "
        "about his ties to the website. Staff saw Brandt as the “access point” to the website, he said."
    )
    assert _speaker_of(quotes_of(text), "access point") == "Omar Kessel"
    with rules.switched_off(["pronoun_turn"]):
        assert _speaker_of(quotes_of(text), "access point") == "Lyle Brandt"


def test_the_answer_to_a_question_is_not_the_asker_s(quotes_of):
    # an asker whose given name says nothing of gender: only the rule keeps "she" off the asker
    text = "“Will you resign?” asked Robin Dunne. “Not today,” she said, smiling at Dana Whitlow."
    assert _speaker_of(quotes_of(text), "Not today") != "Robin Dunne"
    with rules.switched_off(["not_the_asker"]):
        assert _speaker_of(quotes_of(text), "Not today") == "Robin Dunne"
