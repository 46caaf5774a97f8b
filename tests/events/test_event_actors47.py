"""Issue 20 points 2-3 (branch actors47): who a participant is when the parse hides it, and
sanctions told by holding back or by removal. A passive infinitive is done to the subject of the
verb it completes; a dateline the parser made the subject gives way to the appositive after its
dash; a speaker's own body announcing a sanction imposes it; pausing or withholding aid is a
sanction; removal from an inquiry is one too."""

from __future__ import annotations

from test_events import events_of

from newsprism.events import rules


def _main(nlp, text: str) -> tuple[str, list[str], list[str]]:
    found = events_of(nlp, text)
    assert found, text
    return found[0].type, list(found[0].actors), list(found[0].recipients)


def test_a_passive_infinitive_is_done_to_the_subject_above(nlp):
    text = "Mayor Brandt went on to be censured by the Velmora council."
    assert _main(nlp, text)[1:] == (["the Velmora council"], ["Brandt"])
    with rules.switched_off(["raised_patients"]):
        assert "Brandt" not in _main(nlp, text)[2]


def test_the_subject_above_is_never_the_doer_of_a_passive_infinitive(nlp):
    text = "Mayor Brandt went on to be censured."
    assert _main(nlp, text)[1:] == ([], ["Brandt"])
    with rules.switched_off(["raised_patients"]):
        assert _main(nlp, text)[1] == ["Brandt"]


def test_an_active_infinitive_keeps_its_subject_as_doer(nlp):
    _, actors, _ = _main(nlp, "Mayor Brandt went on to censure the Velmora council.")
    assert actors == ["Brandt"]


def test_a_dateline_subject_gives_way_to_the_appositive(nlp):
    text = "ORVILLE \u2013 The agency's former chief counsel, Tamsin Wold, defied a congressional subpoena on Friday."
    event_type, actors, _ = _main(nlp, text)
    assert event_type == "REJECT" and actors == ["Tamsin Wold"]
    with rules.switched_off(["dateline_subjects"]):
        assert _main(nlp, text)[1] != ["Tamsin Wold"]


def test_the_speakers_own_body_announcing_a_sanction_imposes_it(nlp):
    text = "Governor Pell announced that her administration would pause funding for the Dravian Institute."
    assert _main(nlp, text)[0] == "SANCTION"
    with rules.switched_off(["own_bodies_announcing"]):
        assert _main(nlp, text)[0] != "SANCTION"


def test_withholding_aid_is_a_sanction_withholding_words_is_none(nlp):
    assert _main(nlp, "The ministry withheld military aid to Ostrava.")[0] == "SANCTION"
    assert not events_of(nlp, "The spokesman withheld the names of the three officers.")


def test_removal_from_an_inquiry_is_a_sanction(nlp):
    event_type, _, recipients = _main(nlp, "Kellan was removed from the Ardmore investigation last spring.")
    assert (event_type, recipients) == ("SANCTION", ["Kellan"])
    with rules.switched_off(["bodies_left"]):
        assert not events_of(nlp, "Kellan was removed from the Ardmore investigation last spring.")


def test_a_member_singled_out_keeps_its_class(nlp):
    text = "The minister criticized Gulf states \u2013 particularly Qatar \u2013 for funding militias."
    recipients = _main(nlp, text)[2]
    assert "Gulf states" in recipients and "Qatar" in recipients
    with rules.switched_off(["singled_members"]):
        assert "Gulf states" not in _main(nlp, text)[2]
    assert _main(nlp, "The minister criticized countries like Qatar and Oman.")[2] == ["Qatar", "Oman"]


def test_a_participles_pronoun_is_the_target_named_before(nlp):
    text = "Some county sheriffs have been highly critical of Talbeck, accusing him of heightening tensions."
    found = events_of(nlp, text)
    assert any("Talbeck" in e.recipients for e in found)
    assert all("him" not in e.recipients for e in found)
    with rules.switched_off(["elaborated_targets"]):
        assert any("him" in e.recipients for e in events_of(nlp, text))


def test_a_consequence_warned_of_if_a_party_acts_is_a_threat_to_it(nlp):
    text = '"If the Dravian council blocks the transfer, we will respond," Minister Oskar Pell said.'
    event_type, _, recipients = _main(nlp, text)
    assert event_type == "THREATEN" and any("council" in r for r in recipients)
    with rules.switched_off(["conditional_warnings"]):
        assert not events_of(nlp, text) or _main(nlp, text)[0] != "THREATEN"


def test_a_forecast_on_a_condition_is_no_threat(nlp):
    assert not events_of(nlp, "The economist Lena Voss said prices would rise if the Fed cuts rates.")
    assert not events_of(
        nlp, "Even if the Ardmore group gave more money, Voss said, those senators would not vote for it."
    )
