"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "aso-003": (ev("ACCUSE", ["Trump"], ["unidentified progressive congresswomen"], "disapprove",
                   "tweeted that ... should \"go back"), []),
    "aso-008": (ev("ACCUSE", ["Grinspoon"], ["the SUNY ophthalmologists"], "disapprove",
                   "they have no idea ... intellectually reckless ... Grinspoon said"), []),
    "aso-009": (ev("ASSAULT", [], ["three people"], "firearms", "were shot"), []),
    "aso-026": (ev("ACCUSE", ["immigration attorney Francisco Hernandez"], ["Trump"], "disapprove",
                   "told MacCallum that ... had \"written a blank check that he can't cash"), []),
    "aso-027": (ev("REQUEST", ["Texas Sen. Cruz"], ["him"], None, "added to that pressure"), []),
    "aso-031": (ev("ACCUSE", ["Clinton"], ["him"], "disapprove", "responded by calling ... unhinged"), []),
    "aso-038": (ev("REQUEST", ["They"], [], None, "asked for"), []),
    "aso-039": (ev("REQUEST", ["Shumlin"], ["Republican Congress"], None,
                   "it is time for ... to stop playing games"), []),
    "aso-048": (ev("ACCUSE", ["Mr. Bharara"], ["Citigroup\u2019s Mexican affiliate", "other American banks"],
                   "investigate", "has opened his own criminal investigations into"), []),
    "aso-051": (ev("ACCUSE", ["U.S. Circuit Judge Jerry Smith"], ["Obama administration attorneys"], "disapprove",
                   "had strong words for"), []),
    "aso-052": (ev("ACCUSE", ["Crane"], ["DHS"], "allege",
                   "DHS is in federal court right now for undermining ... Crane wrote"), []),
    "aso-057": (ev("SANCTION", ["The United States"], ["the Human Rights Council"], "relations", "withdrew from"),
                [ev("ACCUSE", ["The United States"], ["the group"], "allege", "citing what it called")]),
    "aso-064": (ev("ACCUSE", ["A police officer"], [], "investigate", "handed the case to a prosecutor"), []),
    "aso-065": (ev("ACCUSE", ["Obama"], ["Trump"], "disapprove", "argued that ... \"wasn\u2019t particularly Republican"),
                []),
    # relabelled NONE by events45b (criticism of a thing naming no one; allsides_events/README.md)
    # "aso-071": (ev("ACCUSE", ["They"], [], "disapprove", "said they are \u201cprofoundly disappointed"), []),
    "aso-072": (ev("SANCTION", ["his colleagues"], ["Congressman Steve King"], None, "was wrongly ostracized by"), []),
    "aso-075": (ev("THREATEN", ["The New York lawmaker"], ["the president"], None,
                   "added that the idea of the House impeaching the president is still on the table"), []),
    "aso-078": (ev("ACCUSE", ["Obama"], ["North Korea"], "allege", "said ... appeared to have acted alone"), []),
    "aso-083": (ev("REQUEST", ["Romney"], ["Trump"], None, "suggests that ... \"definitively repudiate"), []),
    "aso-097": (ev("REQUEST", ["They"], [], None, "demand"), []),
}

