"""quotes.mention_names: a speaker phrase the cue found names the speaker when resolution did not."""

from __future__ import annotations

from newsprism.models import Quote
from newsprism.quotes.mention_names import name_speakers_from_mentions


def _quote_with_phrase(doc, phrase: str) -> Quote:
    start = doc.text.index(phrase)
    return Quote(
        "a",
        "x",
        0,
        1,
        "indirect",
        speaker_mention=phrase,
        speaker_start=start,
        speaker_end=start + len(phrase),
    )


def test_an_apposition_a_pair_and_a_document_name_their_speakers(nlp):
    text = (
        "David Mullins and Charlie Craig sued the bakery. James Lewis, a security expert at a think tank, "
        "said the attack may come soon. Mullins and Craig said the ruling was narrow. "
        "A ProPublica article said the agency had leaked the files."
    )
    doc = nlp(text)
    quotes = [
        _quote_with_phrase(doc, "James Lewis, a security expert at a think tank"),
        _quote_with_phrase(doc, "Mullins and Craig"),
        _quote_with_phrase(doc, "A ProPublica article"),
    ]
    name_speakers_from_mentions(doc, quotes)
    assert [q.speaker for q in quotes] == ["James Lewis", "David Mullins and Charlie Craig", "ProPublica"]


def test_a_resolved_speaker_and_an_unnamed_source_are_left_alone(nlp):
    doc = nlp("A senior official said the talks had stalled. Maria Lopez said they had not.")
    unnamed = _quote_with_phrase(doc, "A senior official")
    resolved = _quote_with_phrase(doc, "Maria Lopez")
    resolved.speaker = "Maria Lopez"
    name_speakers_from_mentions(doc, [unnamed, resolved])
    assert unnamed.speaker is None and resolved.speaker == "Maria Lopez"


def test_a_surname_misspelt_once_takes_the_spelling_the_article_uses(nlp):
    doc = nlp(
        "The governor picked William Cowan for the seat. Cowan joined the administration in 2009. "
        '"I can do the job," said Cowen.'
    )
    quote = _quote_with_phrase(doc, "Cowen")
    quote.speaker, quote.speaker_type = "Cowen", "PERSON"
    name_speakers_from_mentions(doc, [quote])
    assert quote.speaker == "William Cowan"


def test_a_mistagged_cue_after_a_quote_and_a_body_named_through_its_study(nlp):
    from newsprism.quotes.extract import extract_quotes

    text = (
        "A study at the Brennan Center for Justice at New York University found a rise.\n\n"
        '"The increase in the murder rate is insufficient," the Brennan study notes. '
        '"It is important to remember that."\n'
    )
    found = [(q.text, q.speaker) for q in extract_quotes(nlp(text), "a")]
    assert found == [
        ("The increase in the murder rate is insufficient", "Brennan Center for Justice"),
        ("It is important to remember that.", "Brennan Center for Justice"),
    ]


def test_of_two_full_names_of_a_possessor_the_first_written_names_the_speaker(nlp):
    """ "Velt's campaign said": the article calls him "Richard Velt" and "Dick Velt"; the speaker
    is the one written first, whichever that is, never a choice that changes between runs."""
    for first, second in (("Richard", "Dick"), ("Dick", "Richard")):
        text = (
            f"Senate candidate {first} Velt defended his record on Monday. Supporters said {second} Velt "
            "served with honor. Velt's campaign said the report was a distortion."
        )
        doc = nlp(text)
        quote = Quote("a", "the report was a distortion", 0, 1, "indirect", speaker="Velt's campaign")
        quote.speaker_type = "ORG"
        name_speakers_from_mentions(doc, [quote])
        assert quote.speaker == f"{first} Velt"
