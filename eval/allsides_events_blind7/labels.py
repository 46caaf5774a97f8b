"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "ash-007": (ev("ACCUSE", [], ["Vice President Mike Pence's wife, Karen"], "disapprove", "is coming under fire"), []),
    "ash-012": (ev("CONSULT", ["Kevin Downing"], ["Rudy Giuliani"], None, "continued getting briefings from"), []),
    "ash-021": (ev("REQUEST", ["The U.S."], ["nations"], None, "urging ... to resist"), []),
    "ash-023": (ev("ACCUSE", ["Fuentes"], ["Kirk"], "disapprove", "trying to get ... to see ... as a conservative fraud"),
                []),
    "ash-026": (ev("ACCUSE", [], ["his banks and accounting firms"], "investigate", "subpoenas were delivered ... to"),
                []),
    "ash-060": (ev("ACCUSE", ["Mr. Bush"], ["Mitt Romney"], "disapprove", "separated himself from rhetoric used by"),
                []),
    "ash-064": (ev("THREATEN", ["He"], ["Sterling"], None, "points a gun at ... shouts he will shoot him"), []),
    "ash-070": (ev("REJECT", ["Trump"], [], None, "indicated he did not want to debate"), []),
    "ash-079": (ev("ACCUSE", ["Fox News"], ["Ms. McHenry"], "disapprove", "lawsuit recycles the same allegations"),
                [ev("ACCUSE", ["she"], [], "allege", "allegations she filed with")]),
    "ash-081": (ev("ACCUSE", [], ["He"], "allege", "was charged with"), []),
    "ash-082": (ev("ACCUSE", ["Her people"], ["Mr. Powell"], "allege", "have been trying to pin it on me"),
                [ev("ACCUSE", ["Mr. Powell"], ["Her people"], "disapprove", "said")]),
    "ash-086": (ev("SANCTION", ["the Amber Valley Labour Group"], ["Oakes"], None, "had withdrawn the whip"), []),
    "ash-089": (ev("REQUEST", ["Mr. Buttigieg"], ["McKinsey"], None, "reiterated his request for ... to release"), []),
    "ash-091": (ev("ACCUSE", ["Parnas"], ["the Trump administration"], "allege",
                   "said ... \"was never about corruption\" as ... have claimed"), []),
    "ash-092": (ev("REQUEST", ["they"], ["the IRS"], None, "are asking for ... to admit wrongdoing"), []),
    "ash-097": (ev("ASSAULT", ["ISIS"], ["Kurdish forces"], None, "used chemical weapons against"), []),
    "ash-099": (ev("ACCUSE", ["Laura Pitter"], ["her"], "disapprove", "notes that ... doesn't absolve her of responsibility"),
                []),
}

NOTES = {
    "ash-007": "Karen Pence 'coming under fire' for taking a job: criticism of a named person with the critics "
               "outside the sentence, ACCUSE/disapprove with no actor (borderline; an idiom for criticism).",
    "ash-012": "Giuliani said he kept getting briefings from Manafort's attorney: CONSULT (borderline); confirming "
               "to the Times is a statement to the press, no event.",
    "ash-014": "A 1954 dean writing to the university president about a problem: internal letter, background, NONE "
               "(borderline; CONSULT defensible).",
    "ash-023": "Fuentes trying to get Trump's family to see Kirk as a fraud: an ongoing campaign of criticism, "
               "ACCUSE/disapprove (borderline).",
    "ash-026": "Subpoenas delivered not to Trump but to his banks: the affirmative half reports subpoenas served, "
               "ACCUSE/investigate with no actor (borderline; the main clause is negated).",
    "ash-030": "Court arguments 'represented a test' (NONE) then, by a splitter artefact, the content of a past "
               "executive order: background describing an order, NONE (borderline; SANCTION defensible).",
    "ash-032": "Members of a private online group posting degrading images of a congresswoman: NONE (borderline; "
               "ACCUSE defensible).",
    "ash-035": "A policy 'denounced as a stealth Muslim ban' by unnamed people, no actor acted on: NONE as in "
               "blind6's praise of a law (borderline).",
    "ash-042": "Calling a news conference to deny he wants to be president: a denial about himself, NONE.",
    "ash-044": "Quote fragment (staffers trying to hold him back) whose speaker is outside the sentence: NONE.",
    "ash-060": "Bush 'separated himself from rhetoric used by' Romney: criticism said indirectly, ACCUSE/disapprove "
               "(borderline).",
    "ash-064": "Describing the video of a police officer pointing a gun at Alton Sterling and shouting he will shoot: "
               "THREATEN (borderline; ASSAULT defensible, present tense of narration).",
    "ash-066": "An attorney general warning that 'abdication of the duty to defend' weakens authority: opinion about "
               "a practice, no actor named, NONE (borderline).",
    "ash-070": "Trump indicating he did not want to debate on the commission's dates: a refusal, REJECT "
               "(borderline; a stated wish).",
    "ash-074": "Nobel winners 'raised similar concerns', target not in the sentence: NONE (borderline).",
    "ash-079": "Fox News telling Salon that a former host's lawsuit 'recycles the same allegations': disputing "
               "someone's account, ACCUSE/disapprove; her filing with the state division as another ACCUSE.",
    "ash-081": "'He was charged with rioting': ACCUSE/allege, passive with no agent.",
    "ash-082": "Powell: 'Her people have been trying to pin it on me': the quote reports blame (ACCUSE by her people "
               "against him); his saying so is an accusation too.",
    "ash-083": "An obituary's 'He was tortured' (Vietnam, decades earlier): biographical background, NONE "
               "(borderline; ASSAULT with no actor defensible).",
    "ash-086": "A party group withdrawing the whip from a councillor over remarks: a party sanction, SANCTION "
               "(borderline; domestic disciplinary act).",
    "ash-090": "Quoting Mueller saying he could not exonerate the president: NONE (a finding not stated as an act).",
    "ash-091": "Parnas saying the investigation 'was never about corruption' as the administration claimed: "
               "disputing their account, ACCUSE/allege (borderline).",
    "ash-096": "Photo caption ('Hide Caption 25 of 45 Photos: ...'): NONE by the caption rule.",
    "ash-099": "A Human Rights Watch counsel saying others' culpability 'doesn't absolve her of responsibility': "
               "criticism of the nominee, ACCUSE/disapprove (borderline).",
}
