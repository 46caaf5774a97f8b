"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "ask-005": (ev("ACCUSE", ["Former acting Attorney General Sally Yates"], ["the White House"], "allege",
                   "cast a harsh light on ... detailing how"), []),
    # relabelled NONE by events45b (criticism of a thing naming no one; allsides_events/README.md)
    # "ask-006": (ev("ACCUSE", ["The Atlantic staff writer Anne Applebaum"], [], "disapprove",
    # "suggested that the use of federal force ... is \u201cperformative authoritarianism\u201d"), []),
    "ask-018": (ev("ACCUSE", ["Sen. Lindsey Graham"], ["President Obama"], "disapprove", "prompted a rebuke by"),
                [ev("REQUEST", ["he"], ["Vladimir Putin"], None, "asked ... to halt")]),
    "ask-019": (ev("ACCUSE", ["Esquire.com"], ["Donald Trump"], "disapprove", "said, \u201cThe most bizarre lie"), []),
    "ask-027": (ev("REJECT", ["Mississippi Secretary of State Delbert Hosemann"], ["the panel"], None,
                   "said he won't turn over any information to"),
                [ev("ACCUSE", ["Mississippi Secretary of State Delbert Hosemann"], ["members of the voter fraud commission"],
                    "disapprove", "telling ... to, \"go jump in the Gulf of Mexico\"")]),
    "ask-030": (ev("CONSULT", ["Donald Trump Jr."], ["a Russian attorney"], None, "admitted ... to meeting ... with"), []),
    "ask-040": (ev("ACCUSE", [], ["The White House"], "disapprove", "was shelled"), []),
    "ask-043": (ev("ACCUSE", ["Pataki"], ["she"], "disapprove", "it's just wrong"), []),
    "ask-050": (ev("REQUEST", ["Trump"], ["Ukrainian President Volodymyr Zelensky"], None,
                   "told ... \u201cI would like you to do us a favor\u201d"), []),
    "ask-051": (ev("REQUEST", ["Trump"], ["the Justice Department"], None, "ordered ... to stop defending"), []),
    "ask-058": (ev("AGREE", ["Mr. Kim", "Mr. Trump"], [], None, "\u201cgladly accepted each other\u2019s invitation\u201d"),
                [ev("CONSULT", ["Mr. Kim", "Mr. Trump"], [], "visit", "to visit")]),
    "ask-080": (ev("ACCUSE", ["The House"], ["Trump"], "allege", "voted to impeach ... accusing him of"), []),
    "ask-085": (ev("REQUEST", ["We"], ["you"], None, "encourage you to be aggressive"), []),
    "ask-099": (ev("ACCUSE", ["The conservative talk show host"], ["Trump"], "disapprove", "said ... Trump is \u201cunfit\u201d"),
                []),
}

