"""entities.mentions roles: an appositive after "X and Y" is Y's, not X's; a phrase ending in an
honorific before a name is only the honorific; "special counsel" and "whistleblower" are roles."""

from __future__ import annotations

from newsprism.entities.mentions import extract_mentions
from newsprism.models import Article


def _roles(nlp, text: str) -> dict[str, list[str]]:
    article = Article(article_id="a", source="a", text=text)
    return {m.text: m.roles for m in extract_mentions(nlp(text), article)}


def test_an_appositive_after_a_coordination_is_not_the_first_persons_role(nlp):
    roles = _roles(
        nlp,
        "He campaigned at a diner with Vice President Pence and Ivanka Trump, the president's daughter "
        "and a White House adviser.",
    )
    assert not any("daughter" in r for r in roles["Pence"])


def test_words_before_an_honorific_are_no_role(nlp):
    roles = _roles(
        nlp, "It is unclear what disciplinary action Mrs. Conway, a counselor to the president, could face."
    )
    assert "disciplinary action Mrs." not in roles["Conway"]
    assert "counselor to the president" in roles["Conway"]


def test_special_counsel_and_whistleblower_are_roles(nlp):
    roles = _roles(
        nlp,
        "The release of special counsel Robert Mueller's report was delayed. Whistleblower Christopher Wylie spoke.",
    )
    assert roles["Robert Mueller"] == ["special counsel"]
    assert roles["Christopher Wylie"] == ["Whistleblower"]


def test_a_title_ending_in_an_honorific_word_stays_whole(nlp):
    """ "first lady" ends in "lady", an address form, but its first word is a title's: kept whole."""
    roles = _roles(
        nlp, "The summit opened on Thursday, where first lady Mara Velt said she is proud of the work."
    )
    assert roles["Mara Velt"] == ["first lady"]


def test_a_capitalised_kin_word_before_a_name_is_no_role(nlp):
    """ "Mother Jones" (a magazine), "Sister Ardeth": a kin word written with a capital right
    before a name is part of a name or a religious title, never the person's kinship."""
    roles = _roles(nlp, "The donor met the senator at a diner in Dothan, according to Mother Jones.")
    assert all("Mother" not in r for rs in roles.values() for r in rs)
    roles = _roles(nlp, "Ellen Marsh, his mother, said he was a quiet boy.")
    assert roles["Ellen Marsh"] == ["mother"]


def test_a_hyphenated_kin_role_stays_whole(nlp):
    """ "son-in-law" is one role; "son" alone would make him the president's son."""
    roles = _roles(nlp, "Corwin Vale, the governor's son-in-law, met the envoy on Tuesday.")
    assert "son" not in roles["Corwin Vale"]
    assert any("son-in-law" in r for r in roles["Corwin Vale"])


def test_identified_as_the_suspect_is_a_role(nlp):
    roles = _roles(
        nlp, "Police said Darnell Ruske was identified as the suspect in the bombings on Wednesday."
    )
    assert "suspect" in roles["Darnell Ruske"]


def test_a_title_naming_another_office_is_the_whole_title(nlp):
    """ "Counselor to the President Jane Morrow" is a counselor: the office after "to the" is the
    title's object, never her role; "an adviser to the President Tom Hallow" names the president."""
    roles = _roles(
        nlp,
        "Counselor to the President Jane Morrow defended the decision on Sunday. "
        "Speaker of the House Ann Lee agreed. He was an adviser to the President Tom Hallow. "
        "Aides to the outgoing economic adviser Sam Ortiz left.",
    )
    assert roles["Jane Morrow"] == ["Counselor to the President"]
    assert roles["Ann Lee"] == ["Speaker of the House"]
    assert roles["Tom Hallow"] == ["President"]
    assert roles["Sam Ortiz"] == ["outgoing economic adviser"]


def test_a_place_holds_no_kin_role(nlp):
    """ "in Dayton, Ohio, and El Paso, Texas, the first daughter sought ...": the apposition the
    parse hangs on a place is a person's role, never the place's."""
    roles = _roles(
        nlp,
        "In response to the storms in Dayton, Ohio, and El Paso, Texas, the first daughter sought "
        "to bring attention to the violence in Chicago.",
    )
    assert roles["El Paso"] == []


