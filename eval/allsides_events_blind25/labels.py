"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asy-001": (ev("SUPPORT", ["I"], ["John"], None, "thank ... for his service"), []),
    "asy-005": (ev("SUPPORT", ["He"], ["GOP Senate candidate Kevin Cramer"], None, "campaign for"), []),
    "asy-010": (ev("ACCUSE", ["He"], ["Hillary Clinton"], "allege",
                   "asserted that ... should be under investigation"), []),
    "asy-018": (ev("SANCTION", ["Trump"], ["the WHO"], None, "would pause funding for"), []),
    "asy-022": (ev("REQUEST", ["he"], ["Israelis", "Palestinians"], None, "said ... need to"), []),
    "asy-025": (ev("SUPPORT", ["He"], ["the Mercy officials"], None,
                   "said the Mercy officials showed \"character and common sense\""), []),
    "asy-038": (ev("REJECT", ["the social network"], [], None, "insisted that it’s a “neutral” platform"), []),
    "asy-041": (ev("ASSAULT", ["Iraqi Kurdish troops"], [], None, "recaptured"), []),
    "asy-044": (ev("ACCUSE", ["Mr. Trump"], ["CNN"], "disapprove", "drew Mr. Trump’s hostility"), []),
    "asy-051": (ev("REQUEST", ["Rob Harris"], ["the office"], None, "delivered three boxes full of petitions to"),
                []),
    "asy-054": (ev("SANCTION", ["The UN"], ["North Korea"], None, "approved further economic sanctions on"),
                [ev("ACCUSE", ["Pyongyang"], [], "disapprove", "said were a \"violent violation of our sovereignty\""),
                 ev("THREATEN", ["Pyongyang"], ["the US"], None, "warning the US would \"pay a price\"")]),
    "asy-056": (ev("ACCUSE", ["Alaska Republican Sen. Lisa Murkowski"], ["Interior"], "disapprove",
                   "If Interior was half as interested in new production as it is in new regulation"), []),
    "asy-060": (ev("REQUEST", ["Trump"], [], None, "called ... for improved relations with Russia"), []),
    "asy-063": (ev("SUPPORT", ["I"], ["Tommy Franks"], None, "I am very proud of what ... Tommy Franks did"), []),
    "asy-069": (ev("ACCUSE", ["Mr Trump's allies"], ["Mr Parnas"], "disapprove", "have rubbished Mr Parnas' claims"),
                []),
    "asy-073": (ev("CONSULT", ["a 10-member Canadian delegation"], ["Iran"], "visit", "was heading to Iran"), []),
    "asy-083": (ev("ACCUSE", ["Pat McCrory"], ["the federal government"], "allege", "accusing ... of"), []),
    "asy-088": (ev("ACCUSE", ["Treasury Secretary Steven Mnuchin"], ["the San Juan mayor"], "disapprove",
                   "said ... complaints ... were \"unfair\""), []),
    "asy-091": (ev("CONSULT", ["Mr Pompeo"], ["Kim Yong-chol"], "meet", "meet with"), []),
    "asy-093": (ev("SANCTION", ["Kennedy"], [], None, "issued a one-page order ... staying the ruling"), []),
    "asy-096": (ev("ACCUSE", ["Gabbard"], ["Trump"], "disapprove", "introduced a resolution to censure"), []),
    "asy-099": (ev("REQUEST", ["Obama"], [], None, "called for a limited military strike"), []),
}

