"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "atd-061": (ev("SUPPORT", ["President Barack Obama"], ["Kerry"], "appoint", "nominated ... to succeed"), []),  # relabelled stop 50
    "atd-009": (ev("REQUEST", ["President Barack Obama", "former President Bill Clinton"], ["Kaine"], None,
                   "had also been urged by"), []),
    "atd-012": (ev("ACCUSE", ["Buck"], ["Sebelius"], "disapprove", "tweeted that ... is \u201cunacceptable"), []),
    "atd-021": (ev("SANCTION", ["The panel"], [], None, "ruling upheld"), []),
    "atd-022": (ev("CONSULT", ["Shine"], ["his former colleagues at Fox News"], "phone", "dialed up"),
                [ev("REQUEST", ["Shine"], ["his former colleagues at Fox News"], None, "pressing them to conduct")]),
    "atd-024": (ev("ACCUSE", ["He"], ["former Texas Gov. Rick Perry"], "disapprove", "took a swipe at"),
                [ev("SUPPORT", ["Rick Perry"], ["Trump"], None, "has now endorsed")]),
    "atd-027": (ev("ACCUSE", ["his challenger"], ["the president"], "disapprove", "offered a ... rebuttal"), []),
    "atd-035": (ev("ACCUSE", ["Priorities USA Action"], ["Romney"], "disapprove",
                   "is redoubling its efforts against ... re-airing an ad"), []),
    "atd-039": (ev("REJECT", ["House Minority Leader Nancy Pelosi"], ["the Republicans"], None,
                   "rejected talk of delaying"), []),
    "atd-047": (ev("REQUEST", ["Issa"], ["committee members"], None, "directed them to stick to"), []),
    "atd-053": (ev("REJECT", ["Most Democrats in the House of Representatives", "every Republican"], [], None,
                   "joined ... to prevent a vote on impeaching"), []),
    "atd-060": (ev("ACCUSE", ["He"], ["the President"], "disapprove",
                   "said of the statement released today by the President"), []),
    "atd-062": (ev("REQUEST", ["The Trump administration"], ["the Supreme Court"], None, "asked ... to lift"), []),
    "atd-068": (ev("ACCUSE", ["he"], ["the states"], "disapprove", "said ... so full of holes"), []),
    "atd-073": (ev("REQUEST", ["Rudy Giuliani"], ["Mueller"], None, "is asking ... for"), []),
    "atd-084": (ev("REJECT", ["Jeremy Corbyn"], ["The prime minister"], None,
                   "made clear his party would not vote for the motion"), []),
    "atd-099": (ev("CONCEDE", ["Trump"], ["Chinese"], None, "delayed plans to increase a 10 percent tariff"), []),
}

NOTES = {
    "atd-001": "'has to be trimmed ..., according to the OMB': an obligation under a law, no act done, NONE.",
    "atd-008": "'the fragile framework agreement struck by world powers and Iran': background in a participle, NONE.",
    "atd-009": "'Kaine had also been urged by ... Obama and ... Clinton' (to take the job): urging, REQUEST.",
    "atd-010": "'Every voting Republican in Congress opposed the health care law': a stance on a law naming no owner "
               "(as asi-006), NONE (borderline REJECT).",
    "atd-012": "'tweeted that Sebelius's plan to testify at a later date is unacceptable': criticism of a thing whose "
               "owner is named (possessor), ACCUSE.",
    "atd-016": "'capitalized on some of the fighting between ...': the fighting is a noun in passing, NONE.",
    "atd-019": "'Monday's speedy announcement that the United States will work with and pay for ...': the author's "
               "opinion of an announcement (a noun), NONE.",
    "atd-021": "'The panel's ruling upheld a ... decision that dismissed the lawsuit': a court upholding, SANCTION "
               "(project convention), no recipient named.",
    "atd-022": "Main clause 'dialed up his former colleagues' (CONSULT/phone); 'pressing them to conduct an interview' "
               "REQUEST as other event (borderline: REQUEST as main).",
    "atd-025": "'The intelligence community agrees that the best way ... is to prosecute Abu Ghaith': a view of what is "
               "best, NONE.",
    "atd-027": "'his challenger offered a lengthy and detailed rebuttal' of the president's arguments in a debate: "
               "criticism of claims with their owner named, ACCUSE (borderline: debate commentary).",
    "atd-035": "'is redoubling its efforts against Romney, re-airing an ad': a campaign attack on a named person, ACCUSE "
               "(borderline).",
    "atd-036": "Biden's tweet 'The subpoenas should go to witnesses ... to Trump's shaking down the Ukraine government': "
               "a view of what should be done; the shakedown is a noun inside it, NONE (borderline).",
    "atd-037": "'isn't swayed by the ... coalition that passed ... or the warnings by senior Republicans': negated, "
               "warnings a noun, NONE.",
    "atd-039": "'rejected talk of delaying the individual mandate after a reporter asked ... the Republicans' proposal': "
               "REJECT of the Republicans' proposal; the reporter's question NONE.",
    "atd-047": "'Issa ... directed them to stick to pre-approved lanes': a chairman's instruction to members, REQUEST "
               "(directive convention; borderline: internal).",
    "atd-052": "'Some conservatives nevertheless want to wage that battle now': a wish and a metaphor, NONE.",
    "atd-053": "'Most Democrats ... joined every Republican to prevent a vote on impeaching President Donald Trump': "
               "blocking the impeachment vote, REJECT, no recipient named (borderline: a domestic vote).",
    "atd-058": "'has not been shy about using his pardon power to help political allies': habitual, NONE.",
    "atd-060": "'said of the statement released today by the President, ... Saudi Arabia First': criticism of a thing "
               "whose owner is named (by-phrase), ACCUSE.",
    "atd-061": "'Obama ... nominated Kerry to succeed ... Clinton': a domestic appointment, NONE (borderline SUPPORT; "
               "relabelled SUPPORT appoint at stop 50 by the nomination convention of data/office_acts.yaml).",
    "atd-063": "'I can think of no lawful way the committee can obtain documents': an opinion, NONE (borderline REJECT "
               "of the subpoena).",
    "atd-068": "'The only rationale that the states put forward ... is so full of holes': criticism of a thing whose "
               "owners are named by a clause, ACCUSE.",
    "atd-070": "'We survived the government's latest attempt to dismiss my lawsuit': the attempt and the lawsuit are "
               "nouns, NONE.",
    "atd-080": "'I am thankful that most of the law has been permanently blocked': thanks to no one, NONE.",
    "atd-084": "'Corbyn ... made clear his party would not vote for the motion unless ...': an announced, conditional "
               "refusal of the prime minister's motion, REJECT (borderline).",
    "atd-087": "'crowds so far have applauded, cheered, even defended police officers': generic aggregate, NONE.",
    "atd-091": "A bare quote judging 'The President's decision': speaker outside the sentence, NONE.",
    "atd-094": "'echoed ... that the violence was a serious blow': criticism of violence naming no doer, NONE.",
    "atd-099": "'Trump recently delayed plans to increase a ... tariff on ... Chinese goods': easing a sanction, CONCEDE "
               "(borderline: a domestic plan; RETREAT defensible).",
}