def test_a_noun_before_the_subject_of_a_relative_clause_is_no_role(nlp):
    """ "referencing the rebel leader Velt had killed": Velt is the subject of a relative clause on
    "leader" (the parse makes him its apposition), not the leader."""
    roles = _roles(
        nlp,
        "Senator Mark Delany spoke for an hour. He kept referencing the rebel leader Velt had killed in "
        "a raid last year. President Tom Velt said the raid was a success.",
    )
    assert roles["Velt"] == []


def test_a_title_apposed_to_a_subject_name_stays_a_role(nlp):
    roles = _roles(nlp, "The rebel leader Abu Saif had vowed to fight on, officials said.")
    assert any("leader" in r for r in roles["Abu Saif"])


def test_a_conjunct_of_a_leading_phrase_before_a_subject_is_no_role(nlp):
    """ "Despite the doubts of everyone but possibly his mother, Hanlon won": the title belongs to a
    phrase before the subject, a conjunct of the preposition's object, not to Hanlon."""
    roles = _roles(
        nlp,
        "Peter Hanlon ran the race in May. Despite exceeding the expectations of everyone but possibly "
        "his mother, Hanlon took the loss hard.",
    )
    assert not any("mother" in r for r in roles["Hanlon"])


def test_a_speech_verb_before_a_title_is_no_part_of_the_role(nlp):
    """ "'...,' tweeted the governor's spokeswoman, Dana Kerrow": the role is the spokeswoman's,
    without the verb the sentence put first."""
    roles = _roles(
        nlp,
        "The guest had a temperature above the guidelines in three checks, tweeted Senator Vale’s "
        "spokeswoman, Dana Kerrow, citing the medical unit.",
    )
    assert roles["Dana Kerrow"]
    assert not any(r.lower().startswith("tweeted") for r in roles["Dana Kerrow"])


def test_a_verb_or_a_loose_preposition_before_a_title_is_no_part_of_the_role(nlp):
    """ "took the historic step to impeach President Dana Morrow": the tagger reads "impeach" as a
    noun of the title, yet it is only ever a verb; "head-to-head with President ..." ends at "with",
    while "Secretary of State" keeps its own preposition."""
    roles = _roles(
        nlp,
        "(CNN) The deeply divided assembly took the historic step to impeach President Dana Morrow on "
        "Wednesday, charging a leader with high crimes. Unlimited resources allow the campaign to go "
        "head-to-head with President Morrow on digital advertising, and to widely distribute flyers. "
        "Secretary of State Omar Lund said the talks would go on.",
    )
    assert roles["Dana Morrow"] == ["President"]
    assert all("with" not in r for r in roles["Morrow"])
    assert roles["Omar Lund"] == ["Secretary of State"]


def test_a_relative_word_begins_no_role(nlp):
    """ "Frank Oduya, whose father, the Rev. Paul Oduya, founded the paper": "father", not "whose father"."""
    roles = _roles(
        nlp, "Frank Oduya, whose father, the Rev. Paul Oduya, founded the paper, said he disagreed."
    )
    assert not any(r.startswith("whose") for r in roles["Paul Oduya"])


def test_a_word_written_with_a_hyphen_is_kept_whole_in_a_role(nlp):
    """ "first-term Sen. Dana Kerrow", "two-term Democratic Sen. Omar Lund": the role keeps the whole
    hyphenated word, never its second half ("term Sen."), and a number inside it counts nothing."""
    roles = _roles(
        nlp,
        "Republicans beat first-term Sen. Dana Kerrow in the north and two-term Democratic Sen. Omar Lund "
        "in the south on Tuesday.",
    )
    assert roles["Dana Kerrow"] and roles["Omar Lund"]
    assert all(not r.startswith("term") for r in roles["Dana Kerrow"] + roles["Omar Lund"])
    assert "first-term Sen." in roles["Dana Kerrow"]
    assert "two-term Democratic Sen." in roles["Omar Lund"]
