"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "atf-013": (ev("ACCUSE", ["Judicial Watch"], ["the White House"], "allege",
                   "claimed in a statement that the main point of the White House strategy ... was to portray"), []),
    "atf-018": (ev("SUPPORT", ["he"], ["Alexander Hamilton"], "appoint", "For Secretary of the Treasury, he chose"), []),
    "atf-022": (ev("ACCUSE", ["He"], ["them"], "disapprove", "giving them awards for it"), []),
    "atf-023": (ev("REJECT", ["Brewer"], [], None, "vetoed"), []),
    "atf-027": (ev("SUPPORT", ["we"], [], None, "We are sorry that"), []),
    "atf-034": (ev("REQUEST", ["Sen. Mark Warner"], ["the Administration"], None, "I urge ... to bring clarity"), []),
    "atf-036": (ev("MOBILIZE", [], [], None, "are put on standby"), []),
    "atf-039": (ev("MOBILIZE", ["the Navy"], [], None, "has already sent a fourth warship armed with ballistic missiles"),
                []),
    "atf-046": (ev("SANCTION", [], ["the Venezuelan government", "PDVSA"], None, "The new action prohibits dealings in"),
                []),
    "atf-056": (ev("ACCUSE", ["Greater Manchester Police"], ["the attacker"], "investigate",
                   "\"fast-moving investigation\" was now working to establish whether"), []),
    "atf-058": (ev("REJECT", [], ["Papadopoulos"], None, "was immediately shot down after suggesting"), []),
    "atf-059": (ev("ACCUSE", ["the Republican and Democratic leaders of the House Oversight Committee"], ["Flynn"],
                   "allege", "say ... may have broken the law"), []),
    "atf-065": (ev("CONSULT", ["the DHS", "the FBI"], ["the committee"], None, "will be briefed by"), []),
    "atf-067": (ev("ACCUSE", ["Trump"], ["one of Moore\u2019s accusers"], "disapprove", "he mocked the fact that"), []),
    "atf-073": (ev("ACCUSE", ["Reid"], ["the billionaire industrialists David and Charles Koch"], "disapprove",
                   "targeted much of his firepower against"), []),
    "atf-083": (ev("REJECT", ["The Justice Department"], ["the House"], None, "has sought to keep ... from getting"),
                [ev("REQUEST", ["the House"], [], None, "seeks the grand jury details")]),
    "atf-085": (ev("SUPPORT", ["Republican elites"], ["Ted Cruz"], None, "are begrudgingly embracing"),
                [ev("REJECT", ["Republican elites"], ["Marco Rubio"], None, "hanging ... out to dry")]),
    "atf-093": (ev("SUPPORT", ["the DCCC"], ["my opponent"], None, "decided they liked my opponent\u2019s story"), []),
    "atf-099": (ev("SUPPORT", ["He"], ["L.J."], None, "I support"), []),
}

