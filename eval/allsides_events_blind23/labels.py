"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "asw-001": (ev("ACCUSE", ["Jones"], ["his party"], "disapprove", "broke with"),
                [ev("ACCUSE", ["Jones"], ["Dick Cheney"], "disapprove", "predicting that ... will someday rot in hell")]),
    "asw-002": (ev("ACCUSE", ["Trump allies", "Flynn’s legal team"], ["the Obama administration"], None,
                   "have sought to cast blame on"), []),
    "asw-015": (ev("ACCUSE", ["House Minority Leader Nancy Pelosi"], ["Republicans"], "disapprove",
                   "are the handmaiden of"), []),
    "asw-019": (ev("ASSAULT", ["Bashar al-Assad"], ["Western embassies"], None, "instigated attacks on"), []),
    "asw-027": (ev("ACCUSE", ["Sen. Susan Collins (R-ME)"], ["Feinstein"], "disapprove",
                   "Her legislation is not the answer"), []),
    "asw-029": (ev("SUPPORT", ["Bush"], ["Kavanaugh"], None, "credits ... with"), []),
    "asw-030": (ev("SUPPORT", ["Trump"], ["Pyongyang"], None, "welcomed"), []),
    "asw-037": (ev("ACCUSE", ["The Obama campaign"], ["Romney"], None, "had already latched onto the narrative that"),
                []),
    "asw-043": (ev("ACCUSE", ["Kayleigh McEnany"], ["Rep. Omar"], "disapprove",
                   "told ... that the recurring anti-Semitic remarks by ... are sad for America"), []),
    "asw-044": (ev("THREATEN", ["The president"], ["the Democrats"], None, "willing to ‘shut down’ the government if"),
                []),
    "asw-050": (ev("ACCUSE", ["Arrington"], ["Sanford"], "disapprove", "made Sanford's criticism of the President a key issue"),
                []),
    "asw-055": (ev("ACCUSE", ["Nunes"], ["Twitter"], "allege", "The shadow-banning was intentional"), []),
    "asw-057": (ev("COERCE", ["Authorities"], ["him"], None, "confiscated his passport"),
                [ev("RETREAT", ["Authorities"], ["him"], None, "released")]),
    "asw-063": (ev("ACCUSE", ["Democrats"], ["Trump"], "disapprove", "have painted ... as a gift to the rich"), []),
    "asw-065": (ev("CONSULT", ["he"], ["various groups"], None, "conducted listening sessions with"), []),
    "asw-071": (ev("ACCUSE", ["Article 10"], ["Johnson"], "allege", "indicts"), []),
    "asw-075": (ev("REQUEST", ["The petitions"], ["the top court"], None, "ask for ... to consolidate"), []),
    "asw-091": (ev("REQUEST", ["the Remington Arms Company"], ["the court"], None, "asked ... to take up"), []),
    "asw-092": (ev("ASSAULT", ["He"], ["Spencer"], None, "cut ... behind the neck"), []),
    "asw-095": (ev("REQUEST", ["Rep. Buck McKeon"], ["the administration"], None, "urging ... to act decisively"), []),
    "asw-097": (ev("SUPPORT", ["Warren"], [], None, "apologized"), []),
    "asw-098": (ev("ACCUSE", ["Law enforcement officials"], ["an injured Saudi national"], "investigate", "questioned"),
                []),
    "asw-099": (ev("ACCUSE", ["the counsel"], ["Flynn"], "allege", "alleges"), []),
}