NOTES = {
    "asy-001": "A quote opening with 'I thank John very much for his service': thanks with its speaker ('I') "
               "in the sentence, SUPPORT as the earlier sets' thanks.",
    "asy-005": "'He was in Fargo to campaign for GOP Senate candidate Kevin Cramer': campaigning for a "
               "candidate, an endorsement, SUPPORT (borderline: the purpose of a visit).",
    "asy-006": "An author's toast recounted ('I told them that ... Pyongyang reminded us of ... \"The Twilight "
               "Zone\"'): a joke in a memoir, NONE (borderline: ACCUSE).",
    "asy-009": "A quote with no named speaker; the main clause an opinion ('I do not know of another instance'); "
               "'the judge had already rejected the arguments' background inside a generic 'a case such as this', "
               "NONE (borderline: REJECT by the judge).",
    "asy-010": "'He has also repeatedly asserted that ... Hillary Clinton ... should be under investigation instead "
               "of him' (link text glued in by the source): an accusation, ACCUSE/allege.",
    "asy-018": "'Trump first announced ... that his administration would pause funding for the WHO': stopping aid "
               "to an organisation, SANCTION as PLOVER's reduction of aid (borderline: AID withheld).",
    "asy-021": "'ready to pressure members of Congress ... if Trump does decide to end the program': a conditional "
               "readiness, NONE (borderline: REQUEST).",
    "asy-022": "'he said in a joint appearance with ... Abbas here, those talks need to come without preconditions "
               "and Israelis and Palestinians need to \"push through\" obstacles': an appeal to both sides, REQUEST "
               "(borderline: a stance); the joint appearance only in passing.",
    "asy-023": "A candidate's support for policies and a pledge to revoke a permit: domestic policy stances, NONE.",
    "asy-028": "'reports of some of these fighters pledging allegiance to the Islamic State': a gerund under "
               "'reports of', background, NONE (borderline: SUPPORT).",
    "asy-038": "'the social network has hurriedly insisted that it's a \"neutral\" platform and won't use its "
               "... power to influence the election': a denial of a charge, REJECT (borderline: no one named "
               "whose charge it denies).",
    "asy-041": "'Iraqi Kurdish troops are said to have recaptured the town of Rabia': taking territory by force, "
               "ASSAULT (PLOVER's FIGHT merged) (borderline: 'are said to').",
    "asy-042": "Carney 'has since deflected most questions about the scandal': not answering reporters, NONE.",
    "asy-043": "The White House delaying a policy change: domestic policy, NONE.",
    "asy-044": "'CNN drew Mr. Trump's hostility by breaking the news ...': Trump's attack on CNN told through a "
               "noun, ACCUSE/disapprove (borderline: the hostility not itself described).",
    "asy-048": "'Trump has repeatedly derided the agreement as \"one of the worst deals\"': criticism of a deal, "
               "no actor judged in the sentence, NONE as asx-040 (borderline: ACCUSE); the certification "
               "'expected', a forecast.",
    "asy-051": "Quote with its speaker; the relative clause 'who delivered three boxes full of petitions to the "
               "office' a specific act, REQUEST (borderline: PROTEST).",
    "asy-054": "The UN's approval of sanctions on North Korea (recently) SANCTION; Pyongyang's condemnation "
               "(ACCUSE) and warning that the US would 'pay a price' (THREATEN) as other events.",
    "asy-056": "Murkowski: 'If Interior was half as interested in new production as it is in new regulation, our "
               "nation would be in a far better place': criticism of the department said through a counterfactual, "
               "ACCUSE/disapprove (borderline: NONE as a conditional).",
    "asy-059": "Candidates 'targeting' a group for support: campaigning, NONE.",
    "asy-060": "'Trump called frequently during his campaign for improved relations with Russia': an appeal "
               "repeated in a bounded past, REQUEST as the earlier sets' 'called for' (borderline: habitual).",
    "asy-062": "A hope in a bare quote (speaker outside the sentence), NONE.",
    "asy-063": "'I am very proud of what ... Tommy Franks did': praise with its speaker 'I' in the quote, SUPPORT "
               "(borderline: no speaker named).",
    "asy-067": "Objections raised to the wall plan and Hurd describing the wall as the most expensive way: "
               "criticism of a plan, no actor judged, NONE as asx-040 (borderline: ACCUSE).",
    "asy-068": "McConnell saying the Senate will vote on a bill: domestic scheduling, NONE.",
    "asy-069": "'Mr Trump's allies have rubbished Mr Parnas' claims': dismissing claims, ACCUSE/disapprove as "
               "as-e117.",
    "asy-070": "A ceremony moving the embassy 'outraged Palestinians': a feeling, no act told, NONE "
               "(borderline: PROTEST or ACCUSE).",
    "asy-073": "'a 10-member Canadian delegation was heading to Iran to assist victims' families': a visit, "
               "CONSULT/visit (borderline: AID).",
    "asy-081": "A bureau's aggregate restitution won for consumers: a statistic of many cases, NONE.",
    "asy-083": "McCrory 'accusing the federal government of a \"baseless and blatant overreach\"': ACCUSE/allege; "
               "defending the law a stance.",
    "asy-088": "Mnuchin said the mayor's complaints 'were \"unfair\"': disapproval of her complaints, "
               "ACCUSE/disapprove (borderline: REJECT).",
    "asy-091": "'Mr Pompeo did not meet with Mr Kim, but instead with Kim Yong-chol': the meeting that happened, "
               "CONSULT/meet.",
    "asy-093": "Justice Kennedy's order staying the 9th Circuit's ruling: a court ruling, SANCTION as the earlier "
               "sets (borderline: no party ruled against named); the emergency application only in passing.",
    "asy-096": "Relative clause 'who introduced a resolution to censure Trump': a formal move to censure, "
               "ACCUSE/disapprove.",
    "asy-099": "'Obama called for a limited military strike against Bashar Assad's forces': 'called for', REQUEST "
               "as the earlier sets (borderline: THREATEN); deferring a vote, domestic.",
}
