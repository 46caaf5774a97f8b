"""Issue 20 point 3 (branch dates50a): participants a clause shares with the clause above it. A
subjectless passive conjunct is done to the subject it shares ("X ran ... and has been accused
of"); a distributive "each" subject of a participle is the subject above; an infinitive on a rank
("are the latest to announce") is the subject's act; "including" names members beside the class;
"you" in a quotation is the one asked; each conjunct of "time for X and Y to" is asked. Invented
sentences, real spaCy."""

from __future__ import annotations

from test_events import events_of

from newsprism.events import rules


def _main(nlp, text: str) -> tuple[str, list[str], list[str]]:
    found = events_of(nlp, text)
    assert found, text
    return found[0].type, list(found[0].actors), list(found[0].recipients)


def test_a_passive_conjunct_is_done_to_the_shared_subject(nlp):
    text = "Varga ran the port authority for a decade and has been accused of hiding the accounts."
    event_type, actors, recipients = _main(nlp, text)
    assert event_type == "ACCUSE" and actors == [] and recipients == ["Varga"]
    with rules.switched_off(["shared_patients"]):
        assert _main(nlp, text)[1] == ["Varga"]


def test_each_blasting_the_other_is_the_subject_above(nlp):
    text = "The rival campaigns returned to the housing crisis, each blasting the other as reckless."
    assert _main(nlp, text)[1] == ["rival campaigns"]
    with rules.switched_off(["distributive_subjects"]):
        assert _main(nlp, text)[1] == ["each"]


def test_the_latest_to_announce_is_the_subjects_act(nlp):
    text = "Norland and the Tessa Isles are the latest to announce probes into the shipping firm."
    assert _main(nlp, text)[1] == ["Norland", "the Tessa Isles"]
    with rules.switched_off(["ranked_infinitives"]):
        assert _main(nlp, text)[1] == []


def test_including_names_the_member_beside_the_class(nlp):
    text = (
        "Three Norlanders, including Ambassador Pia Castell, were killed when gunmen stormed the consulate."
    )
    recipients = _main(nlp, text)[2]
    assert "Norlanders" in recipients and "Pia Castell" in recipients
    with rules.switched_off(["including_members"]):
        assert "Pia Castell" not in _main(nlp, text)[2]


def test_you_in_a_quotation_is_the_one_asked(nlp):
    text = (
        'In their letter, the senators write, "We urge you to be thorough in your review of the contracts."'
    )
    assert "you" in _main(nlp, text)[2]
    with rules.switched_off(["asked_addressees"]):
        assert "you" not in _main(nlp, text)[2]


def test_every_conjunct_of_time_for_is_asked(nlp):
    text = "\u201cIt is time for the governor and his party\u2019s leaders to listen to the farmers,\u201d Senator Olin Marsh said."
    recipients = _main(nlp, text)[2]
    assert "governor" in recipients and any("leaders" in r for r in recipients)
    with rules.switched_off(["asked_conjuncts"]):
        assert not any("leaders" in r for r in _main(nlp, text)[2])


def test_you_in_another_quotation_than_the_asking_is_not_asked(nlp):
    text = "He pressed Ilsa Warren, then the harbour chief, to inspect the ferry: \u201cYou would be a hero,\u201d Brand said."
    assert not any(r.lower() == "you" for r in _main(nlp, text)[2])


def test_a_passive_conjunct_with_a_misattached_subject_takes_none_shared(nlp):
    text = "Kova said the mayor was first asked to come, but when she refused to sign the invitation was withdrawn."
    found = events_of(nlp, text)
    assert all("Kova" not in e.recipients for e in found)