NOTES = {
    "asw-001": "Jones 'famously broke with his party over foreign policy during the Iraq War, calling it a mistake "
               "and predicting that ... Cheney will someday rot in hell': a specific past break with his party, "
               "ACCUSE/disapprove (borderline: background of a profile; REJECT defensible); the curse on Cheney as "
               "other event.",
    "asw-002": "'they have sought to cast blame on the Obama administration': blame, ACCUSE (the claim of "
               "prosecutorial misconduct names no prosecutor).",
    "asw-005": "'He called its passage the fulfillment of \"one of my lifelong dreams\"': praise of a thing, NONE.",
    "asw-006": "Netanyahu's 2009 speech that 'we will be ready ... to reach a solution' if conditions hold: a "
               "conditional offer in background, NONE (borderline).",
    "asw-011": "'Investigators plan to interview a pair of adults wounded': witnesses of a shooting, a plan, NONE.",
    "asw-014": "'Trump harbors suspicions that the Obama administration started the investigation': a state of "
               "mind, not an act said; the investigation only inside his suspicion, NONE (borderline: ACCUSE).",
    "asw-015": "Pelosi: 'Republicans are the handmaiden of the health insurance industry': criticism with its "
               "speaker in the sentence, ACCUSE/disapprove.",
    "asw-018": "'\"The Army never looked at the type of magazines that were used,\" he said': an implied criticism "
               "of the Army, NONE (borderline).",
    "asw-019": "An opinion piece's 'while Bashar al-Assad instigated attacks on Western embassies': a specific "
               "past act stated in a clause of the main sentence, ASSAULT (borderline: background); the author's "
               "praise of Ford is opinion.",
    "asw-027": "Collins, asked about Feinstein's bill: 'while she appreciates Feinstein's compassion, \"Her "
               "legislation is not the answer\"': criticism of another senator's bill, ACCUSE/disapprove "
               "(borderline: REJECT of a proposal, or a standing view of a policy).",
    "asw-029": "'Bush credits Kavanaugh with helping him decide': credit given in a memoir, SUPPORT.",
    "asw-030": "'Trump initially welcomed Pyongyang's statement it would halt nuclear and missile tests': SUPPORT "
               "of North Korea's statement (the halt a noun in passing).",
    "asw-035": "A rhetorical question about China's 'criminal cover-up': the author's opinion, NONE.",
    "asw-037": "'The Obama campaign had already latched onto the narrative that Romney's Bain Capital contributed "
               "to ... outsourcing', the Post story 'employed as a bludgeon by team Obama': a campaign's attack on "
               "Romney, ACCUSE (borderline).",
    "asw-039": "A tweet's words ('the American people deserve the whole story from CNN!') with no speaker in the "
               "sentence, NONE.",
    "asw-042": "Headline and link line ending 'Read more', NONE.",
    "asw-043": "McEnany told CBN 'the recurring anti-Semitic remarks by lawmakers like Rep. Omar are sad for "
               "America': criticism through an evaluative statement, ACCUSE/disapprove.",
    "asw-044": "Trump tweeted he'd be 'willing to \"shut down\" the government if the Democrats do not give us the "
               "votes': THREATEN.",
    "asw-049": "The Times 'is often caught in conflict with President Trump': habitual, NONE.",
    "asw-050": "'Arrington made Sanford's criticism of the President a key issue': a primary challenger's attack "
               "on the incumbent, ACCUSE/disapprove (borderline).",
    "asw-053": "A quote's last sentence judging 'a liberal journalist' with its speaker outside the sentence, NONE.",
    "asw-055": "'\"The shadow-banning was intentional,\" Nunes's document reads': an allegation against Twitter in "
               "Nunes's lawsuit, ACCUSE/allege (borderline: the actor a document).",
    "asw-057": "'Authorities released him with a GPS monitor and confiscated his passport': COERCE for the "
               "seizure; the release as other event, RETREAT (borderline: which of the two verbs is main).",
    "asw-058": "'Democrats argue that Neal ... is legally allowed to request the tax returns': a legal view, NONE.",
    "asw-063": "Main clause hypothetical ('would provide ammunition'); the relative clause 'Democrats, who have "
               "painted Trump's plan ... as a gift to the rich' reports criticism of Trump, ACCUSE/disapprove "
               "(borderline: criticism of a plan).",
    "asw-065": "'he conducted listening sessions with various groups in each city', a committee official noted: "
               "CONSULT (borderline: groups of voters).",
    "asw-071": "'Article 10 indicts Johnson for his behavior': an article of impeachment, ACCUSE/allege "
               "(borderline: history told in the present).",
    "asw-073": "'The social networking giant banned the practice ... in 2014': a company's own policy, no actor "
               "acted upon, NONE; the campaign's use of the method in the after-clause no interaction.",
    "asw-075": "'The petitions ask for the top court to consolidate the cases': REQUEST of the court.",
    "asw-078": "'\"I'm disappointed, because we could have had it,\" he said': no one judged, NONE.",
    "asw-085": "The author mocking someone unnamed ('Imagine having presided over ...'): opinion, NONE.",
    "asw-088": "'The order also suspends admission of refugees ..., directing US officials to improve vetting': "
               "domestic policy of an order, NONE (borderline).",
    "asw-091": "'the Remington Arms Company asked the court to take up a lawsuit': REQUEST; the lawsuit 'brought by' "
               "a survivor a participle in passing.",
    "asw-092": "'He cut Spencer behind the neck': an attack on a person, ASSAULT.",
    "asw-095": "Main clause an expectation ('I expect the Commander in Chief would consult'); McKeon 'urging the "
               "administration to \"act decisively\"' in the same statement, REQUEST.",
    "asw-097": "'Warren apologized ... for \"not having been more sensitive\"': a public apology, SUPPORT without a "
               "named recipient (as in blind2, blind12).",
    "asw-098": "'Law enforcement officials questioned an injured Saudi national': questioning a person in a case, "
               "ACCUSE/investigate (borderline: a witness).",
    "asw-099": "'Flynn also lied, the counsel alleges': ACCUSE/allege.",
}
