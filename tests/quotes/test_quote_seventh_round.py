"""Issue 17's seventh round of quote rules, from the first-run errors of the unseen8 AllSides set,
on invented text: each named rule group finds what a careful reader would (and no more), and
switching the group off shows what it is worth."""

from __future__ import annotations

from spacy.tokens import Doc

from newsprism.models import Quote
from newsprism.quotes import rules
from newsprism.quotes.mention_names import name_speakers_from_mentions
from newsprism.quotes.speakers import _pronoun_of_unnamed_relative

LAWSUIT = (
    "Mara Oyelaran, a former bank teller, has filed a lawsuit against the Halden Credit Union in state court.\n\n"
    "The lawsuit says the bank is run with “a culture of fear.”\n\n"
    "More specifically, it accuses the bank of “punishing anyone who asked about overtime.”\n\n"
    "The suit also claims that managers were “told to ignore the complaints.”\n\n"
    "In March, four other tellers filed a lawsuit against the bank, saying it cut their hours.\n\n"
    "The suit also claims that the bank “kept two sets of books.”"
)


def test_a_filed_documents_words_are_the_filers(quotes_of, first_quote):
    found = quotes_of(LAWSUIT)
    assert first_quote(found, "a culture of fear").speaker == "Mara Oyelaran"
    assert first_quote(found, "told to ignore").speaker == "Mara Oyelaran"
    with rules.switched_off(["filed_documents"]):
        assert first_quote(quotes_of(LAWSUIT), "a culture of fear").speaker is None


def test_it_after_the_lawsuit_is_the_lawsuit_not_the_accused(quotes_of, first_quote):
    assert first_quote(quotes_of(LAWSUIT), "punishing anyone").speaker == "Mara Oyelaran"


def test_a_lawsuit_filed_by_unnamed_people_stays_unnamed(quotes_of, first_quote):
    assert first_quote(quotes_of(LAWSUIT), "kept two sets").speaker is None


def test_the_apposition_of_a_name_speaks_for_the_name(hand_parse):
    # "Lena Vosk , a former clerk who quit , has sued": the phrase "a former clerk" is the apposition
    words = ["Lena", "Vosk", ",", "a", "former", "clerk", "who", "quit", ",", "has", "sued", "."]
    heads = [1, 10, 1, 5, 5, 1, 7, 5, 1, 10, 10, 10]
    deps = [
        "compound",
        "nsubj",
        "punct",
        "det",
        "amod",
        "appos",
        "nsubj",
        "relcl",
        "punct",
        "aux",
        "ROOT",
        "punct",
    ]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PRON", "VERB", "PUNCT", "AUX", "VERB", "PUNCT"]
    doc = hand_parse(words, heads, deps, pos, [(0, 2, "PERSON")])
    phrase = doc[3:6]
    quote = Quote(article_id="t1", text="x", start=0, end=1, kind="indirect", sentence="x")
    quote.speaker_start, quote.speaker_end = phrase.start_char, phrase.end_char
    name_speakers_from_mentions(doc, [quote], tidy=False)
    assert quote.speaker == "Lena Vosk"
    quote.speaker = None
    with rules.switched_off(["apposed_name"]):
        name_speakers_from_mentions(doc, [quote], tidy=False)
    assert quote.speaker is None


def test_a_proper_name_apposed_after_the_phrase_speaks(hand_parse):
    # "the blog Harbourwatch accused them": the phrase "the blog" with the name in apposition after it
    words = ["the", "blog", "Harbourwatch", "accused", "them", "."]
    heads = [1, 3, 1, 3, 3, 3]
    deps = ["det", "nsubj", "appos", "ROOT", "dobj", "punct"]
    pos = ["DET", "NOUN", "PROPN", "VERB", "PRON", "PUNCT"]
    doc = hand_parse(words, heads, deps, pos, [])
    quote = Quote(article_id="t1", text="x", start=0, end=1, kind="partial", sentence="x")
    quote.speaker_start, quote.speaker_end = doc[0:2].start_char, doc[0:2].end_char
    name_speakers_from_mentions(doc, [quote], tidy=False)
    assert quote.speaker == "Harbourwatch"


def test_according_to_an_outlet_the_named_speaker_still_speaks(quotes_of, first_quote):
    text = "According to the Ledger, Okafor said moving the money would help small farms."
    quote = first_quote(quotes_of(text), "moving the money")
    assert quote is not None and quote.speaker == "Okafor"
    with rules.switched_off(["according_to_relay"]):
        assert first_quote(quotes_of(text), "Okafor said moving").speaker != "Okafor"


def test_a_pull_quote_with_name_and_role_on_its_line_is_furniture(quotes_of):
    text = (
        "“The harbour will never be the same again.” Ann Lee Former city treasurer\n\n"
        "The council voted on Monday to sell the old pier.\n\n"
        "Ann Lee said after the vote: “The harbour will never be the same again.”"
    )
    found = quotes_of(text)
    assert len([q for q in found if q.text.startswith("The harbour")]) == 1
    with rules.switched_off(["pull_quote_roles"]):
        assert len([q for q in quotes_of(text) if q.text.startswith("The harbour")]) == 2


