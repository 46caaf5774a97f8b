"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asp-003": (ev("ACCUSE", ["Ms. Watson"], ["Mr. Fairfax"], "allege", "came forward ... saying she was raped by"), []),
    "asp-014": (ev("ACCUSE", ["Mueller's office"], [], "allege", "has been busy making charges"), []),
    "asp-017": (ev("REJECT", ["U.S. officials"], [], None, "could not agree to any language"), []),
    "asp-020": (ev("ACCUSE", ["Trump"], ["the G7"], "disapprove", "had griped ... that"), []),
    "asp-022": (ev("ACCUSE", ["U.S. intelligence officials"], ["Russia"], "allege", "charged that ... had interfered"),
                []),
    "asp-023": (ev("ACCUSE", ["Biden’s campaign"], ["Sanders"], "disapprove", "is going on the offensive against"),
                []),
    "asp-026": (ev("CONSULT", ["she"], ["Jerusalem"], "visit", "went to Jerusalem to talk"), []),
    "asp-028": (ev("ACCUSE", ["Republicans"], ["Mrs. Clinton"], "disapprove",
                   "said the breakdown seemed to have been particularly acute during"), []),
    "asp-031": (ev("ACCUSE", ["He"], ["Warren"], "disapprove", "reused his \" Pocahontas \" nickname for"), []),
    "asp-036": (ev("REQUEST", ["the Alaska governor, Bill Walker"], [], None, "pressure from ... to vote"), []),
    "asp-040": (ev("ACCUSE", ["Cruz"], ["Obama"], "disapprove", "challenged Obama that ... he should try"), []),
    "asp-042": (ev("PROTEST", ["protesters"], [], "riot", "set a fire and vandalized police cars"), []),
    "asp-050": (ev("ASSAULT", ["The three gunmen"], ["the satirical newspaper Charlie Hebdo", "a kosher supermarket"],
                   None, "were ... able to plan and execute attacks on"),
                [ev("ACCUSE", ["French law enforcement and intelligence agencies"], ["The three gunmen"], "investigate",
                    "had all been monitored ... by")]),
    "asp-054": (ev("ACCUSE", ["Another staffer"], ["Conyers"], "allege", "told BuzzFeed that ... used taxpayer funds"),
                []),
    "asp-056": (ev("SANCTION", ["The Los Angeles Superior Court"], ["the Center for Medical Progress"], None,
                   "issued a temporary restraining order ... stopping"), []),
    "asp-067": (ev("SANCTION", ["Judge Peter J. Messitte"], ["Trump"], None, "ruling ... will let ... proceed"),
                [ev("ACCUSE", ["the plaintiffs"], ["Trump"], "allege", "their case, which charges that")]),
    "asp-072": (ev("ACCUSE", ["the presumptive GOP presidential nominee"], ["Our politicians"], "disapprove",
                   "have aggressively pursued a policy of globalization ... said"), []),
    "asp-073": (ev("SANCTION", ["the jury"], ["Stone"], None, "the jury that convicted"), []),
    "asp-075": (ev("SUPPORT", ["the president"], ["you"], "praise", "you've always given it to me straight ... said"),
                []),
    "asp-077": (ev("THREATEN", ["foreign ministry spokesman Zhao Lijian"], ["outside powers"], None,
                   "we will take necessary countermeasures to hit back"),
                [ev("REJECT", ["foreign ministry spokesman Zhao Lijian"], [], None, "We will not accept")]),
    "asp-087": (ev("ASSAULT", ["He"], ["12 people"], None, "kills"), []),
    "asp-090": (ev("ACCUSE", ["Fiscal hawks"], ["Congress"], "disapprove", "are angry that"), []),
    "asp-098": (ev("REJECT", ["Lerner"], [], None, "refused to answer questions"), []),
}