NOTES = {
    "ask-001": "Boehner on how averting the fiscal cliff should happen: a stance on a policy, NONE.",
    "ask-002": "March leaders convening a pep rally and networking session: their own meeting, no one acted on, NONE.",
    "ask-003": "Questlove tweeting his disbelief: a reaction aimed at no actor, NONE.",
    "ask-005": "Yates 'cast a harsh light on the White House', detailing how she had warned officials about Flynn: "
               "testimony accusing the White House, ACCUSE/allege (borderline; as asj-045's 'detail how'). The "
               "firing of Flynn is domestic personnel, not listed.",
    # relabelled NONE by events45b (criticism of a thing naming no one; allsides_events/README.md)
    # "ask-006": "Applebaum calling the use of federal force in Portland 'performative authoritarianism': criticism "
    # "of an act of the government, no recipient named, ACCUSE/disapprove (borderline: an opinion in an "
    # "interview; NONE defensible).",
    "ask-009": "Republicans 'agreed that' the US should not send ground troops: a shared view, NONE.",
    "ask-011": "The Trump operation arriving in Cleveland: no one acted on, NONE.",
    "ask-013": "Sanders noting that discussions about the bill are ongoing: no party named, a status update, NONE "
               "(borderline; CONSULT defensible, as blind9's 'a deal was in place' was labelled AGREE).",
    "ask-014": "South Korea's military saying projectiles 'launched Thursday' likely crashed: the launch is a "
               "participle mention, the main clause an assessment, NONE.",
    "ask-018": "Graham's rebuke of Obama over the comment: ACCUSE/disapprove, Graham on Obama (the recipient is the "
               "possessor of the admission). Obama asking Putin to halt the cyber attacks (inside the admission) "
               "as other event, REQUEST.",
    "ask-019": "Esquire.com calling Trump's voter-fraud claim 'the most bizarre lie' of his presidency: "
               "ACCUSE/disapprove (quoted with its speaker).",
    "ask-027": "Hosemann saying he won't turn over information to the commission: a refusal, REJECT; telling them to "
               "'go jump in the Gulf of Mexico' is an insult, ACCUSE/disapprove as other event.",
    "ask-030": "Trump Jr. admitting to meeting a Russian attorney last summer: the admission reports the meeting, "
               "CONSULT (borderline: a past meeting told through an admission).",
    "ask-037": "Cohen acknowledging a payment to Daniels and insisting it was his own money: a private payment and "
               "a denial, NONE (borderline).",
    "ask-040": "'The White House was shelled last week after ...': a metaphor for heavy criticism, so the criticism "
               "is the event, ACCUSE/disapprove with no critic named (borderline; an ASSAULT reading is wrong).",
    "ask-043": "A run of sentences the splitter kept together: Pataki saying it is 'just wrong' that she thought of a "
               "primary before the troops: criticism of her, ACCUSE/disapprove (borderline).",
    "ask-050": "Trump telling Zelensky by phone 'I would like you to do us a favor' and examine ...: a request, "
               "REQUEST.",
    "ask-051": "Main clause: ACA states taking up the law's defence in court, no one acted on; the after-clause: "
               "Trump ordering the Justice Department to stop defending the law, REQUEST (borderline: an order "
               "within the executive; NONE defensible).",
    "ask-052": "Bare quote judging a governor, speaker outside the sentence: NONE.",
    "ask-054": "Trump 'thrilled to be in Yuma' and visiting the border wall: a wall is no actor, NONE.",
    "ask-058": "Kim and Trump 'gladly accepted each other's invitation' to visit (as the paper reported): AGREE; the "
               "planned visits as other event, CONSULT/visit.",
    "ask-063": "The special counsel's staff writing a report, described by an opinion writer: NONE.",
    "ask-065": "'Cory Booker went too far': the writer's own opinion, NONE.",
    "ask-077": "A question quoted inside a quote: NONE.",
    "ask-080": "The House voting to impeach Trump, accusing him of high crimes: ACCUSE/allege (impeachment is a "
               "charge; SANCTION defensible).",
    "ask-081": "'This is censorship': a judgement with no speaker in the sentence, NONE.",
    "ask-082": "Congress passing a spending bill for aid at the border: domestic policy, NONE.",
    "ask-085": "A quoted letter: 'We encourage you to be aggressive in your investigation': a demand, REQUEST with the "
               "quote's 'We' and 'you' (borderline: the speaker is only the quote's 'We').",
    "ask-087": "The contempt fight drawing interest from outside groups: NONE.",
    "ask-092": "Senators proposing an immigration bill: domestic policy, NONE.",
    "ask-093": "Waters' office not responding to a request for comment: a non-act, NONE.",
    "ask-096": "Trump talking about the wall and how Mexico would pay for it: campaign talk, NONE.",
    "ask-099": "The host saying he runs because Trump is 'unfit': criticism of Trump, ACCUSE/disapprove.",
    "ask-100": "The president saying 'I won't be here' during debt discussions: a remark, NONE.",
}
