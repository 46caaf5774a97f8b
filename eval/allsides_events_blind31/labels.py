"""Hand labels for sample_raw.jsonl (written by hand, sentence by sentence, before any newsprism code
ran on the text). Every id not listed here is NONE. Each entry: (main event, other events)."""


def ev(event, actors, recipients, mode, event_text):
    return {"event": event, "actors": actors, "recipients": recipients, "mode": mode, "event_text": event_text}


L = {
    "ate-002": (ev("SUPPORT", ["I"], ["the members of the Budget Committee"], None, "I\u2019m proud of"), []),
    "ate-005": (ev("ACCUSE", ["the FBI"], [], "investigate", "has been investigating allegations about"), []),
    "ate-013": (ev("SUPPORT", ["Trump"], ["Dr. Kelli Ward"], None, "Great to see that ... is running against"),
                [ev("ACCUSE", ["Trump"], ["Jeff Flake"], "disapprove", "who is WEAK on")]),
    "ate-026": (ev("REJECT", ["Senate Democrats"], ["Republicans"], None,
                   "have unequivocally rejected further consideration of"), []),
    "ate-028": (ev("ACCUSE", ["some original Ferguson protesters"], ["Jackson", "Sharpton"], "allege",
                   "were accused by ... of dropping in"), []),
    "ate-029": (ev("ACCUSE", ["Democrats"], ["Romney"], "allege", "accused ... of distorting"), []),
    "ate-039": (ev("ACCUSE", ["Rep. Kevin Brady"], ["the administration"], "investigate",
                   "has set a hearing ... which ... will examine"), []),
    "ate-041": (ev("SANCTION", ["a federal judge in Utah"], ["state officials"], None, "ordered ... to recognize"),
                [ev("SANCTION", ["the U.S. Supreme Court"], [], None, "halted same-sex weddings with an emergency stay")]),
    "ate-044": (ev("ACCUSE", ["Wilensky"], ["them"], "disapprove", "did not seem to bother them"), []),
    "ate-058": (ev("ACCUSE", ["former Homeland Security Secretary Jeh Johnson"], ["the Russian government"], "allege",
                   "said ... orchestrated cyberattacks on"), []),
    "ate-061": (ev("ACCUSE", ["Mr. Trump"], ["Jim Mattis"], "disapprove", "the world\u2019s most overrated General"), []),
    "ate-069": (ev("ACCUSE", ["Senator Cory Booker"], ["a committee"], "disapprove",
                   "I just do not understand why ... are focusing on things that further deepen the discords"), []),
    "ate-081": (ev("COOPERATE", ["We"], ["our Republican colleagues"], None, "have been working with"), []),
    "ate-084": (ev("ACCUSE", ["Donald Trump"], ["House Speaker Paul Ryan", "other Republicans"], "disapprove",
                   "escalated his attacks ... on"), []),
    "ate-086": (ev("ACCUSE", ["the National ICE Council"], ["the Obama administration"], "allege",
                   "has filed suit against"), []),
    "ate-088": (ev("CONSULT", ["CIA director Gina Haspel"], ["US senators"], None, "briefed"), []),
    "ate-097": (ev("ACCUSE", ["they"], [], "disapprove", "clashed bitterly"),
                [ev("ACCUSE", ["Warren"], ["Sanders"], "allege", "said that Sanders had suggested")]),
}