NOTES = {
    "asp-002": "An opinion section's analysis of the Soleimani killing (a gerund mention in passing): NONE.",
    "asp-003": "Main clause a conditional case ('should Mr. Northam continue ..., he ought to appoint'): no demand "
               "made; the when/after clause reports Watson's allegation against Fairfax: ACCUSE/allege (borderline).",
    "asp-004": "Griner 'having been shot in the ankle' in a police statement on her condition: a participle in "
               "passing, NONE (borderline).",
    "asp-011": "ICE posting information advising parents to call a line: administrative notice, NONE.",
    "asp-014": "Mueller's office 'busy making charges and soliciting guilty pleas': ACCUSE with no recipient "
               "(borderline: ongoing, generic-sounding).",
    "asp-017": "'could not agree to any language ... that suggests acceptance of abortion' said in a UN debate: a "
               "refusal, REJECT (borderline).",
    "asp-021": "Dempsey's view in a letter to a congressman: an opinion, NONE.",
    "asp-023": "A campaign 'going on the offensive against Sanders': verbal attack, ACCUSE/disapprove.",
    "asp-026": "Going to Jerusalem to talk about the US commitment: a visit, CONSULT/visit.",
    "asp-028": "Republicans saying a breakdown was acute during Clinton's time in office: blame, ACCUSE/disapprove "
               "(borderline).",
    "asp-033": "An ad described (mentions the money Abbott received): NONE (borderline: an attack ad).",
    "asp-036": "The governor's pressure to vote 'no' described as steadfast: REQUEST with no addressee in the "
               "sentence (borderline: a nominal).",
    "asp-038": "A reporter interviewing a nominee (caption-like): NONE.",
    "asp-040": "Cruz 'challenged Obama that ... he should try moving the White House': a taunt, ACCUSE/disapprove "
               "(REQUEST defensible).",
    "asp-042": "Protesters setting a fire and vandalising police cars: PROTEST/riot.",
    "asp-044": "Terms of an agreement (a prisoner swap that 'would see'): NONE (borderline).",
    "asp-046": "Growing close to the Bushes, 'visiting them at their summer home': background habit, NONE.",
    "asp-050": "Gunmen monitored but able to execute attacks on Charlie Hebdo (history, told as the main clause): "
               "ASSAULT (borderline); the monitoring ACCUSE/investigate as other event.",
    "asp-052": "Trump introducing a baseball player and praising his homer: ceremony, no political interaction, "
               "NONE (borderline: SUPPORT defensible).",
    "asp-054": "A staffer telling BuzzFeed that Conyers used taxpayer funds: ACCUSE/allege.",
    "asp-059": "Politico's source: IRS officials 'knew employees were singling out conservative groups': a "
               "finding of knowledge, the targeting embedded, NONE (borderline).",
    "asp-061": "A hearing scheduled; a senator promising a new version of a bill: legislative routine, NONE.",
    "asp-062": "A visa suspension narrowing an exemption: domestic policy, NONE.",
    "asp-066": "'The US may also add further charges': a possibility, NONE.",
    "asp-067": "A judge's ruling letting the case proceed against Trump: SANCTION (borderline); the case 'which "
               "charges that' as other event ACCUSE/allege.",
    "asp-072": "The nominee saying 'our politicians have aggressively pursued a policy of globalization': criticism "
               "without an evaluative verb, ACCUSE/disapprove.",
    "asp-073": "Main clause a revelation; the relative clause 'the jury that convicted Stone' a specific conviction: "
               "SANCTION.",
    "asp-075": "The president telling someone 'you've always given it to me straight': praise, SUPPORT.",
    "asp-076": "A tweet's opinion (with 'he's probably lying' in a parenthesis): NONE (borderline).",
    "asp-077": "A spokesman: 'we will take necessary countermeasures to hit back': THREATEN; 'will not accept any "
               "foreign interference' REJECT as other event.",
    "asp-081": "'he said Trump wouldn't sign on': a forecast of another's refusal, NONE.",
    "asp-083": "Officials who 'will testify before the same committee': scheduled testimony, domestic procedure, NONE "
               "(borderline).",
    "asp-086": "An actress detailing her account of an affair in 2011: disclosure, background, NONE (borderline).",
    "asp-087": "'He kills 12 people before killing himself': ASSAULT (narrative present).",
    "asp-090": "Fiscal hawks 'angry that Congress is again moving to bust through spending caps': feelings voiced at "
               "someone, ACCUSE/disapprove.",
    "asp-092": "A demand whose speaker is outside the sentence: NONE.",
    "asp-093": "Releasing one's own tax returns: NONE.",
    "asp-095": "Senators planning to ask a question: a plan, NONE.",
    "asp-098": "Lerner refusing to answer questions at a hearing: REJECT.",
    "asp-099": "Sessions announcing a 'zero tolerance' policy: domestic policy announced, NONE (borderline).",
}
