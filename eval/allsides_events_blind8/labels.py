"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asi-001": (ev("COOPERATE", ["the Obama administration"], ["the incoming Trump team"], None, "handed over plans ... to"),
                []),
    "asi-014": (ev("REQUEST", ["the Trump administration"], ["the Supreme Court"], None,
                   "go to the Supreme Court for a ruling"), []),
    "asi-020": (ev("REQUEST", ["Thune"], ["the president"], None, "a letter to the president urging him to shelve"), []),
    "asi-021": (ev("ACCUSE", ["the House"], ["the president"], "allege", "is suing"), []),
    "asi-026": (ev("CONSULT", ["Papadopoulos"], ["Downer"], None, "was with"), []),
    "asi-033": (ev("ASSAULT", [], ["Four U.S. soldiers"], None, "were killed in combat"), []),
    "asi-034": (ev("SANCTION", ["a second federal judge"], ["the department"], None, "rejected the department's efforts"),
                []),
    "asi-038": (ev("ACCUSE", ["Trump"], ["Biden"], "disapprove", "mock"), []),
    "asi-045": (ev("ACCUSE", ["Vera Eidelman"], ["Facebook"], "disapprove", "should not be censoring"), []),
    "asi-050": (ev("SUPPORT", ["The FBI"], ["him"], None, "vouched for"), []),
    "asi-054": (ev("ACCUSE", [], ["The comments"], "disapprove", "had drawn criticism"), []),
    "asi-055": (ev("CONSULT", ["He"], ["Democrat leaders"], None, "invited ... to view ... in person"), []),
    "asi-064": (ev("SANCTION", ["The Trump administration"], ["Russian tycoons"], None, "announced new sanctions on"), []),
    "asi-068": (ev("ACCUSE", ["Gus Kenworthy"], ["Ivanka"], "disapprove", "lashed out at"), []),
    "asi-073": (ev("REJECT", ["Lightfoot"], ["federal agents"], None, "What we do not need ... wrote"), []),
    "asi-089": (ev("REJECT", ["Investigators"], ["Mr. Flynn"], None, "unwilling to broker a deal"), []),
    "asi-090": (ev("ASSAULT", ["Sayfullo Saipov"], [], None, "a truck attack ... was carried out by"), []),
    "asi-097": (ev("ASSAULT", [], [], None, "clashes also erupted"), []),
    "asi-099": (ev("ACCUSE", ["Clinton"], ["Mr. Trump"], "disapprove", "has a great capacity to use bluster and bigotry"),
                []),
}

NOTES = {
    "asi-001": "The outgoing administration handing campaign plans to the incoming team (reported by Foreign Policy): "
               "sharing of plans, COOPERATE (borderline: a domestic transition; NONE defensible).",
    "asi-005": "'Allegations made by Tester against Jackson are proving false': the author's verdict on a claim, the "
               "allegation only a nominal mention: NONE (borderline).",
    "asi-006": "McConnell 'has strongly opposed the consideration of other bills': opposition to domestic bills, no "
               "actor acted on, NONE as asd-031/asg-002 (borderline; REJECT defensible).",
    "asi-010": "Madison's prediction; Shays's rebels' 1786 demand is historical background in an 'as' clause: NONE.",
    "asi-014": "The administration going to the Supreme Court for a ruling: an appeal to the court, REQUEST "
               "(borderline; ACCUSE as legal action defensible).",
    "asi-021": "Main clause a forecast ('is likely to strike a nerve'); the 'when' clause reports the House suing "
               "the president: ACCUSE/allege (lawsuit).",
    "asi-024": "'would certainly extend the invite': an intention under 'would', no invitee: NONE (borderline).",
    "asi-026": "Papadopoulos 'was with' Downer in a bar: the reported meeting, CONSULT (borderline; a state).",
    "asi-034": "A federal judge rejecting the department's efforts: a court ruling, SANCTION per the project's rule "
               "(REJECT defensible); 'saying it had to offer' is the ruling's content.",
    "asi-038": "Trump and allies 'continue to ... mock' Biden's miscues: an ongoing campaign of ridicule, "
               "ACCUSE/disapprove.",
    "asi-039": "DoJ spokesman defending the program and studying the ruling: a stance, NONE (borderline).",
    "asi-043": "'the executive order that sparked mass protests': a nominal mention in a relative clause, NONE.",
    "asi-045": "ACLU attorney saying Facebook 'should not be censoring political speech': criticism of Facebook's "
               "act, ACCUSE/disapprove (borderline; a normative statement).",
    "asi-050": "The FBI 'vouched for' Steele in renewal applications (quoted from a document named in the sentence): "
               "SUPPORT (borderline).",
    "asi-054": "'The comments had drawn criticism at home': criticism of someone's comments with the critics unnamed, "
               "ACCUSE/disapprove with no actor (borderline; the speaker is outside the sentence).",
    "asi-055": "Inviting Democratic leaders to view the report in person: an invitation to come, CONSULT "
               "(borderline; AGREE as an offer defensible).",
    "asi-059": "An occupied zone 'portrayed positively by outlets': media coverage of a thing, NONE.",
    "asi-066": "'from Brazile forwarding debate questions to the Clinton camp': a gerund inside a list of evidence, "
               "a passing mention, NONE (borderline).",
    "asi-067": "The White House responding to an email: responding to a document, background, NONE (borderline).",
    "asi-070": "Pelosi 'has publicly questioned whether Medicare for All proposals can achieve' their aims: a stance "
               "on proposals, NONE (borderline; ACCUSE defensible).",
    "asi-073": "Lightfoot writing that secret federal agents deployed to Chicago are what the city does not need: "
               "rejecting the deployment, REJECT (borderline; ACCUSE defensible).",
    "asi-075": "'Story highlights' line: a heading, NONE (would be MOBILIZE/REJECT in running text).",
    "asi-080": "Graham reporting that voters are pleased with the president: others' views, NONE (borderline).",
    "asi-084": "'Trump wants Sessions to launch an investigation': a wish, NONE as as-e192 (borderline; the public "
               "demand is outside the sentence).",
    "asi-085": "Li referencing Bannon's remarks and a complaint about a statistic: no one acted on, NONE "
               "(borderline).",
    "asi-089": "Investigators 'unwilling to broker a deal' with Flynn: a refusal, REJECT (borderline; a stance).",
    "asi-090": "A truck attack 'carried out by' Saipov: ASSAULT (the main clause's predicate).",
    "asi-091": "'Obama dropped his idea to tweak inflation adjustments': a line without a full stop (a heading) and "
               "a domestic proposal withdrawn: NONE (borderline; RETREAT defensible).",
    "asi-095": "'did not sit well with the prosecution' (idiom) and the defence reiterating a plea: NONE (borderline).",
    "asi-096": "Christie 'saying mistakes were clearly made': an admission to no one, NONE (borderline; CONCEDE).",
    "asi-097": "'Sporadic clashes also erupted throughout Aden': fighting, ASSAULT with no actor named.",
    "asi-099": "Clinton saying Trump uses 'bluster and bigotry to inflame people': ACCUSE/disapprove.",
}
