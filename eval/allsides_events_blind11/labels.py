"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asl-002": (ev("ACCUSE", ["Trump"], ["Warren"], "disapprove", "nicknamed her \u201cPocahontas\u201d"),
                [ev("ACCUSE", ["Warren"], ["Trump"], "disapprove", "criticized")]),
    "asl-010": (ev("ACCUSE", ["Sen. Elizabeth Warren"], ["Sessions"], "disapprove",
                   "to pounce on Sessions\u2019s nomination as unacceptable"), []),
    "asl-011": (ev("ACCUSE", ["Both women"], ["the lead company"], "allege", "laid some of the blame ... on"), []),
    "asl-014": (ev("ACCUSE", ["Both sides"], ["China"], "disapprove", "condemn"),
                [ev("REQUEST", ["Both sides"], ["the US and its allies"], None, "call on ... to take action")]),
    "asl-018": (ev("ACCUSE", ["Singer-songwriter John Legend"], ["Our National Embarrassment"], "disapprove",
                   "weighed in, tweeting"), []),
    "asl-030": (ev("CONSULT", ["The two"], [], "phone", "had a \u201cvery nice call,\u201d"), []),
    "asl-038": (ev("ASSAULT", ["three attackers"], [], None, "killed ... and wounded"), []),
    "asl-039": (ev("ACCUSE", ["Mr. Romney"], ["the president"], "disapprove",
                   "says the president is a big-government defender who is stifling"), []),
    "asl-046": (ev("ACCUSE", ["Rep. Lynn Jenkins"], ["the president"], "disapprove",
                   "\u201cIt was a terribly misguided idea ... said"), []),
    "asl-073": (ev("COERCE", ["law enforcement"], ["the second suspect of the Boston Marathon bombings"], "arrest",
                   "take ... into custody"), []),
    "asl-074": (ev("PROTEST", ["Some Colts"], [], "demo", "locked arms and wore black T-shirts"), []),
    "asl-078": (ev("ACCUSE", ["the Trump administration"], ["India"], "disapprove", "singled out by"), []),
    "asl-079": (ev("ACCUSE", ["Gates"], ["Biden"], "allege", "accused him of"),
                [ev("SUPPORT", ["Gates"], ["Biden"], None, "called Biden a man of \"integrity\"")]),
    "asl-081": (ev("SUPPORT", ["The White House"], ["the many courageous young Americans"], None, "We applaud"), []),
    "asl-084": (ev("ACCUSE", ["Manafort\u2019s team"], ["they"], "allege", "said they were misconstruing"), []),
    "asl-092": (ev("ASSAULT", [], ["some 20 informants"], None, "had been killed"),
                [ev("COERCE", [], ["some 20 informants"], "arrest", "jailed")]),
    "asl-098": (ev("ACCUSE", ["The president of the United States"],
                   ["the former highest-ranking (and only) African American woman in his administration"], "disapprove",
                   "referred to ... as a 'crazed, crying lowlife'"), []),
    "asl-100": (ev("ACCUSE", ["Democrats in Congress"], ["Trump"], "allege", "have accused ... of"), []),
}

NOTES = {
    "asl-002": "Trump nicknaming Warren 'Pocahontas' after she criticized him: name-calling, ACCUSE/disapprove "
               "(pronouns replaced by their antecedents in the sentence); her criticism as other event.",
    "asl-004": "Abedin remaining tight-lipped and brushing past reporters: no one acted on, NONE.",
    "asl-010": "Warren pouncing on Sessions's nomination as unacceptable (link text inside the sentence left as "
               "it is): criticism, ACCUSE/disapprove.",
    "asl-011": "Both women laying blame on the contractor: ACCUSE/allege.",
    "asl-014": "'Both sides condemn China and call on the US ... to take action:' an AllSides line summarising "
               "outlets' coverage, ending in a colon: ACCUSE with the call as REQUEST (borderline: a lead-in to a "
               "list of opinion pieces; NONE defensible).",
    "asl-018": "Legend tweeting that 'Our National Embarrassment' can't show empathy: criticism of the president, "
               "ACCUSE/disapprove without an evaluative verb.",
    "asl-020": "Trump entering to a standing ovation: a crowd's reaction, NONE (borderline).",
    "asl-026": "Bush addressing the nation: a speech to no actor, NONE.",
    "asl-027": "CNN standing by its story: a statement, NONE (borderline; a rejection of criticism).",
    "asl-029": "Trump denying wrongdoing: a denial is a statement in PLOVER (CAMEO 016), NONE.",
    "asl-030": "'The two eventually had a very nice call': CONSULT/phone.",
    "asl-036": "The writer saying she is right to criticize the H-1B 'lie': the writer's judgement on a claim, NONE.",
    "asl-038": "Main clause an opinion; the relative 'where three attackers ... killed at least seven and wounded "
               "48' reports a specific attack, so ASSAULT (as the labelling rules take finite relative clauses).",
    "asl-039": "'To hear them tell it', Romney saying the president is a big-government defender stifling the "
               "market: ACCUSE/disapprove (borderline: the writer's summary of campaign talk). Obama 'thinks' is "
               "no act and is not listed.",
    "asl-043": "'describing his decision to request Mr. Tyler's resignation': a participial mention of the "
               "demand, NONE (borderline).",
    "asl-045": "A brief to the Fourth Circuit putting forward a board's position: legal argument, NONE.",
    "asl-046": "Jenkins calling the president's proposal 'a terribly misguided idea' in the GOP address: "
               "ACCUSE/disapprove.",
    "asl-049": "Bundy speaking on behalf of protesters; the standoff is background in a relative clause without "
               "an event verb: NONE.",
    "asl-062": "Meadows 'sounded a note of disappointment but did not criticize McCain': the sentence denies "
               "criticism, NONE (borderline).",
    "asl-068": "Bare quote addressing the president, speaker outside the sentence: NONE.",
    "asl-073": "Main clause a press conference; the relative clause 'that led law enforcement to take the second "
               "suspect ... into custody' reports the arrest: COERCE/arrest.",
    "asl-074": "Colts players locking arms in T-shirts with a slogan: a demonstration, PROTEST/demo (borderline).",
    "asl-075": "Tillerson 'aims to send Russia a clear message': an aim, NONE (borderline).",
    "asl-077": "'The complaints come after ...': the complaints only named, NONE.",
    "asl-078": "India 'singled out by the Trump administration for their trade surpluses': criticism, "
               "ACCUSE/disapprove (passive with agent).",
    "asl-079": "Gates accusing Biden of 'poisoning the well': ACCUSE/allege; calling him a man of 'integrity' as "
               "other event, SUPPORT.",
    "asl-081": "The White House: 'We applaud the many courageous young Americans ...': praise, SUPPORT.",
    "asl-084": "Manafort's team saying prosecutors ('they', outside the sentence) were misconstruing "
               "communications: ACCUSE/allege (borderline; no evaluative word).",
    "asl-088": "Barr issuing a ruling on immigration courts: an administrative rule, no actor acted on, NONE "
               "(borderline).",
    "asl-092": "Some 20 informants killed or jailed, no agent named: ASSAULT, the jailing as other event COERCE.",
    "asl-096": "The writer's view of the media 'attempting' to smear Trump: opinion, NONE (borderline).",
    "asl-098": "Quoted tweet (speaker 'he' in the sentence): the president calling a former aide a 'crazed, "
               "crying lowlife': ACCUSE/disapprove.",
    "asl-100": "Democrats accusing Trump of hijacking the event: ACCUSE/allege.",
}
