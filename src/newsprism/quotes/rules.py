"""Named rule groups of the quote stage, each switchable by name.

Every rule past the core (pair the marks, find the cue, take its subject) belongs to a group
named here. A group is switched off through the settings (``[quotes] disabled_rules`` in
``settings.toml``, ``NEWSPRISM_QUOTES_DISABLED_RULES=a,b`` or ``--set quotes.disabled_rules=a,b``)
or, for one stretch of code, with ``switched_off`` (what ``newsprism eval quotes --ablate`` does
to measure what each group is worth on each gold split). A rule that only fits one data set shows
up there as a group whose removal costs nothing elsewhere.
"""

from __future__ import annotations

from newsprism.config import Settings
from newsprism.rule_groups import RuleGroups

GROUPS: dict[str, str] = {
    "not_a_quote": "quoted titles, nicknames and boilerplate are not quotes",
    "single_quotes": "quotations in single marks",
    "colon_lead_in": "'X told reporters:' or a speech noun before a colon introduces the quote",
    "reported_speech": "reported speech without marks ('X said (that) ...', 'according to X')",
    "relative_reports": "'drills that X claims are ...': a speech verb in a relative clause",
    "clause_on_object": "'said in a statement that ...': the clause hung on the cue's object",
    "clause_before_attribution": "'Floods cut off nine villages, officials said.'",
    "party_tag": "'Penrose, R-Ga., said': the name before the party tag speaks",
    "lost_subject": "a name right before the cue speaks when the parse lost the subject",
    "joint_speakers": "'X and Y said': two organisations speak together",
    "pronoun_antecedents": "'he said', 'she said': the person the pronoun refers to",
    "role_holders": "'the minister said': the person introduced with that role",
    "organisations": "'the company said', 'it said': the organisation meant",
    "dateline_place": "'the city said': the place of the story's dateline",
    "turn_carry_over": "a quotation without a cue continues the speaker's turn",
    "nearby_speaker": "'\"...\" The warning came from X' / the subject of the sentence before",
    "unresolved_continues": "'it said', 'they added', 'the senator continued' after a quote",
    "statement_issuer": "'the statement said': whoever issued the statement",
    "lede_source": "the lede's unnamed source named in the next paragraph",
    "self_mention": "a guessed speaker named inside the quote is dropped",
    "exchanges": "the answer after 'X asked Y: \"...?\"' is Y's, never the asker's",
    "blocks": "paragraphs quoted without marks: after 'X said:', list lines, 'NAME:' transcripts",
    "surname_first": "a bare name is a surname: 'Mohammed said' is Yanar Mohammed, not Mohammed Jamjoom",
    "role_topic": "'the former Secretary of State said', no one introduced so: the person just written about",
    "possessed_speech": "'Clinton's accusation that she is “totally” a “Russian asset”': Clinton's words",
    "participle_turn": "'“...,” adding that ...' with no subject: the speaker whose turn it continues",
    "split_turn": "'“A,” X said. “B.” Y responded on Twitter ...': B is X's, not Y's",
    "for_saying_subject": "'X was criticized for saying ...', 'X received criticism for saying': X's words",
    "shared_surname": "a carried speaker whose surname the quote names stays when two people share it",
    "report_in_outlet": "'a report in BuzzFeed said ...': the outlet that ran the report",
    "colon_speech_word": "'..., replying: “...”': the speech word ending a colon lead-in is the cue",
    "pronoun_turn": "'“A,” said X. “B,” she said.' in one paragraph: she is X, gender permitting",
    "not_the_asker": "'“Will you resign?” asked X. “Not today,” she said.': she is not X",
    "participle_speaker": "'Prosecutors said Stone threatened him, saying he was “...”': Stone's words",
    "parenthetical_tag": "'A, X explains, B.': B, after a tag set off by commas, is what X said",
    "clause_before_quoted": "'emphasized that A, but that “B”': A is an indirect quote of its own",
    "embedded_posts": "a paragraph ending '— Name (@handle) March 16, 2020' is an embedded post, not a quote",
    "laws_speak": "'The Ninth Amendment says: ...': a law or founding document named as speaker speaks",
    "study_findings": "'research suggests ...', 'the study shows ...': findings are not statements",
    "echoes": "a phrase quoted again ('our “good friend,”') is the words of whoever said it first",
    "previous_paragraph_speaker": "a quotation opening a paragraph, no cue: the one person quoted before",
    "it_mistyped_body": "'Twitter said ... it said': a one-word 'person' that 'it' goes on with is a body",
    "role_named_next": "'A spokesperson said ...' then 'X, an agency spokesman, said': X",
    "participle_clause": "'with a tweet saying “...”', 'after announcing ...': the clause's subject speaks",
    "noun_tag": "'“...,” Kengor notes.': the tag's name speaks, not a subject inside the quote",
    "document_owner": "'the report said', no issuer near: the body an earlier phrase gave the report",
    "according_to_relay": "'According to the Ledger, Okafor said ...': Okafor's words; the outlet relays",
    "role_complement_named_later": "'a spokesman for X said' ... later 'Y, a spokesman for X, told': Y",
    "inverted_tag": "'“...,” said the blog set up to ...': the clause after a quote's tag is its subject",
    "pull_quote_roles": "a pull quote with name and role after it on its line ('“...” Ann Lee Former mayor')",
    "possessor_speaks": "'according to Okafor’s Facebook page': Okafor, not a name run over the possessive",
    "apposed_name": "'X, a former clerk who wrote a letter arguing ...', 'the blog X said': X",
    "business_not_public_body": "'the ministry is investigating ... The company says': not the ministry",
    "title_in_apposition": "'The study, “...”, was authored by': a title set off by commas after a work noun",
    "relative_antecedent": "'commentators, who threatened her over what they said ...': they are unnamed",
    "filed_documents": "'X filed a lawsuit ... The suit claims ...': the filer's words",
    "titles_named_after": "'the AIM “ObamaNation” conference', '“...” is the headline': names, not quotes",
    "conj_of_relative": "'X thanked the women who came before her and said “...”': X, not the women",
    "link_lists": "'ALSO:' alone on a line, then a headline a line: quoted words there are a headline's",
    "no_word_speakers": "a speaker is someone: never an adverb ('offhand') or a quantity ('A number')",
    "role_named_next_possessed": "'Hicks' lawyer announced ...' then 'Attorney Stephen Kenny said': Kenny",
    "titles_before_name": "'said GLAAD President and CEO Sarah Kate Ellis': the titles' one person speaks",
    "but_continues": "'X said A, but that B' / 'but she had ...': B goes on with the report",
    "words_as_words": "'words like “admonish”', 'so-called “conduit”': a word mentioned, nobody's words",
    "parenthetical_source": "'“impossible not to celebrate” (Variety)': the source in parentheses",
    "subject_body": "'Macy's announced ... The department-store chain noted': the body that was the subject",
    "speaker_after_aside": "a quotation after a writer's sentence naming no one: the speaker before goes on",
    "according_to_measure": "'govern according to the interests of ...': a measure or plan, no source",
    "subordinate_tag": "'If A, X argues, B': B is what X said; the adverbial clause A states nothing alone",
    "posted_lead_in": "'X posted the following statement on Twitter: “...”': X, by the verb before the colon",
    "issuer_before_noun": "'a Police Department report' ... 'the police report says': the department",
    "listed_examples": "'such as “OMG,” “stock up,” and “brace yourself.”': each listed example nobody's",
    "document_titles": "'signed a “memorandum targeting ...”', '“The 360” shows you': names, not quotes",
    "coordinated_titles": "'Facebook founder and CEO Mark Zuckerberg criticized ...': Zuckerberg speaks",
    "generic_you": "'how long you say it will take': a report by the generic 'you' is no one's report",
    "code_names": "'their “1099” benefit statements': a quoted number or code is a name, not a quote",
    "lede_subject_named_next": "'A candidate ... was caught saying ...' then 'Michelle Steel is ...': Steel",
    "possessed_role_named_later": "'China's U.S. ambassador said ...', later 'Ambassador Cui Tiankai': Cui",
    "listed_people": "'the researchers, A, B and C, wrote': the people listed speak together",
    "appeal_boxes": "words quoted in a donation, subscription or video-embed box are the page's, not a quote",
    "law_subject": "'The act gives ... when a partner “engages in ...”': the law named last (Trade Act)",
    "passive_agent": "'which was welcomed by Al Gore as a “crucial step forward”': the agent speaks",
    "conjunct_before_quoted": "'told X there is no charge and the story “seems ...”': the first is reported",
    "kin_apposition": "'Unanue's grandfather, Don Prudencia Unanue': a later 'Unanue' is not the grandfather",
    "introduced_as": "'the anti-abortion group Live Action' ... 'The group is calling on X': not X",
    "role_set_off_name": "'Leader of X party, ex-defense minister Irakli Alasania, said': Alasania",
    "aside_before_verb": "'After such exchanges X, however, was also saying that ...': X, past the aside",
    "statement_named_before": "'the statement said': past a caption naming it and no issuer, further back",
    "document_sent_from": "'a message received from Pinterest's support team' ... 'The message': Pinterest",
    "study_by_author": "'according to an analysis by Hearst Newspapers': the study's named author",
    "nameless_pull_quotes": "a paragraph only quoting, no name, every sentence quoted again elsewhere",
    "noun_is_no_name": "'the agency said' after a quoted 'the Agency's ...': the noun alone names no body",
    "document_talked_about": "'X said if the exit poll was accurate, ...' then 'the poll said': not X's",
    "place_before_role": "'Tulsa police chief Chuck Jordan said', the parse's subject Tulsa: Jordan",
    "poll_respondents": "'In a Gartner survey, 23% of workers said ...': the pollster, not the share",
    "verb_first_tag": "'Added Mark Tooley, the president of ...: “...”': the name after the fronted verb",
    "whole_name_opener": "'Justin Bamberg ... watched' opening a sentence: Bamberg, not an earlier Justin",
    "tag_before_participle": "'“...,” Carl retorts, getting a laugh': a tag ends at a participle's comma",
    "kin_given_name": "'Scott’s older brother, Anthony, told': Anthony Scott, the family's surname",
    "nested_reports": "'X noted that the ministry has said that A': A is the ministry's, not X's",
    "compiled_by": "'according to data compiled by X': the body that issued the data, X",
    "soft_hyphens": "a speaker's name without the page's invisible soft hyphens ('Mac\\u00adDougall')",
    "press_turns": "'QUESTION: ...' then 'NAME: ...' once, and the answer's unlabelled paragraphs: NAME's",
    "claims_about": "'warned about reports that it is “losing potency”': the reports' words, not hers",
    "party_member": "'The Democrat said': one party member, the person just written about, not the party",
    "topic_across_paragraph": "'“...,” the quarterback said.' opening a paragraph: the person just before",
    "place_first_word": "'the North said' after 'North Korea': the place named in full, whatever its label",
    "listed_quotes": "'called it “anti-consumer,” “illegal,” and “radical.”': one list, one speaker",
    "tag_over_lead_in": "'one expert agrees: “...,” Ann Lee told CNN.': the named tag, not the lead-in",
    "quoted_as_saying": "'The site quoted Ratcliffe as saying: “...”': Ratcliffe, not the site",
    "pull_quotes": "a paragraph that is only a quotation (and a name) repeated elsewhere is a pull quote",
}


def _from_settings() -> list[str]:
    return Settings.load().quotes.get("disabled_rules", [])


_RULES = RuleGroups("quote", GROUPS, _from_settings)
checked = _RULES.checked
enabled = _RULES.enabled
switched_off = _RULES.switched_off  # the quote stage with exactly these groups off (settings aside)
