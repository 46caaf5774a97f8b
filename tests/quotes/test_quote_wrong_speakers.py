"""Issue 17, wrong speakers (helper quotes42c): a wrong name is graver than none, so where the
evidence for a pronoun's person is weak the quote keeps no speaker; invented text through real
spaCy, and switching the group off shows the guess it prevents."""

from __future__ import annotations

from newsprism.quotes import rules

SURNAME_ONLY = (
    "Mayor Daniel Ortmann opened the new bridge on Monday. “It took us ten years,” Ortmann said.\n\n"
    "“The bridge will carry the heavy trucks from the quarry,” Holloway said. When a reporter asked "
    "about the cost of the work, Holloway would not elaborate.\n\n"
    "“I am not free to talk about the contract,” he said."
)


def test_a_speaker_met_by_surname_only_keeps_the_pronoun_from_an_older_name(quotes_of, first_quote):
    # the recogniser reads "Holloway" as an organisation at both places: a person or a body, so no guess
    assert first_quote(quotes_of(SURNAME_ONLY), "I am not free").speaker is None
    with rules.switched_off(["unknown_subject_unclear"]):
        assert first_quote(quotes_of(SURNAME_ONLY), "I am not free").speaker == "Daniel Ortmann"


def test_a_name_known_in_full_is_still_the_pronouns_person(quotes_of, first_quote):
    text = SURNAME_ONLY.replace(
        "“The bridge will", "Carl Holloway, the city engineer, spoke next. “The bridge will"
    )
    assert first_quote(quotes_of(text), "I am not free").speaker == "Carl Holloway"