def test_the_subject_of_an_inverted_tag_is_no_report(quotes_of):
    text = (
        "“The fund is a group of neighbours who want the pool reopened,” said the blog set up to "
        "promote the fund, which has since closed."
    )
    found = quotes_of(text)
    assert not any(q.text.startswith("the blog") for q in found)
    with rules.switched_off(["inverted_tag"]):
        assert any(q.text.startswith("the blog") for q in quotes_of(text))


def test_a_chants_words_have_no_named_speaker(quotes_of, first_quote):
    text = (
        "Mayor Piet Jansen spoke for an hour.\n\n"
        "Outside, a street musician led the crowd in a chant of “open the pool now,” which they cheered."
    )
    quote = first_quote(quotes_of(text), "open the pool now")
    assert quote is not None and quote.speaker is None


def test_a_role_with_its_complement_is_the_one_named_later_with_it(quotes_of, first_quote):
    text = (
        "The mayor answered by asking the clerks to find other ways to save money, a spokesman for "
        "Halvorsen said.\n\n"
        "“The pool can wait,” said one city official who was not authorized to speak.\n\n"
        "“We are short of staff,” another official said.\n\n"
        "“The mayor has asked for better options,” Maj. Tom Aldane, a spokesman for Halvorsen, told "
        "reporters on Friday."
    )
    quote = first_quote(quotes_of(text), "The mayor answered")
    assert quote is not None and quote.speaker == "Tom Aldane"
    with rules.switched_off(["role_complement_named_later"]):
        assert first_quote(quotes_of(text), "The mayor answered").speaker is None


def test_a_possessed_profile_is_its_owners(quotes_of, first_quote):
    text = (
        "Denise Okafor joined the board in 2019.\n\n"
        "According to Okafor’s Facebook page, she left the bank in December and has run a bakery since."
    )
    quote = first_quote(quotes_of(text), "she left the bank")
    assert quote is not None and quote.speaker == "Denise Okafor"


def test_compared_to_frames_the_quoted_words(quotes_of, first_quote):
    text = "In an interview, Oskar Menz compared running the club to “herding very stubborn cats.”"
    quote = first_quote(quotes_of(text), "herding very stubborn cats")
    assert quote is not None and quote.speaker == "Oskar Menz"


def test_the_company_is_not_the_public_body_of_the_sentence_before(quotes_of, first_quote):
    text = (
        "Halden Foods said on Monday that it would close two bakeries.\n\n"
        "The Labour Ministry is separately investigating pay at Halden Foods. The company says it has "
        "found no pay gap in its own review."
    )
    quote = first_quote(quotes_of(text), "it has found no pay gap")
    assert quote is not None and quote.speaker != "Labour Ministry"
    with rules.switched_off(["business_not_public_body"]):
        assert first_quote(quotes_of(text), "it has found no pay gap").speaker == "Labour Ministry"


def test_a_one_word_name_written_in_camel_case_is_kept_whole(nlp):
    doc = nlp("DataWatch disputed the claims.")
    quote = Quote(article_id="t1", text="x", start=0, end=1, kind="partial", sentence="x")
    quote.speaker, quote.speaker_type = "DataWatch", "PERSON"
    name_speakers_from_mentions(doc, [quote])
    assert quote.speaker == "DataWatch"
    glued = Quote(article_id="t1", text="x", start=0, end=1, kind="partial", sentence="x")
    glued.speaker, glued.speaker_type = "Mara Lindqvist Mara Elin LindqvistHolm", "PERSON"
    name_speakers_from_mentions(doc, [glued])
    assert glued.speaker == "Mara Lindqvist"


def test_a_title_in_apposition_to_a_work_noun_is_no_quote(quotes_of, first_quote):
    text = (
        "“We found no effect at all,” Oskar Menz said.\n\n"
        "The study, “Measuring the effect of harbour tolls on small fishing towns in 2019”, was written "
        "by Oskar Menz and Ada Rowe."
    )
    assert first_quote(quotes_of(text), "Measuring the effect") is None
    with rules.switched_off(["title_in_apposition"]):
        assert first_quote(quotes_of(text), "Measuring the effect") is not None


def test_they_in_a_relative_clause_is_its_unnamed_noun(nlp):
    # "bloggers , who attacked Ann over what they said was false": they are the bloggers
    words = ["bloggers", ",", "who", "attacked", "Ann", "over", "what", "they", "said", "was", "false"]
    heads = [0, 0, 3, 0, 3, 3, 8, 8, 5, 8, 9]
    deps = ["ROOT", "punct", "nsubj", "relcl", "dobj", "prep", "dobj", "nsubj", "pcomp", "ccomp", "acomp"]
    pos = ["NOUN", "PUNCT", "PRON", "VERB", "PROPN", "ADP", "PRON", "PRON", "VERB", "AUX", "ADJ"]
    tags = ["NNS", ",", "WP", "VBD", "NNP", "IN", "WP", "PRP", "VBD", "VBD", "JJ"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert _pronoun_of_unnamed_relative(doc[7])
    with rules.switched_off(["relative_antecedent"]):
        assert not _pronoun_of_unnamed_relative(doc[7])
