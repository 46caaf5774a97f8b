"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asq-005": (ev("CONSULT", ["The president"], ["Japan’s Emperor Naruhito", "Empress Masako"], "meet",
                   "is set to meet with"), []),
    "asq-006": (ev("REQUEST", ["A chorus of students from across the country"], ["schools"], None,
                   "is lobbying ... to stop grading"), []),
    "asq-020": (ev("CONSULT", ["EU leaders"], [], "meet", "will gather for their next summit"), []),
    "asq-029": (ev("ACCUSE", ["Walker"], ["the American National Super PAC", "William Johnson"], "disapprove",
                   "was condemning the robocalls from"), []),
    "asq-030": (ev("ACCUSE", ["Democrats"], ["Republicans"], "disapprove",
                   "tried to make the case that ... are so rigid and doctrinaire"), []),
    "asq-033": (ev("PROTEST", ["Hundreds"], ["Brunswick Judicial Circuit district attorney Jackie Johnson"], "demo",
                   "gathered outside ... to demand action against"),
                [ev("REQUEST", ["Hundreds"], ["Brunswick Judicial Circuit district attorney Jackie Johnson"], None,
                    "to demand action against")]),
    "asq-034": (ev("SANCTION", ["the Supreme Court"], ["Washington, D.C."], None, "struck down ... gun ban"), []),
    "asq-042": (ev("REJECT", ["Obama"], [], None, "promised ... to veto a bill"), []),
    "asq-048": (ev("ACCUSE", ["Soros"], ["He"], "disapprove", "known ... to take his supporters for granted"), []),
    # relabelled NONE by events45b (criticism of a thing naming no one; allsides_events/README.md)
    # "asq-049": (ev("ACCUSE", ["Ash Carter"], [], "disapprove",
    # "told CNN flatly: “This is like the guy who robbed your house"), []),
    "asq-051": (ev("REJECT", ["Trump’s administration"], [], None, "has declined to do so"), []),
    "asq-057": (ev("CONSULT", ["Comey"], ["Trump"], "meet", "told ... during a dinner"), []),
    "asq-060": (ev("THREATEN", ["Scottish First Minister Nicola Sturgeon"], ["Britain"], None,
                   "suggested Scotland could potentially block"), []),
    "asq-076": (ev("AGREE", ["President Trump"], [], None, "offered a “wonderful deal”"),
                [ev("ACCUSE", ["President Trump"], ["Democrats"], "disapprove",
                    "resistance among Democrats suggests the party would rather have a political issue")]),
    "asq-080": (ev("ACCUSE", ["Little Marco"], ["Trump"], "disapprove", "offered a tepid critique"), []),
    "asq-082": (ev("ACCUSE", ["Trump"], ["the Obama administration"], "disapprove",
                   "lashing out ... casting blame for the meddling on"), []),
    "asq-088": (ev("CONSULT", ["Humphrey"], ["targeted potential delegates"], "meet",
                   "held court for an hours-long dinner ... with"), []),
}

