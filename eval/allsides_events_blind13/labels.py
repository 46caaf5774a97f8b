"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asn-003": (ev("ACCUSE", ["Nadler", "House Intelligence Chairman Adam Schiff",
                              "House Oversight Committee Chairman Elijah Cummings"], ["Barr"], "disapprove",
                   "issued a joint statement calling into question"),
                [ev("REQUEST", ["Nadler", "House Intelligence Chairman Adam Schiff",
                                "House Oversight Committee Chairman Elijah Cummings"], [], None, "calling \"for the release")]),
    "asn-005": (ev("COERCE", [], ["Representative Pramila Jayapal of Washington"], "arrest",
                   "was the only lawmaker arrested at the immigration protest"), []),
    "asn-006": (ev("CONSULT", ["the two men"], [], "meet", "met at"),
                [ev("AGREE", ["the GOP governors"], [], None, "had agreed to stand together")]),
    "asn-021": (ev("ACCUSE", ["Trump"], ["Robert Mueller"], "allege",
                   "Is Robert Mueller ever going to release his conflicts of interest ... Trump said in a second tweet"), []),
    "asn-025": (ev("ACCUSE", ["Gallagher"], ["they"], "allege",
                   "issued a statement ... saying ... they would make up blatant lies about me"), []),
    "asn-035": (ev("ACCUSE", ["Critics"], ["the program"], "disapprove", "pounced on"), []),
    "asn-046": (ev("REJECT", ["Assad"], ["Obama"], None, "has called his bluff"), []),
    "asn-051": (ev("ACCUSE", ["he"], ["Senate Democrats and their allies"], "disapprove",
                   "are trying to destroy a man\u2019s personal and professional life ... he said"), []),
    "asn-053": (ev("ACCUSE", ["President Obama"], ["the Senate"], "disapprove",
                   "called the Senate vote \"a pretty shameful day for Washington\""), []),
    "asn-055": (ev("ACCUSE", ["he"], ["Trump"], "disapprove", "handed down the following verdict"), []),
    "asn-056": (ev("ACCUSE", ["The Democrats\u2019 report"], ["Trump"], "allege", "accuses ... of committing obstruction"),
                []),
    "asn-068": (ev("ACCUSE", ["Obama"], [], "disapprove", "fired back"), []),
    "asn-071": (ev("ACCUSE", ["these same candidates"], ["President Trump"], "disapprove", "expressed outrage at"), []),
    "asn-084": (ev("CONCEDE", ["Washington"], ["Vietnam"], None, "partially lifted the embargo on arms"), []),
    "asn-086": (ev("CONSULT", ["U.S. President Donald Trump", "China President Xi Jinping"], [], "meet",
                   "are expected to meet"), []),
    # relabelled NONE by events45b (criticism of a thing naming no one; allsides_events/README.md)
    # "asn-093": (ev("ACCUSE", ["Destiny Lopez"], [], "disapprove",
    # "It\u2019s short-sighted and dangerous to pave the path to victory ... chimed in"), []),
    "asn-094": (ev("ACCUSE", ["the campaign"], ["Sanders"], "disapprove",
                   "hammering home the idea that Sanders simply has no record"), []),
}

