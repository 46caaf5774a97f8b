"""Relatives sharing a surname inside one article: a bare surname goes to the one a careful
reader would pick (``entities.surname_choice``)."""

from __future__ import annotations

from newsprism.entities.mentions import extract_mentions
from newsprism.models import Article


def _bare(nlp, text: str, surname: str) -> list[str]:
    mentions = extract_mentions(nlp(text), Article(article_id="r1", source="t", text=text))
    return [m.local_name for m in mentions if m.label == "PERSON" and m.text == surname]


def test_a_relative_the_article_opens_with_takes_the_bare_surname(nlp):
    text = (
        "Former first lady Mara Velt wrote an essay about the border camps on Sunday. "
        "Velt said she had visited two of the camps last year. "
        "Her husband, the former president Tom Velt, has not spoken about the policy. "
        "Velt wrote that the images broke her heart."
    )
    assert _bare(nlp, text, "Velt") == ["Mara Velt", "Mara Velt"]


def test_a_relative_named_after_the_other_bearer_does_not(nlp):
    text = (
        "President Velt's daughter, Mara Velt, spoke to reporters at the White House on Monday. "
        "Velt said the trade talks with China would resume next week."
    )
    assert "Mara Velt" not in _bare(nlp, text, "Velt")


def test_a_surname_written_under_a_title_she_does_not_hold_is_not_hers(nlp):
    text = (
        "First lady Mara Velt visited a shelter for migrant children in Texas on Thursday. "
        "President Velt later signed an order ending the separations. "
        "Velt told reporters the order would not end the policy."
    )
    assert "Mara Velt" not in _bare(nlp, text, "Velt")


def test_a_given_name_coordinated_with_a_full_name_is_a_relative_of_that_surname(nlp):
    text = (
        "The envoy looked into the firm before Velt joined the race. "
        "Did the president ever mention Tom or Hunter Velt to the envoy? "
        "Hunter Velt sat on the firm's board for five years, and Velt later defended him."
    )
    mentions = extract_mentions(nlp(text), Article(article_id="r2", source="t", text=text))
    local = {(m.text, m.start): m.local_name for m in mentions if m.label == "PERSON"}
    bare = [name for (written, _), name in local.items() if written == "Velt"]
    assert bare and all(name == "Tom Velt" for name in bare)
    assert all(name == "Hunter Velt" for (written, _), name in local.items() if written == "Hunter Velt")


def test_a_surname_after_and_is_no_relative():
    from newsprism.entities.surname_choice import _lone_given_name

    class _Token:  # the fields the check reads
        def __init__(self, text, i, before=None):
            self.text, self.i, self.lower_ = text, i, text.lower()
            self.is_alpha, self.is_title, self._before = text.isalpha(), text.istitle(), before

        def nbor(self, _):
            return self._before

    assert not _lone_given_name(_Token("Jordan", 1, _Token("Jim", 0)))  # "Jim Jordan and ..."
    assert _lone_given_name(_Token("Tom", 1, _Token("mention", 0)))


def test_an_office_no_bearer_named_in_full_holds_is_left_to_the_linker(nlp):
    text = (
        "Mara Velt spoke out against the separations on Sunday. Mara Velt visited a shelter. "
        "Tom Velt's homeland security secretary defended the policy. "
        "A senator said that President Velt could stop the policy with a phone call."
    )
    mentions = extract_mentions(nlp(text), Article(article_id="r3", source="t", text=text))
    titled = [m for m in mentions if m.text == "Velt" and "President" in m.roles]
    assert titled and all(m.local_name not in ("Mara Velt", "Tom Velt") for m in titled)


def test_a_surname_coordinated_with_a_full_name_is_another_person(nlp):
    text = (
        "Sen. Ann Warren criticized the rules on Monday. "
        "Sens. Warren and Tom Velt both voted against the motion. "
        "Velt said the trial had been unfair."
    )
    mentions = extract_mentions(nlp(text), Article(article_id="r4", source="t", text=text))
    assert [m.local_name for m in mentions if m.text == "Velt"] == ["Tom Velt"]


def test_a_relative_introduced_as_somebodys_does_not_open_the_surname(nlp):
    text = (
        "Thousands laid flowers in memory of the activist Dan Orlov over the weekend. "
        "Orlov's mother, Ana Velt, traveled to the town to demand the return of his body. "
        'Mara Velt vowed to continue the work. "I will keep fighting," Velt said in a video.'
    )
    assert _bare(nlp, text, "Velt") == ["Mara Velt"]


def test_the_pronoun_of_the_mentions_own_clause_picks_among_spouses(nlp):
    """An article about first lady Marla Venn, named first and most: "Venn said ... that he would
    sign" is her husband, the president; "Venn told reporters she hoped" is hers."""
    text = (
        "First lady Marla Venn visited a children's hospital in Ohio on Tuesday. Marla Venn read to "
        "patients and met nurses.\n\nHer husband, President Gregory Venn, was in Washington. Venn said "
        "on Monday that he would sign the hospital bill next week.\n\nMarla Venn has made children's "
        "health her signature cause. Venn told reporters she hoped to return in the spring."
    )
    assert _bare(nlp, text, "Venn") == ["Gregory Venn", "Marla Venn"]


def test_a_pronoun_is_no_cue_for_the_one_bearer_of_a_surname(nlp):
    """With one bearer named in full, the pronoun may be somebody else's: the surname stays hers."""
    text = "Senator Marla Venn met the governor on Monday. Venn said he had promised to sign the bill."
    assert _bare(nlp, text, "Venn") == ["Marla Venn"]


def test_an_office_holder_just_named_takes_the_untitled_surname_from_the_first_lady(nlp):
    """In a story about first lady Marla Venn, a paragraph that names only her husband, President
    Gregory Venn, before an untitled "Venn" means him; the paragraphs about her keep hers."""
    text = (
        "First lady Marla Venn visited a children's hospital in Ohio on Tuesday. Marla Venn read to "
        "patients and met nurses. Venn toured the new wing.\n\nThe president spent the day on the "
        "budget. Her husband, President Gregory Venn, later met the governors. Venn signed the "
        "hospital bill on Friday.\n\nMarla Venn has made children's health her cause."
    )
    assert _bare(nlp, text, "Venn") == ["Marla Venn", "Gregory Venn"]


def test_a_relative_just_named_does_not_take_the_subjects_surname(nlp):
    """ "His brother, Philip Garr, ... Garr was killed": the relative holds no office; the bare
    surname stays with the man the article is about."""
    text = (
        "Officer Dean Garr was killed in Ohio on Tuesday. Dean Garr had served for ten years.\n\n"
        "His brother, Philip Garr, spoke at a vigil. Garr was killed while on patrol, the chief said."
    )
    assert _bare(nlp, text, "Garr") == ["Dean Garr"]