NOTES = {
    "asq-001": "'Multiple investigations into potential ties ... are ongoing': a status with no investigator named, "
               "NONE (as ask-013).",
    "asq-003": "Conservatives joining Democrats 'in arguing that it's time for the government to correct' a market "
               "failure: an argued policy view, NONE (borderline: REQUEST of the government).",
    "asq-004": "An operative 'thrilled by #ObamaCare delay': a feeling about a policy, NONE.",
    "asq-005": "The president set to meet the Emperor and Empress on Monday: a scheduled meeting, CONSULT/meet.",
    "asq-006": "Students 'lobbying schools to stop grading' on a letter scale: pressure on a named party, REQUEST.",
    "asq-010": "An ad the administration paid for, 'condemning the video': criticism of a thing told in a participle "
               "describing the ad, NONE (borderline: ACCUSE/disapprove).",
    "asq-011": "The House saying the Senate bill 'isn't going anywhere': legislative routine and a standing "
               "dismissal of a bill, NONE (borderline: REJECT).",
    "asq-015": "A headline in capitals ('SAUDI ARABIA INDICTS 11, SEEKS DEATH PENALTY ...'): NONE by the heading rule "
               "(would be ACCUSE in running text).",
    "asq-020": "EU leaders 'will gather for their next summit June 28 and 29': a scheduled summit, CONSULT/meet.",
    "asq-022": "A judge's reasoning that 'the threat to pull all HHS funding here crosses' the line to coercion: a "
               "quoted opinion about a nominal threat, NONE (borderline: the ruling's criticism of HHS).",
    "asq-029": "Walker 'condemning the robocalls from the American National Super PAC and its ... founder William "
               "Johnson': criticism of named parties, ACCUSE/disapprove.",
    "asq-030": "Democrats trying to make the case that Republicans are so rigid ... (in the last few days): "
               "criticism of a named party, ACCUSE/disapprove.",
    "asq-033": "Hundreds gathered outside the courthouse to demand action against the district attorney: a protest, "
               "PROTEST/demo; the demand as other event.",
    "asq-034": "Main clause (advocates 'went into shock') no interaction; the after-clause reports the Supreme Court "
               "striking down D.C.'s gun ban in Heller: a court ruling, SANCTION (borderline: background).",
    "asq-036": "A commentator's mock quote of 'elitists' on CNN: mockery whose target is outside the sentence, NONE "
               "(borderline).",
    "asq-040": "A photo caption ('Hide Caption 13 of 21 Photos: ... shaking hands with Trump'): NONE.",
    "asq-042": "The author's hedge on the main clause; the when-clause: Obama 'promised ... to veto a bill that would "
               "tighten sanctions on Iran': a veto announced, REJECT (as asg-060).",
    "asq-044": "A Republican's quote that 'this bill adds $1.5 trillion ... and disguises' a regime as an "
               "infrastructure bill: criticism of a bill, a stance on a thing, NONE (borderline: ACCUSE).",
    "asq-048": "Soros: 'He was someone who was known ... to take his supporters for granted': criticism of a person "
               "(Obama), ACCUSE/disapprove (borderline).",
    # relabelled NONE by events45b (criticism of a thing naming no one; allsides_events/README.md)
    # "asq-049": "Ash Carter telling CNN the idea 'is like the guy who robbed your house proposing a working group on "
    # "burglary': criticism by comparison, ACCUSE/disapprove, its target (the idea, Russia) outside the "
    # "sentence (borderline).",
    "asq-051": "The administration 'has declined to' defend a federal law in a challenge by 18 states: a refusal, "
               "REJECT (borderline: background; the states' challenge is nominal).",
    "asq-054": "Aides insisting to reporters that the president hadn't fired Tillerson over a statement: a denial, "
               "NONE (borderline).",
    "asq-057": "Comey claims he told Trump during a dinner that he doesn't leak: a past meeting told in a memo, "
               "CONSULT/meet (borderline: the telling as an assurance).",
    "asq-060": "Sturgeon 'suggested Scotland could potentially block Britain from leaving the EU': a threat voiced, "
               "THREATEN (borderline: hedged, 'could potentially').",
    "asq-061": "Ford telling the Post about her civic responsibility: speaking of herself to the press, NONE.",
    "asq-076": "Trump said he 'offered a \"wonderful deal\" to protect' Dreamers: an offer, AGREE (recipient implied, "
               "the Democrats); his criticism of the Democrats as other event.",
    "asq-080": "'Little Marco offered a tepid critique, saying that Trump didn't get that ...': ACCUSE/disapprove.",
    "asq-081": "Republicans naming a practice 'ballot harvesting': no party acted on, NONE.",
    "asq-082": "Trump 'lashing out on Twitter, casting blame for the meddling on the Obama administration': "
               "ACCUSE/disapprove.",
    "asq-088": "Humphrey 'held court for an hours-long dinner ... with targeted potential delegates': a meeting to "
               "court delegates, CONSULT/meet (borderline: campaigning).",
    "asq-092": "'I will do more for the African-American people than Barack Obama has ever done,' Trump declared: "
               "a campaign boast, NONE.",
    "asq-098": "A report that 'warned that even a brief conflict ... could cost tens of thousands of lives': a "
               "warning of a danger, NONE.",
    "asq-099": "Schiff indicating he believes the panel will publish a counter-memo: a forecast, NONE.",
}
