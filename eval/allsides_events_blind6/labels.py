"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asg-009": (ev("SUPPORT", ["Cruz"], ["Ronald Reagan", "Ron Paul"], None, "paid homage to"), []),
    "asg-014": (ev("SUPPORT", ["The Republican leadership in Virginia\u2019s House of Delegates"], ["Mr. McDonnell"],
                   None, "issued a statement ... highlighting ... public service"), []),
    "asg-021": (ev("ACCUSE", ["he"], ["the department"], "disapprove", "wrote ... was \"arbitrary and capricious.\""),
                []),
    "asg-040": (ev("ACCUSE", ["The FBI"], ["Kavanaugh"], "investigate", "was given a week to reexamine ... investigate"),
                []),
    "asg-042": (ev("ACCUSE", ["President Trump"], ["lawmakers in his own party"], "disapprove",
                   "escalated a Twitter war with ... calling out"), []),
    "asg-044": (ev("ACCUSE", ["The Trump administration"], ["Harvard"], "allege", "claimed in a filing that"), []),
    "asg-050": (ev("CONSULT", ["The FBI"], ["staff members of the House and Senate Intelligence Committee"], None,
                   "have briefed"), []),
    "asg-054": (ev("MOBILIZE", ["Iran"], [], None, "launched a missile"), []),
    "asg-056": (ev("ACCUSE", ["the city"], ["Attorney General Jeff Sessions"], None, "will sue ... to stop"), []),
    "asg-060": (ev("REJECT", ["the president"], [], None, "is signaling he'd veto it"), []),
    "asg-061": (ev("SUPPORT", ["Mr. Wray"], ["Mr. McCabe"], None, "thanked ... for his service"), []),
    "asg-068": (ev("CONSULT", ["Mr. Obama"], ["the National Counterterrorism Center"], "visit", "will ... visit"), []),
    "asg-073": (ev("ACCUSE", ["Police"], ["the swimmers"], "allege", "said ... had been unable ... saying"), []),
    "asg-077": (ev("ACCUSE", ["Rep. Blake Farenthold"], ["a handful of senators"], "disapprove",
                   "to derail that agenda is very frustrating,\u201d said"), []),
    "asg-079": (ev("THREATEN", ["Trump"], [], None, "has threatened to impose a 35 percent tariff"),
                [ev("REJECT", ["House Majority Leader Kevin McCarthy"], ["Trump"], None, "rejected ... by")]),
    "asg-087": (ev("AGREE", ["Reid"], [], None, "agreed to allow a separate Keystone vote"), []),
    "asg-088": (ev("ACCUSE", ["Schumer"], ["China"], "allege", "their theft ... threatens ... Schumer said"), []),
    "asg-091": (ev("ACCUSE", ["Rep. Tulsi Gabbard"], ["Kamala Harris"], "disapprove", "attacked"), []),
    "asg-093": (ev("ACCUSE", ["Michael J. Morell"], ["Mr. Snowden"], "allege", "blaming ... for"), []),
    "asg-094": (ev("ACCUSE", ["Paul"], [], None, "announced his suit"), []),
}

NOTES = {
    "asg-002": "Senators objecting to how the immigration system was being rewritten: opposition to domestic "
               "policy with no actor acted on, NONE (borderline; ACCUSE defensible).",
    "asg-004": "Link line ending 'Read more': NONE by the heading rule.",
    "asg-008": "Striking teachers 'ready to stay out': a stance during a strike, NONE (borderline; PROTEST).",
    "asg-009": "Relative clause 'who paid homage to Ronald Reagan and Ron Paul' reports a specific act of praise "
               "in a speech: SUPPORT (borderline).",
    "asg-014": "A statement expressing disappointment (at an indictment) while praising McDonnell's service: "
               "SUPPORT (borderline; the disappointment has no actor target).",
    "asg-021": "A judge writing that a department's decision was arbitrary and capricious: ACCUSE/disapprove "
               "(SANCTION defensible, it is a ruling).",
    "asg-025": "A warning delivered (nominal, about Iran) over objections: NONE (borderline).",
    "asg-030": "Praise of a law, no actor praised: NONE (borderline).",
    "asg-039": "Jurors reaching a decision, direction not given: NONE (borderline; SANCTION if a conviction).",
    "asg-040": "FBI given a week to investigate claims against Kavanaugh: an investigation ordered, "
               "ACCUSE/investigate (borderline).",
    "asg-054": "Iran launching a missile (a test, no target): a show of military force, MOBILIZE (borderline).",
    "asg-056": "The city will sue to stop Sessions: a lawsuit announced, ACCUSE.",
    "asg-060": "Parenthetical 'the president now is signaling he'd veto it': a veto announced, REJECT "
               "(borderline; main clause a state).",
    "asg-068": "The president to visit the National Counterterrorism Center for a briefing: CONSULT/visit "
               "(borderline; own agency).",
    "asg-073": "Police saying the swimmers could not give details and had been intoxicated: ACCUSE/allege "
               "(borderline).",
    "asg-079": "Trump has threatened a tariff (THREATEN); McCarthy rejecting it, in a reduced relative clause, "
               "other event REJECT.",
    "asg-087": "Reid agreeing to allow a vote (a deal between parties in the Senate): AGREE (borderline; "
               "CONCEDE defensible).",
    "asg-092": "A general declaring no policy change until directed: NONE (borderline; REJECT defensible).",
    "asg-094": "Temporal clause 'after he announced his suit': a lawsuit, ACCUSE; 'had lunch to discuss' names "
               "no partner (borderline).",
    "asg-095": "Wray declining a term when asked: NONE (borderline).",
}