NOTES = {
    "ate-001": "'A trial hearing ... could happen at some point in the future': a possibility, NONE.",
    "ate-002": "'I'm proud of the members of the Budget Committee who allowed this process to continue': praise with "
               "its speaker 'I' in the quote, SUPPORT (as asy-063).",
    "ate-003": "'Mr Trump will postpone his Christmas trip ... in the event of a shutdown': a conditional plan of no "
               "act on anyone, NONE.",
    "ate-005": "'He noted that the FBI has been investigating allegations about Russian meddling': an ongoing "
               "investigation, ACCUSE/investigate (the target is named only as 'Russian meddling'; no recipient).",
    "ate-012": "'Issa has more recently focused on a ... letter from the Justice Department ... that falsely stated': "
               "attention of an investigator, no act named; 'falsely' is the writer's, NONE (borderline "
               "ACCUSE/investigate).",
    "ate-013": "Trump's tweet 'Great to see that Dr. Kelli Ward is running against ... Jeff Flake, who is WEAK on "
               "borders': backing of a candidate, SUPPORT; the relative clause judging Flake ACCUSE as other event.",
    "ate-021": "'The OCO has really become, frankly, a slush fund,' Freeman says: criticism of a fund naming no owner "
               "of it ('when the Pentagon rolls it out' is a later step), NONE (borderline ACCUSE).",
    "ate-022": "'While Trump regularly attacks the media, he told reporters ...': the attacks habitual, the telling no "
               "act, NONE (borderline ACCUSE).",
    "ate-026": "Senate Democrats 'have unequivocally rejected further consideration of Republicans' police reform "
               "bill': a refusal of a thing whose owner is named, REJECT.",
    "ate-027": "'Christie was a key fundraiser and campaigner last year for ... Romney': background role, NONE "
               "(borderline SUPPORT).",
    "ate-028": "'Jackson and Sharpton were accused by some original Ferguson protesters of dropping in': ACCUSE/allege.",
    "ate-031": "'Booker insisted he was not comparing Sen. Elizabeth Warren to ... Trump, calling her \"my friend\"' "
               "plus a glued headline 'Booker hits Warren over proposal': a denial and a heading, NONE (borderline: "
               "the headline would be ACCUSE in running text).",
    "ate-036": "'We did a whole lot of things that were right, but we tortured some folks,' Obama said: a general "
               "admission about a past policy, no time or victim named, NONE (borderline ASSAULT).",
    "ate-038": "Trump answering 'No, no, no' when asked whether he directed Cohen: a denial, NONE (as asl-029).",
    "ate-039": "Brady 'has set a hearing ... which ... will examine the issue of the administration's authority to change "
               "the law': a scheduled oversight hearing on the administration, ACCUSE/investigate (as asd-082; "
               "borderline: legislative routine, as asp-061).",
    "ate-041": "'a federal judge in Utah ordered state officials to recognize more than 1,000 gay marriages': a court "
               "order, SANCTION by the project convention for court rulings (borderline REQUEST); the Supreme Court's "
               "stay in a before-clause SANCTION as other event.",
    "ate-042": "'Many GOP regulars are skipping Cleveland entirely': generic plural, attendance, NONE.",
    "ate-044": "'The fact that they could cause their fellow Republicans harm did not seem to bother them,' said "
               "Wilensky: a judgement of people's conduct by a named speaker, ACCUSE/disapprove (borderline).",
    "ate-047": "'In a fairly appalling demonstration of the network's priorities, the moderators devoted little over a "
               "minute': the writer's criticism, NONE.",
    "ate-055": "'Republican critics joined immigration enforcement officers in claiming the bill would not address a "
               "major loophole': criticism of a bill naming no owner, NONE (convention of events45b).",
    "ate-057": "'I am also concerned that media outlets have been shut down': concern at a state with no doer, in a "
               "bare quote, NONE.",
    "ate-058": "Jeh Johnson said the Russian government 'orchestrated cyberattacks on our Nation': an allegation, "
               "ACCUSE/allege (as atc-079).",
    "ate-061": "Trump's tweet calling Jim Mattis 'the world's most overrated General': criticism of a person, "
               "ACCUSE/disapprove; the firing is background.",
    "ate-063": "All-title headline 'Trump Tweets Justice Ginsburg's \"Mind Is Shot,\" Calls On Her To Resign': NONE by "
               "the heading rule.",
    "ate-064": "Carney: the president believes the three-month proposal could be constructive: a view of a proposal "
               "naming no owner, NONE.",
    "ate-069": "Booker: 'I just do not understand why we as a committee are focusing on things that further deepen the "
               "discords of partisan posturing': criticism of what the committee does, its doer named, "
               "ACCUSE/disapprove (borderline: he is a member).",
    "ate-076": "'Mr. Smith ... told Time magazine ... that his side of the newsroom and Fox's opinion slate \"serve "
               "different masters\"': a description, no judgement word, NONE (borderline ACCUSE).",
    "ate-080": "'Manning also passed on sensitive messages ...': a leak with no recipient named, NONE (borderline "
               "COOPERATE).",
    "ate-081": "'We've been working with our Republican colleagues in putting legislation together' (speaker 'I' in the "
               "sentence): ongoing cooperation, COOPERATE (as asc-008).",
    "ate-082": "'Pelosi ... described the law as one of the Democrats' greatest achievements': praise of a law (her own "
               "party's), a stance on a law, NONE (borderline SUPPORT).",
    "ate-083": "'Ryan and Murray are considering a plan ... according to sources familiar with the negotiations': "
               "considering a plan, NONE (borderline CONSULT).",
    "ate-084": "'Trump escalated his attacks Tuesday on House Speaker Paul Ryan and other Republicans': ACCUSE/disapprove.",
    "ate-086": "Main clause 'Crane is president of the National ICE Council'; the relative clause 'which has filed suit "
               "against the Obama administration' reports a lawsuit, ACCUSE/allege.",
    "ate-088": "Main clause 'Wednesday's announcement came hours after'; 'Gina Haspel briefed US senators': a briefing, "
               "CONSULT (as asp-052).",
    "ate-091": "'a survey conducted by Blind heartily disagreed with ... Pichai's decision to fire Damore': a survey's "
               "finding, NONE.",
    "ate-092": "'it is vital our colleagues remain committed to the discharge petition,' he said: a statement of need, "
               "NONE (borderline REQUEST).",
    "ate-093": "'it is unlikely Ellis will dismiss the charges': a forecast, NONE.",
    "ate-094": "'\"The regime has turned to political killings.\"': a bare quote, speaker outside the sentence, NONE.",
    "ate-097": "'they clashed bitterly, if briefly, in January, when Warren said that Sanders had suggested ... that a "
               "woman couldn't be elected': a clash in words, ACCUSE (actors 'they' outside the sentence); Warren's "
               "charge ACCUSE/allege as other event.",
    "ate-099": "'Western leaders are plotting how to counter Putin's latest moves with economic sanctions': deliberation "
               "on a possible sanction, NONE (borderline THREATEN).",
}
