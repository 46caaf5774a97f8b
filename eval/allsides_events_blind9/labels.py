"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asj-011": (ev("REQUEST", ["Manafort's lawyers"], [], None, "had insisted on"), []),
    "asj-017": (ev("ASSAULT", ["his neighbor"], ["the suspect"], None, "shot through the suspect's car window"), []),
    "asj-021": (ev("COOPERATE", ["they"], ["Mueller\u2019s team"], None, "were \u201cfully\u201d cooperating with"), []),
    "asj-022": (ev("REQUEST", ["Iowa Sen. Charles Grassley"], ["the FBI"], None,
                   "sent ... a lengthy letter ... asking for details"), []),
    "asj-026": (ev("PROTEST", ["Democrats"], [], "strike", "walked out of committee hearings"),
                [ev("ACCUSE", ["he"], ["Democrats"], "disapprove", "like schoolchildren ... he said")]),
    "asj-030": (ev("ACCUSE", ["The VA inspector general"], ["eight VA medical centers"], "investigate", "is auditing"),
                []),
    "asj-045": (ev("ACCUSE", ["The women"], ["Lauer"], "allege", "detail how Lauer used his position of power"), []),
    "asj-047": (ev("SANCTION", ["the nation\u2019s top court"], ["an impeached U.S. judge"], None, "ruled 9-0"), []),
    "asj-063": (ev("AGREE", [], [], None, "a deal was in place"), []),
    "asj-064": (ev("SUPPORT", ["former Trump attorney John Dowd"], ["Mr. McGahn"], None,
                   "said ... was actually a \u201cterrific witness\u201d"), []),
    "asj-079": (ev("ACCUSE", ["some Democrats"], [], "disapprove", "began chanting"), []),
    "asj-086": (ev("ACCUSE", ["The president"], ["the mainstream media"], "disapprove", "renewed his assault on"),
                [ev("ACCUSE", ["The president"], ["internet giant Google"], "allege", "stepped up attacks on ... alleging")]),
    "asj-092": (ev("CONSULT", ["Trump"], ["Xi"], None, "was looking forward to meeting with"), []),
    "asj-095": (ev("ASSAULT", ["gunmen"], ["the Italian consul general"], None, "targeted the car of"), []),
    "asj-097": (ev("ACCUSE", ["Trump"], ["Clinton"], "disapprove", "dubs her \u201ccrooked\u201d"), []),
    # relabelled NONE by events45b (criticism of a thing naming no one; allsides_events/README.md)
    # "asj-100": (ev("ACCUSE", ["the NSA's Rick Ledgett"], [], "disapprove",
    # "said that suggesting ... belies a complete lack of understanding"), []),
}

NOTES = {
    "asj-002": "'I have decided to return to that calling': a personal career decision, no actor acted on: NONE.",
    "asj-008": "A former agent telling Fox News what agents are 'supposed' to do: a statement of rules, NONE.",
    "asj-011": "Manafort's lawyers 'had insisted on the two separate trials': a demand made in court, REQUEST "
               "(borderline: background in an analytic sentence; NONE defensible).",
    "asj-017": "A neighbour shooting at the fleeing church shooter's car (reported by the other man): use of force, "
               "ASSAULT (borderline: private actors).",
    "asj-021": "Spokesperson saying 'they' were 'fully' cooperating with Mueller's team: ongoing cooperation with "
               "an investigation, COOPERATE (borderline; a self-serving claim, NONE defensible). 'they' is the "
               "Podesta firm, outside the sentence.",
    "asj-022": "Grassley sending the FBI a letter asking for details: REQUEST.",
    "asj-026": "Quoted with its speaker ('he said'): Democrats walking out of hearings to deny quorums, a boycott, "
               "PROTEST (mode strike as 'walk out' in events.yaml; REJECT defensible); the simile is the speaker's "
               "criticism of Democrats, ACCUSE/disapprove as other event.",
    "asj-025": "Noah 'responded to the backlash' defending himself: a denial/public statement, NONE (borderline).",
    "asj-030": "The VA inspector general auditing cancellations at VA centres: an investigation, ACCUSE/investigate "
               "(borderline: domestic oversight).",
    "asj-045": "The women detailing how Lauer used his power over employees: allegations, ACCUSE/allege "
               "(borderline: workplace misconduct).",
    "asj-047": "The Supreme Court ruling 9-0 (1993) against an impeached judge: a court ruling, SANCTION per the "
               "project's rule (borderline: historical background; NONE defensible).",
    "asj-059": "A think tank's memo 'targeted' wavering Democrats with suggestions on what to say: advice, NONE "
               "(borderline; REQUEST defensible).",
    "asj-063": "Trumka saying 'a deal was in place' (House Democrats and the administration on USMCA): the "
               "agreement reported, AGREE with no party named (borderline).",
    "asj-064": "Dowd calling McGahn a 'terrific witness' for the president: praise, SUPPORT (borderline); "
               "'dismissing speculation' targets no actor.",
    "asj-065": "Duncan calling (hypothetical) automatic cuts 'morally indefensible': a stance on a policy, no actor "
               "acted on, NONE as asi-006 (borderline; ACCUSE defensible).",
    "asj-067": "Priebus: 'no evidence' the election outcome was changed by the emails: a statement, NONE.",
    "asj-069": "The U.S. selling the Saudis arms over decades: aggregate background, NONE (borderline; AID).",
    "asj-079": "Democrats chanting 'goodbye' at Republicans on the House floor: taunting, ACCUSE/disapprove "
               "(borderline; PROTEST defensible).",
    "asj-082": "Populist politicians 'resorted to scapegoating' minorities: an opinion piece's generic charge, NONE "
               "(borderline).",
    "asj-083": "'He questioned why the president's plan does not include Detroit': a stance on a plan, NONE as "
               "asi-070 (borderline; ACCUSE defensible).",
    "asj-086": "The president renewing his 'assault' on the media and attacks on Google 'alleging ... bias': "
               "ACCUSE/disapprove and ACCUSE/allege (verbal, not ASSAULT).",
    "asj-092": "A statement that Trump looks forward to meeting Xi in China later this year: a scheduled meeting, "
               "CONSULT.",
    "asj-095": "Gunmen targeting the Italian consul's car in Benghazi: ASSAULT.",
    "asj-096": "Furman, pressed in an interview, claiming incomes did not rise under Bush either: a statement, NONE.",
    "asj-097": "'when Trump dubs her \u201ccrooked\u201d': recurrent name-calling, ACCUSE/disapprove as asi-038 "
               "(borderline: a habitual 'when' clause in analysis).",
    "asj-098": "Trump's team giving Wolff access and interviews: press access, NONE (borderline).",
    "asj-099": "Billy Bush asking Zucker to hug Trump (tape description): no political interaction, NONE.",
    # relabelled NONE by events45b (criticism of a thing naming no one; allsides_events/README.md)
    # "asj-100": "Ledgett saying the suggestion that British intelligence took sides 'belies a complete lack of "
    # "understanding': criticism of the White House's claim with the target unnamed, ACCUSE/disapprove.",
}