NOTES = {
    "atf-002": "'Daniels called that part of a concerted effort to stop her from going public': criticism of 'that', "
               "a thing naming no doer in the sentence, NONE (convention of events45b; borderline ACCUSE).",
    "atf-009": "'our consulates give assistance to all Salvadoran prisoners ...,' said an embassy spokeswoman: a "
               "habitual practice, NONE (borderline AID).",
    "atf-013": "'Judicial Watch claimed in a statement that the main point of the White House strategy ... was to "
               "portray the Benghazi incident as ...': a charge against the White House, ACCUSE/allege.",
    "atf-016": "'there has been a lot of grumbling among New Yorkers about ... de Blasio': diffuse grumbling of the "
               "public, a nominal, NONE (borderline ACCUSE).",
    "atf-018": "'For Secretary of the Treasury, he chose Alexander Hamilton': an appointment (history), SUPPORT/appoint "
               "by the appointment convention of docs/measured/events.md.",
    "atf-022": "'He's even giving them awards for it ... announcing them on Twitter': the paragraph before says Trump "
               "accuses the media of Fake News; the awards deride them, ACCUSE/disapprove (borderline: literally a "
               "SUPPORT verb).",
    "atf-023": "'Brewer vetoed a similar bill last year': a veto, REJECT (as as-e015 in running text).",
    "atf-027": "'We are sorry that we did not see these clips earlier': a public apology with 'we' in the quote, "
               "SUPPORT without a recipient (as asw-097, ase-028).",
    "atf-032": "'The media are constantly warning that President Trump might fire Robert Mueller': habitual warnings of "
               "a possible act, NONE.",
    "atf-034": "'I urge the Administration to bring clarity ...,' said Sen. Mark Warner: REQUEST.",
    "atf-036": "'Four U.S. destroyers ... are put on standby in the eastern Mediterranean': a military alert, MOBILIZE "
               "(doerless passive).",
    "atf-038": "'Mikulski said she had doubts about claims lawmakers had been kept in the loop': doubt about claims "
               "whose authors are not named, NONE.",
    "atf-039": "'officials have said the Navy has already sent a fourth warship ... into the eastern Mediterranean': "
               "a deployment, MOBILIZE.",
    "atf-042": "'Cannon even denied the Jewishness of those we know to be Jewish': a denial, NONE (as ate-038; "
               "borderline ACCUSE).",
    "atf-043": "'There'll be severe ramifications for people who are not honest about this': a bare quote, speaker "
               "outside, NONE.",
    "atf-044": "'Her move grants \"deferred action\"': domestic policy, NONE.",
    "atf-046": "'The new action prohibits dealings in new debt issued by the Venezuelan government and its state oil "
               "company, PDVSA': financial sanctions, SANCTION (no actor named in the sentence).",
    "atf-048": "'Chaplain Mark Russell visited three coronavirus patients in hospitals': pastoral visits, private, NONE.",
    "atf-056": "'the \"fast-moving investigation\" was now working to establish whether the attacker \"was acting "
               "alone\"', said the police chief: a criminal investigation, ACCUSE/investigate.",
    "atf-058": "Main clause 'Papadopoulos was an unpaid intern'; the relative clause 'who was immediately shot down "
               "after suggesting they meet with his Russian contacts' reports a refusal, REJECT (doerless passive).",
    "atf-059": "'leaders of the House Oversight Committee say Flynn may have broken the law by accepting the payments': "
               "a charge, ACCUSE/allege ('may' hedges the charge, not the saying).",
    "atf-060": "Breyer told the House counsel 'The subpoenas that I've seen apply to 15 Trump-affiliated entities': a "
               "remark in a hearing, NONE.",
    "atf-061": "'there are many evangelical Christians that are willing to die on the hill of supporting ... Trump,' "
               "Gerber told The Guardian: a view of a generic group, NONE (borderline ACCUSE).",
    "atf-065": "'the letter says the committee will be briefed by the DHS and the FBI by June 12': a scheduled "
               "briefing, CONSULT (announced/scheduled counts).",
    "atf-066": "'Governor Mike Parson is now expected to sign the bill': an expected signing of a state bill, domestic "
               "policy and a forecast, NONE.",
    "atf-067": "'he mocked the fact that one of Moore's accusers acknowledged ...': mockery of what a named person did, "
               "ACCUSE/disapprove (the one denied-address clause before it is NONE).",
    "atf-068": "'it's the worst idea I've seen in a long time,' said Graham: criticism of 'this' naming no one, NONE.",
    "atf-070": "A bar patron's 'He (Trump) needs to be more center-right': a voter's opinion, NONE.",
    "atf-072": "'The move was seen as controversial, with members of the committee crying foul that they were not "
               "shown the documents': a complaint about a doerless passive (the doer not named), NONE by the "
               "thing convention (borderline ACCUSE).",
    "atf-073": "'Reid targeted much of his firepower against ... David and Charles Koch': ACCUSE/disapprove (the "
               "relative clause on the Kochs' spending is habitual).",
    "atf-083": "'The Justice Department has sought to keep the House from getting the secret grand jury information': "
               "opposing the House's demand in court, REJECT (borderline ACCUSE); the House seeking the details "
               "REQUEST as other event.",
    "atf-085": "'Republican elites are begrudgingly embracing Ted Cruz--and hanging Marco Rubio out to dry': backing, "
               "SUPPORT (a named group acting now, not a generic habit); abandoning Rubio REJECT as other event.",
    "atf-089": "'pledging to fix the country's broken immigration system even if it requires a shutdown': a pledge on "
               "domestic policy, NONE (borderline THREATEN).",
    "atf-091": "'R. Kelly's ex-wife will be able to skim child support payments': a private matter, NONE.",
    "atf-092": "'Some brushed the issue off as an unnecessary media circus': unnamed doers, a thing naming no one, NONE.",
    "atf-093": "'I became that because the DCCC decided they liked my opponent's story' ('I' the speaker in the quote): "
               "the DCCC's backing of the opponent, SUPPORT (borderline NONE: a preference).",
    "atf-096": "'would typically set off a familiar convulsion': habitual and hypothetical, NONE.",
    "atf-097": "'he crawled into a cannon and catapulted himself over it': a metaphor, NONE.",
    "atf-099": "'He told media outlets through his spokesperson: \"I support L.J.\"': SUPPORT.",
}