NOTES = {
    "asn-003": "Nadler, Schiff and Cummings issuing a joint statement questioning Barr's 'objectivity': criticism, "
               "ACCUSE/disapprove; 'calling for the release' of the report as other event REQUEST (no addressee named).",
    "asn-005": "A quote of Jayapal's (an opinion, NONE) whose relative clause reports her arrest at last week's "
               "protest: COERCE/arrest with no doer (borderline: the arrest is told inside a copular relative clause).",
    "asn-006": "'the two men met at the Governor's Mansion': CONSULT/meet; the governors having 'agreed to stand "
               "together' as other event AGREE.",
    "asn-011": "'worldwide outrage directed at the terror group' and 'an influx of ... experts to help Nigeria' are "
               "nominals under 'resulted in': NONE (borderline).",
    "asn-014": "'categorically denied by Kavanaugh' a passing participle in a tweet describing an allegation: NONE.",
    "asn-018": "A defence lawyer describing his own client as 'deeply disturbed': no interaction, NONE.",
    "asn-019": "'sending a bat signal that they are open to an alternative': an idiom, NONE.",
    "asn-020": "An all-capitals headline (a campaign launch, no interaction anyway): NONE.",
    "asn-021": "Trump tweeting 'Is Robert Mueller ever going to release his conflicts of interest ...': a rhetorical "
               "question that alleges conflicts, ACCUSE/allege (borderline: the sets take plain questions as NONE).",
    "asn-025": "Gallagher's statement through his lawyer that 'they would make up blatant lies about me': an "
               "accusation, ACCUSE/allege; 'they' (the witnesses) has its antecedent outside the sentence.",
    "asn-026": "Obama and Clinton 'forged ... a strong working relationship' while she served him: background "
               "inside one administration, NONE (borderline).",
    "asn-035": "'Critics pounced on the program again last year': criticism, ACCUSE/disapprove (the programme stands "
               "for those who run it); the GAO sting in the when-clause is no interaction.",
    "asn-046": "'Assad has called his bluff': an idiom for defying Obama's stated red line, a concrete defiance, REJECT "
               "(borderline: NONE defensible as an idiom).",
    "asn-051": "'Senate Democrats and their allies are trying to destroy a man's ... life ...,' he said: criticism "
               "without an evaluative verb, ACCUSE/disapprove.",
    "asn-053": "A rhetorical question whose when-clause reports Obama calling the Senate vote 'a pretty shameful "
               "day': ACCUSE/disapprove (the subordinate clause reports the event; borderline).",
    "asn-055": "'he handed down the following verdict' on Trump's slogan: a commentator's judgement (no court), "
               "ACCUSE/disapprove.",
    "asn-059": "Graham 'now wants to know whether it was conducted properly': a wish, NONE (borderline; "
               "ACCUSE/investigate defensible).",
    "asn-063": "A county to 'receive $38 million in state funding': a domestic budget allocation, NONE (borderline AID).",
    "asn-065": "'ruled out a run' (no interaction) and 'criticism over his handling' (a nominal): NONE.",
    "asn-067": "A timeline line in the present ('Donald Trump nominates ... Kavanaugh'): a domestic nomination, NONE.",
    "asn-068": "'Obama fired back in his Portsmouth appearance': a retort to criticism, ACCUSE/disapprove without a "
               "named target (borderline).",
    "asn-070": "Primary voters 'who overwhelmingly backed Ocasio-Cortez': an election result, NONE (borderline).",
    "asn-071": "The candidates 'expressed outrage at President Trump for tweeting ...' in a while-clause: "
               "ACCUSE/disapprove; the main clause is the writer's opinion.",
    "asn-078": "Cooper arguing a legal point to the Justices: a court argument, no PLOVER interaction, NONE (borderline).",
    "asn-081": "An aide explaining why the speaker holds the articles: NONE (borderline).",
    "asn-084": "'Washington partially lifted the embargo on arms in 2014': easing a sanction on Vietnam, CONCEDE; "
               "'Vietnam wanted full access' a want, not listed.",
    "asn-086": "Trump and Xi 'are expected to meet this month at a gathering of the Group of 20': a scheduled "
               "summit, CONSULT/meet (borderline: 'expected').",
    # relabelled NONE by events45b (criticism of a thing naming no one; allsides_events/README.md)
    # "asn-093": "'It's short-sighted and dangerous to pave the path to victory ... at the expense of women,' Lopez "
    # "chimed in: criticism of the party's strategy with no named target, ACCUSE/disapprove (borderline).",
    "asn-094": "The campaign 'hammering home the idea that Sanders simply has no record on issues': an attack on "
               "a rival, ACCUSE/disapprove (borderline: a participle beside the main clause).",
    "asn-098": "'I'm still waiting on the owners ... to stop running from this situation': an unattributed wish, "
               "NONE (borderline).",
}