NOTES = {
    "aso-003": "Trump's tweet that progressive congresswomen 'should go back ...': a verbal attack, ACCUSE/disapprove "
               "(borderline: REQUEST defensible by the 'should'; the outrage it sparked has no named actor).",
    "aso-005": "Barr releasing his summary, in a 'since March 24, when ...' clause: a release of a document, no "
               "interaction, background: NONE.",
    "aso-008": "A named expert saying case-report authors 'have no idea' and pinning the death on CBD is 'reckless': "
               "criticism of named people, ACCUSE/disapprove (borderline: scientific disagreement; as asn-093).",
    "aso-009": "'three people were shot in or near the CHOP' over the weekend: ASSAULT/firearms with no actor.",
    "aso-012": "Cruz 'working the system to snatch delegates from Trump': campaign competition told as a metaphor, "
               "NONE (borderline).",
    "aso-014": "Officers injured in the line of duty, their injuries described: no actor, a state, NONE.",
    "aso-016": "'calls from some Democrats that he run' is a nominal in a 'despite' phrase; O'Rourke saying he will "
               "not run: NONE.",
    "aso-021": "A detainee moved between detention facilities: no new coercion, NONE (borderline: COERCE defensible).",
    "aso-022": "'Two of his most recent arrests in 2011 and 2018 came during protests': arrests named as nominals in "
               "a background statement, NONE (borderline).",
    "aso-026": "An immigration attorney telling a TV host that Trump's orders 'had written a blank check that he "
               "can't cash': criticism by idiom, ACCUSE/disapprove (borderline).",
    "aso-027": "Cruz 'added to that pressure' on him to drop out: pressure is REQUEST (as asf-008).",
    "aso-031": "Clinton 'calling his latest Twitter meltdown ... unhinged': ACCUSE/disapprove; the supporter's shout "
               "has no named target beyond 'he' and is not coded.",
    "aso-038": "'They also asked for any and all information': REQUEST with no addressee named; the dropped "
               "convictions in the relative clause are background.",
    "aso-039": "Shumlin saying 'it is time for (the) Republican Congress to stop playing games': a demand, REQUEST "
               "(borderline: ACCUSE/disapprove defensible; the praise of Obama's approach is not coded).",
    "aso-046": "'there is a specific deal on the table' to soften the fiscal cliff, per sources: no actor, NONE.",
    "aso-048": "Bharara having opened criminal investigations into a fraud at Citigroup's affiliate and other banks: "
               "ACCUSE/investigate.",
    "aso-050": "Trump's orders undoing Obama's actions (a reversal of protections): domestic policy, NONE.",
    "aso-051": "A judge's 'blistering dissent' with 'strong words for' administration attorneys: criticism, "
               "ACCUSE/disapprove (a dissent is no ruling, so not SANCTION).",
    "aso-052": "Crane writing that DHS 'is in federal court right now for undermining the constitutional rule of "
               "law': an allegation, ACCUSE/allege (borderline: most of the quote is analysis of a bill; the ICE "
               "agents' lawsuit is told in a participial 'referring to').",
    "aso-056": "Obama promising 'shovel-ready' jobs before signing the Recovery Act: a promise to no actor and a "
               "domestic bill, NONE.",
    "aso-057": "The United States withdrawing from the Human Rights Council: leaving an organisation, "
               "SANCTION/relations (borderline: PLOVER's reduce-relations; the lexicon's RETREAT/withdraw is "
               "military); 'citing what it called the group's anti-Israel bias' as other event ACCUSE/allege.",
    "aso-062": "A state Supreme Court 'began to look at the issue' after deciding a case; the conviction is a "
               "participial modifier: background, NONE (borderline).",
    "aso-064": "A police officer handing a case of suspected sex crimes to a prosecutor: a step of a criminal "
               "investigation, ACCUSE/investigate with no recipient in the sentence (borderline).",
    "aso-065": "Obama arguing in a speech that Trump's convention 'wasn't particularly Republican': criticism, "
               "ACCUSE/disapprove.",
    "aso-066": "Democrats 'likely to go to court' (a prediction); Republicans expressing 'a desire for the report to be "
               "made public' (a wish with no addressee): NONE.",
    # relabelled NONE by events45b (criticism of a thing naming no one; allsides_events/README.md)
    # "aso-071": "Parents 'profoundly disappointed that the killer ... will not face the consequence': disapproval of a "
    # "decision, ACCUSE/disapprove with no recipient in the sentence (borderline; as asc-019).",
    "aso-072": "King 'wrongly ostracized by his colleagues': SANCTION (the lexicon's ostracize; borderline, "
               "ACCUSE/disapprove defensible).",
    "aso-074": "Haley expected to sign a measure and calling it 'a new day': signing a bill is domestic policy, praise "
               "of a bill is no interaction, NONE (borderline).",
    "aso-075": "A lawmaker saying impeaching the president 'is still on the table': a threatened sanction, THREATEN "
               "(borderline: it may read as a statement of options); the colleagues' warnings in the 'even as' "
               "clause are not coded.",
    "aso-076": "Trump choosing to skip a debate to host a fundraiser: NONE.",
    "aso-077": "A speaker saying an attack on 9/11 'would be beneficial to both camps': an opinion, NONE.",
    "aso-078": "Obama saying North Korea appeared to have acted alone (the attribution of a hack): ACCUSE/allege.",
    "aso-083": "Romney suggesting that Trump 'definitively repudiate' Duke's support: REQUEST.",
    "aso-085": "A bare quote praising someone with no speaker in the sentence: NONE.",
    "aso-088": "Sondland's donation and testimony told in a relative clause of a comparison of accounts: background, "
               "NONE (borderline).",
    "aso-089": "A conditional 'we could even invite' and the administration's invitation last year in an 'as' clause: "
               "NONE.",
    "aso-094": "'She fought very hard,' he said: praise of effort with no interaction, NONE.",
    "aso-096": "'We weren't asked or notified about a trip': a request denied to have happened, NONE.",
    "aso-097": "'They demand an end to all evictions': REQUEST with no addressee in the sentence.",
    "aso-099": "Donations 'not disclosed, breaching the agreement': the author's charge with no actor, NONE.",
    "aso-100": "Settlements 'uprooted by Israeli governments in the past': habitual background, NONE.",
}
