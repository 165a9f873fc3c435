import { describe, expect, it } from "vitest";
import type { Attribution } from "../../../src/layers.ts";
import { analyzeText } from "../../../src/pipeline.ts";

/** Body paragraphs under a neutral headline, so that no paragraph is taken for the title. */
function attributionsOf(...paragraphs: string[]): { text: string; attributions: Attribution[] } {
  const text = `Talks update\n\n${paragraphs.join("\n\n")}\n`;
  return {
    text,
    attributions: analyzeText(text).attributions.filter((a) => a.cue?.rule !== "attr.headline_colon"),
  };
}

interface Expected {
  source: string | null;
  cue: string | null;
  content: string;
  kind?: Attribution["kind"];
  spans?: number;
  via?: string[];
  nested?: boolean;
  /** The content must be exactly this text, not merely contain it. */
  exact?: boolean;
}

function find(attributions: Attribution[], content: string): Attribution | undefined {
  return attributions.find((a) => a.content.text.includes(content));
}

const cases: [string, string[], Expected[]][] = [
  [
    "an apposition closes with punctuation and keeps its relative clause; a clause after 'according to X,' is content",
    [
      "“The door is open,” said Lena Varga, a former envoy who now runs a mediation group.",
      "According to an analysis of the lists, 85 of the 154 detainees were civilians.",
      "The agency reported that, according to the ministry, the border would reopen.",
    ],
    [
      {
        source: "Lena Varga, a former envoy who now runs a mediation group",
        cue: "said",
        content: "“The door is open,”",
        exact: true,
      },
      {
        source: "an analysis of the lists",
        cue: "According to",
        content: "85 of the 154 detainees were civilians",
        exact: true,
      },
      { source: "the ministry", cue: "according to", content: "the border would reopen", exact: true },
    ],
  ],
  [
    "'When asked whether C': the question has no named asker, and the answer its own speaker",
    ["When asked whether the truce would hold, the envoy said it had so far."],
    [
      { source: null, cue: "asked", content: "whether the truce would hold", exact: true },
      { source: "the envoy", cue: "said", content: "it had so far", exact: true },
    ],
  ],
  [
    "a name and a colon before a quotation, and transcript lines with the speaker in capitals",
    [
      "Regional analyst Mira Hale: “Neither side can afford another winter of this.”",
      "ANNA KOVAC: The convoy reached the city at noon.",
    ],
    [
      {
        source: "Regional analyst Mira Hale",
        cue: ":",
        content: "“Neither side can afford another winter of this.”",
        exact: true,
      },
      { source: "ANNA KOVAC", cue: ":", content: "The convoy reached the city at noon", exact: true },
    ],
  ],
  [
    "'according to' in the middle of a sentence: its source keeps a relative clause, its content both halves",
    [
      "Missing from the draft, according to diplomats who have read it, was any timetable for the withdrawal.",
      "Two crossings reopened, according to the monitors, and a third will follow next week.",
    ],
    [
      {
        source: "diplomats who have read it",
        cue: "according to",
        content: "Missing from the draft was any timetable for the withdrawal",
        spans: 2,
      },
      {
        source: "the monitors",
        cue: "according to",
        content: "Two crossings reopened and a third will follow next week",
        spans: 2,
      },
    ],
  ],
  [
    "a cue inside the content: a fronted condition and a finite verb after the cue belong to what was said",
    [
      "If the talks fail again next week, the envoy said, the fighting may resume.",
      "Reopening the crossing so soon, the mayor said, feels like a gamble.",
    ],
    [
      {
        source: "the envoy",
        cue: "said",
        content: "If the talks fail again next week the fighting may resume",
        spans: 2,
      },
      {
        source: "the mayor",
        cue: "said",
        content: "Reopening the crossing so soon feels like a gamble",
        spans: 2,
      },
    ],
  ],
  [
    "a place after the cue is no content: the content is before it",
    [
      "The blockade is a disgrace, the president said in Paris on Tuesday.",
      "The port is open, the mayor said from his office.",
    ],
    [
      { source: "the president", cue: "said", content: "The blockade is a disgrace", exact: true },
      { source: "the mayor", cue: "said", content: "The port is open", exact: true },
    ],
  ],
  [
    "a share of those asked as the speaker",
    ["A third said they opposed the deal.", "More than 4 in 10 said the envoy was doing well."],
    [
      { source: "A third", cue: "said", content: "they opposed the deal", exact: true },
      { source: "More than 4 in 10", cue: "said", content: "the envoy was doing well", exact: true },
    ],
  ],
  [
    "an aside between dashes before 'that'",
    ["The chairman said — on the radio, as it happens — that the fund had doubled."],
    [{ source: "The chairman", cue: "said", content: "that the fund had doubled", exact: true }],
  ],
  [
    "a participle of a cognition verb after a comma goes on with the content; one of a speech verb starts its own",
    [
      "The envoy said the figures were dramatic, showing a sharp rise in arrests, adding that talks would go on.",
    ],
    [
      {
        source: "The envoy",
        cue: "said",
        content: "the figures were dramatic, showing a sharp rise in arrests",
        exact: true,
      },
    ],
  ],
  [
    "a dateline opening the first paragraph is neither content nor source",
    ["DOHA/CAIRO (AFP) - A truce plan has stalled over prisoner lists, three sources told AFP."],
    [
      {
        source: "three sources",
        cue: "told",
        content: "A truce plan has stalled over prisoner lists",
        exact: true,
      },
    ],
  ],
  [
    "relays: an outlet of the mentions gazetteer is a relay too",
    ['"We will not move," the commander told Radio Okapi on Wednesday.'],
    [{ source: "the commander", cue: "told", content: "We will not move", via: ["Radio Okapi"] }],
  ],
  [
    "relays: an outlet told before the content, carried to the next cue; a document seen by an outlet",
    [
      "Two envoys told Reuters the visit took place but said it produced no agreement.",
      "The truce will begin at dawn, according to a copy of the text seen by the BBC.",
    ],
    [
      { source: "Two envoys", cue: "told", content: "the visit took place", exact: true, via: ["Reuters"] },
      {
        source: "Two envoys",
        cue: "said",
        content: "it produced no agreement",
        exact: true,
        via: ["Reuters"],
      },
      {
        source: "a copy of the text",
        cue: "according to",
        content: "The truce will begin at dawn",
        via: ["the BBC"],
      },
    ],
  ],
  [
    "accusing, blaming, criticising someone: the content is the object with what it is charged with",
    [
      "The rebels accused the army of shelling the market.",
      "The minister blamed the militia for the collapse of the talks.",
      "The army closed the crossing on Monday, citing security concerns.",
      "The envoy described the talks as constructive.",
    ],
    [
      { source: "The rebels", cue: "accused", content: "the army of shelling the market", exact: true },
      {
        source: "The minister",
        cue: "blamed",
        content: "the militia for the collapse of the talks",
        exact: true,
      },
    ],
  ],
  [
    "'called' labels what it names when the label is quoted; 'called for' and 'called on' need no quotation",
    [
      "The foreign minister called the offer “a trap for the displaced.”",
      "The rebel council called for an immediate halt to the shelling.",
      "The mayor called on both armies to open the northern road.",
    ],
    [
      {
        source: "The foreign minister",
        cue: "called",
        content: "the offer “a trap for the displaced",
        exact: false,
      },
      {
        source: "The rebel council",
        cue: "called for",
        content: "an immediate halt to the shelling",
        exact: true,
      },
      {
        source: "The mayor",
        cue: "called on",
        content: "both armies to open the northern road",
        exact: true,
      },
    ],
  ],
  [
    "a cue after 'and' takes the speaker of the earlier cue, not a noun inside its content",
    [
      "The militia said the hostages would be handed to a committee made up of two churches, and called the raid “an act of sabotage”.",
    ],
    [{ source: "The militia", cue: "called", content: "the raid “an act of sabotage”", exact: true }],
  ],
  [
    "'at least' or 'about' after the cue opens a quantity in the content, not a frame",
    [
      "Local medics said at least 12 civilians were killed.",
      "The army said about 300 fighters surrendered.",
      "The militia disbanded after the first truce, the paper reported in 2014.",
    ],
    [
      { source: "Local medics", cue: "said", content: "at least 12 civilians were killed", exact: true },
      { source: "The army", cue: "said", content: "about 300 fighters surrendered", exact: true },
      {
        source: "the paper",
        cue: "reported",
        content: "The militia disbanded after the first truce",
        exact: true,
      },
    ],
  ],
  [
    "the outlet after an event noun in a frame is the relay, not the whole frame",
    ["“The door is open,” the minister said by telephone on the BBC."],
    [{ source: "the minister", cue: "said", content: "The door is open", via: ["the BBC"] }],
  ],
  [
    "a cue inserted after a fronted connective: the content follows; the outlet told is a relay",
    [
      "But, the minister added, the corridor would stay shut.",
      "Instead, the envoy told the BBC, the talks would move to Doha.",
    ],
    [
      { source: "the minister", cue: "added", content: "the corridor would stay shut", exact: true },
      {
        source: "the envoy",
        cue: "told",
        content: "the talks would move to Doha",
        via: ["the BBC"],
      },
    ],
  ],
  [
    "the next sentence's quotation continues the speaker past a quoted title or word",
    [
      "“It is a trap,” the envoy said on the “Morning Hour” program. “They want more time.”",
      "“Prices are up,” said Ana Ruiz, who noted that rents had “doubled” since May. “People are leaving.”",
    ],
    [
      { source: "the envoy", cue: "said", content: "“It is a trap,” “They want more time.”", spans: 2 },
      { source: "Ana Ruiz", cue: "said", content: "“Prices are up,” “People are leaving.”", spans: 2 },
    ],
  ],
  [
    "'according to' a possessive phrase or a phrase with a degree word",
    [
      "The convoy had waited at the crossing since May, according to its organizers.",
      "In March, the camp held 40,000 people, according to the most recent figures from the agency.",
    ],
    [
      {
        source: "its organizers",
        cue: "according to",
        content: "The convoy had waited at the crossing since May",
      },
      {
        source: "the most recent figures from the agency",
        cue: "according to",
        content: "In March, the camp held 40,000 people",
      },
    ],
  ],
  [
    "an approximate quantity keeps its 'about' in the speaker",
    ["About half of the delegates say the draft is acceptable."],
    [{ source: "About half of the delegates", cue: "say", content: "the draft is acceptable" }],
  ],
  [
    "a one-word subject before an inserted cue, the sentence going on after it",
    ["Hamas, the envoy said, accepted the plan in principle."],
    [{ source: "the envoy", cue: "said", content: "Hamas accepted the plan in principle", spans: 2 }],
  ],
  [
    "a sentence cut inside a parenthesis is one clause; 'however' between speaker and cue",
    ["Rep. Dana Cole (D-N.Y) said the envoys had left.", "The mediator however said the gap was closing."],
    [
      { source: "Rep. Dana Cole (D-N.Y)", cue: "said", content: "the envoys had left" },
      { source: "The mediator", cue: "said", content: "the gap was closing" },
    ],
  ],
  [
    "'went on to say' and 'declined to say' speak for the subject; 'needs to tell' and 'too early to tell' do not",
    [
      "The ministry went on to say that the crossing would reopen.",
      "The envoy declined to say whether the draft had been signed.",
    ],
    [
      { source: "The ministry", cue: "say", content: "that the crossing would reopen" },
      { source: "The envoy", cue: "say", content: "whether the draft had been signed" },
    ],
  ],
  [
    "a participle after a quoted phrase, a dash or 'by' hangs on the subject of the clause",
    [
      "The minister defended the “road map,” saying the first phase could start soon.",
      "The rebel leader changed course – saying his men would withdraw.",
      "The mediator ended the session by saying “We meet again Friday.”",
    ],
    [
      { source: "The minister", cue: "saying", content: "the first phase could start soon" },
      { source: "The rebel leader", cue: "saying", content: "his men would withdraw" },
      { source: "The mediator", cue: "saying", content: "We meet again Friday" },
    ],
  ],
  [
    "the subject of the clause keeps its apposition; 'while saying' has its own content",
    [
      "Nadia Haddad, the group's negotiator, rejected the offer on Monday, saying it ignored the prisoners.",
      "The army denied the report while saying that it would investigate.",
    ],
    [
      { source: "Nadia Haddad, the group's negotiator", cue: "saying", content: "it ignored the prisoners" },
      { source: "The army", cue: "denied", content: "the report", exact: true },
      { source: "The army", cue: "saying", content: "that it would investigate" },
    ],
  ],
  [
    "a short parenthesis after the name stays with the speaker, before or after the cue",
    [
      "Sen. Ana Ruiz (D-Calif.) said the accord was weak.",
      "“It will not hold,” said Rep. Tom Hale (R-Ohio), a member of the panel.",
    ],
    [
      { source: "Sen. Ana Ruiz (D-Calif.)", cue: "said", content: "the accord was weak" },
      { source: "Rep. Tom Hale (R-Ohio), a member of the panel", cue: "said", content: "It will not hold" },
    ],
  ],
  [
    "a one-word content before 'and said' ends there; the second verb has its own content",
    ["The minister declared victory and said that the talks would continue."],
    [
      { source: "The minister", cue: "declared", content: "victory", exact: true },
      { source: "The minister", cue: "said", content: "that the talks would continue" },
    ],
  ],
  [
    "a sentence split after an exclamation inside a quote is one clause",
    ["The envoy shouted “Enough!” and said that the delegation would leave."],
    [{ source: "The envoy", cue: "said", content: "that the delegation would leave" }],
  ],
  [
    "a phrase after the cue is a frame, not the speaker: the name with its apposition before it speaks",
    ["“Both sides need more time,” Lena Ortiz, the mission's deputy head, said in a statement."],
    [{ source: "Lena Ortiz, the mission's deputy head", cue: "said", content: "Both sides need more time" }],
  ],
  [
    "a possessive apostrophe inside the apposition does not end it",
    ["“We expect a reply,” Tomas Berg, the envoys' spokesman, said on Tuesday."],
    [{ source: "Tomas Berg, the envoys' spokesman", cue: "said", content: "We expect a reply" }],
  ],
  [
    "'said of X' names what the words are about, not what was said",
    ["“It is a serious plan,” the mediator said of the proposal."],
    [{ source: "the mediator", cue: "said", content: "It is a serious plan", exact: false }],
  ],
  [
    "an inverted speaker stops before the interview frame",
    ["“The gap is narrowing,” said Omar Haddad in an interview with the Daily Ledger."],
    [{ source: "Omar Haddad", cue: "said", content: "The gap is narrowing", via: ["the Daily Ledger"] }],
  ],
  [
    "a quotation in doubled apostrophes (ASCII news text), the speaker after it",
    ["''We have not seen a written offer,'' the spokesman said. ''Nothing is settled.''"],
    [
      {
        source: "the spokesman",
        cue: "said",
        content: "''We have not seen a written offer,'' ''Nothing is settled.''",
        kind: "direct",
        spans: 2,
      },
    ],
  ],
  [
    "a wire dateline is not part of the content",
    ["ADDIS ABABA (Reuters) — Both delegations will meet again next month, two diplomats said."],
    [
      {
        source: "two diplomats",
        cue: "said",
        content: "Both delegations will meet again next month",
        kind: "indirect",
        exact: true,
      },
    ],
  ],
  [
    "indirect, cue before the content, 'that' kept",
    ["The foreign minister said that the proposal was still under review."],
    [
      {
        source: "The foreign minister",
        cue: "said",
        content: "that the proposal was still under review",
        kind: "indirect",
      },
    ],
  ],
  [
    "direct, cue after the quote",
    ["“We will not sign this draft,” the negotiator said."],
    [{ source: "the negotiator", cue: "said", content: "“We will not sign this draft,”", kind: "direct" }],
  ],
  [
    "inverted cue with an appositive source",
    ["“The border stays closed,” said Lena Ortiz, a spokeswoman for the ministry."],
    [
      {
        source: "Lena Ortiz, a spokeswoman for the ministry",
        cue: "said",
        content: "“The border stays closed,”",
      },
    ],
  ],
  [
    "indirect, content before the cue",
    ["The convoy reached the city before dawn, the agency added."],
    [
      {
        source: "the agency",
        cue: "added",
        content: "The convoy reached the city before dawn",
        kind: "indirect",
      },
    ],
  ],
  [
    "mixed: reported speech with a quoted phrase",
    ["The mayor warned that the shelters were “close to breaking point” after the storm."],
    [
      {
        source: "The mayor",
        cue: "warned",
        content: "that the shelters were “close to breaking point” after the storm",
        kind: "mixed",
      },
    ],
  ],
  [
    "cue inside the content: two quotes, one content",
    ["“We are ready,” she said. “The other side is not.”"],
    [{ source: "she", cue: "said", content: "“We are ready,”", spans: 2, kind: "direct" }],
  ],
  [
    "cue inside an indirect content",
    ["The ceasefire, Miller claimed, was never meant to last."],
    [{ source: "Miller", cue: "claimed", content: "The ceasefire", spans: 2 }],
  ],
  [
    "according to, fronted",
    ["According to two people familiar with the talks, the delegation will leave on Sunday."],
    [
      {
        source: "two people familiar with the talks",
        cue: "According to",
        content: "the delegation will leave on Sunday",
      },
    ],
  ],
  [
    "according to, after the content",
    ["The strike destroyed three buildings, according to local residents."],
    [{ source: "local residents", cue: "according to", content: "The strike destroyed three buildings" }],
  ],
  [
    "colon before a quote, object of told is a relay",
    ["A senior diplomat told Reuters on Monday: “Nothing has been agreed.”"],
    [{ source: "A senior diplomat", cue: "told", content: "“Nothing has been agreed.”", via: ["Reuters"] }],
  ],
  [
    "perfect tense and adverb between source and cue",
    ["Local officials have repeatedly said the water supply is failing."],
    [{ source: "Local officials", cue: "have repeatedly said", content: "the water supply is failing" }],
  ],
  [
    "was quoted as saying, relay after by",
    ["“The offer is final,” a government source was quoted as saying by the network."],
    [
      {
        source: "a government source",
        cue: "was quoted as saying",
        content: "“The offer is final,”",
        via: ["the network"],
      },
    ],
  ],
  [
    "participle cue takes the subject of the sentence",
    ["The envoy left the meeting early, saying the terms were unacceptable."],
    [{ source: "The envoy", cue: "saying", content: "the terms were unacceptable" }],
  ],
  [
    "coordinated verbs share the subject",
    ["The senator toured the camp and said conditions had worsened."],
    [{ source: "The senator", cue: "said", content: "conditions had worsened" }],
  ],
  [
    "coordinated verbs share the subject of the clause's main verb, past an infinitive",
    ["The mediator refused to discuss the timing but said a meeting was planned for Monday."],
    [{ source: "The mediator", cue: "said", content: "a meeting was planned for Monday" }],
  ],
  [
    "coordinated verbs share the subject past an adverb and an object",
    ["She also voiced concern about the delays and told reporters the convoy would wait."],
    [{ source: "She", cue: "told", content: "the convoy would wait" }],
  ],
  [
    "phrasal cue",
    ["The analyst pointed out that no date had been set."],
    [{ source: "The analyst", cue: "pointed out", content: "that no date had been set" }],
  ],
  [
    "document as a source",
    ["“All crossings will reopen at noon,” the statement says."],
    [{ source: "the statement", cue: "says", content: "“All crossings will reopen at noon,”" }],
  ],
  [
    "fronted interview frame is a relay, content after the cue",
    ["In an interview with the Financial Times, the minister said the deal was close."],
    [{ source: "the minister", cue: "said", content: "the deal was close", via: ["the Financial Times"] }],
  ],
  [
    "content after the cue stops at the second speaker's cue",
    ["Rebels have agreed to withdraw from the town, two aid workers told CNN."],
    [
      {
        source: "two aid workers",
        cue: "told",
        content: "Rebels have agreed to withdraw from the town",
        via: ["CNN"],
      },
    ],
  ],
  [
    "according to without a comma, source phrase with 'by'",
    ["The army holds the ridge according to a count by the Associated Press."],
    [{ source: "a count by the Associated Press", cue: "according to", content: "The army holds the ridge" }],
  ],
  [
    "appositive between dashes",
    ["Nora Bell — a nurse from the camp — says the clinic ran out of fuel."],
    [{ source: "Nora Bell — a nurse from the camp", cue: "says", content: "the clinic ran out of fuel" }],
  ],
  [
    "a question introduced by 'Asked', with its own speaker after",
    ["Asked whether the truce would hold, the general said it was too early to tell."],
    [
      { source: null, cue: "Asked", content: "whether the truce would hold" },
      { source: "the general", cue: "said", content: "it was too early to tell" },
    ],
  ],
  [
    "'according to' a bare plural or a source with its description (wink tags the noun as a verb there)",
    [
      "The convoy was turned back at the border, according to sources.",
      "The talks resumed on Monday, according to people familiar with the plans.",
    ],
    [
      { source: "sources", cue: "according to", content: "The convoy was turned back at the border" },
      {
        source: "people familiar with the plans",
        cue: "according to",
        content: "The talks resumed on Monday",
      },
    ],
  ],
  [
    "after a fronted phrase with no verb, ', according to S,' says the clause after it",
    ["In that meeting, according to a statement issued afterwards, the envoys agreed to meet again."],
    [
      {
        source: "a statement issued afterwards",
        cue: "according to",
        content: "the envoys agreed to meet again",
        exact: true,
      },
    ],
  ],
  [
    "'said by phone from X' after a quotation: the manner of saying is no content",
    ["“The door is open,” the envoy said by phone from Geneva."],
    [{ source: "the envoy", cue: "said", content: "“The door is open,”", exact: true }],
  ],
  [
    "'X reported, citing S, that C': S is the source and X the relay",
    [
      "The Ledger reported late Tuesday, citing two European diplomats, that the talks had been moved to Oslo.",
    ],
    [
      {
        source: "two European diplomats",
        cue: "reported",
        content: "that the talks had been moved to Oslo",
        via: ["The Ledger"],
      },
    ],
  ],
  [
    "relays: a media noun before the outlet's name, 'when contacted by', 'a statement carried by'",
    [
      "The spokesman told state broadcaster KTV that no concession had been made.",
      "“We do not pay ransoms,” a ministry official said when contacted by the BBC.",
      "The Defence Ministry, in a statement carried by the Anadolu agency, said the corridor was open.",
      "According to a statement carried by the state news agency, General Ivo Marek, the regional commander, warned that troops would respond.",
    ],
    [
      {
        source: "The spokesman",
        cue: "told",
        content: "that no concession had been made",
        via: ["state broadcaster KTV"],
      },
      { source: "a ministry official", cue: "said", content: "“We do not pay ransoms,”", via: ["the BBC"] },
      {
        source: "The Defence Ministry",
        cue: "said",
        content: "the corridor was open",
        via: ["the Anadolu agency"],
      },
      {
        source: "General Ivo Marek, the regional commander",
        cue: "warned",
        content: "that troops would respond",
        via: ["the state news agency", "a statement carried by the state news agency"],
      },
    ],
  ],
  [
    "a speaker after a subordinator has an attribution of its own",
    ["The envoy left Doha after the minister said the talks were over."],
    [{ source: "the minister", cue: "said", content: "the talks were over" }],
  ],
  [
    "a verb that takes an infinitive keeps its speaker, and 'said by phone' is not a passive",
    ["The governor pledged to resign. The mayor said by phone that the vote would go ahead."],
    [
      { source: "The governor", cue: "pledged", content: "to resign" },
      { source: "The mayor", cue: "said", content: "that the vote would go ahead" },
    ],
  ],
  [
    "a trailing according to vouches for the clause after the last semicolon",
    ["The rebels shelled the port for a week; they hit 40 boats, according to the coast guard."],
    [{ source: "the coast guard", cue: "according to", content: "they hit 40 boats", exact: true }],
  ],
  [
    "a subordinate clause with its main clause is content",
    ["Although the talks failed, they will resume, the official said."],
    [
      {
        source: "the official",
        cue: "said",
        content: "Although the talks failed, they will resume",
        exact: true,
      },
    ],
  ],
  [
    "the object of told is not a source",
    ["The commander told his troops that the offensive would stop."],
    [{ source: "The commander", cue: "told", content: "that the offensive would stop", via: [] }],
  ],
  [
    "a relative 'in which' closes the speaker's phrase, even before a lower-case name",
    ["It answered a statement in which al-Qassam said the convoy had been stopped."],
    [{ source: "al-Qassam", cue: "said", content: "the convoy had been stopped", exact: true }],
  ],
  [
    "'was quoted by X as saying': the speaker is the subject and X relays",
    ["The colonel was quoted by the state-run news agency as saying the checkpoints would stay."],
    [
      {
        source: "The colonel",
        cue: "was quoted by the state-run news agency as saying",
        content: "the checkpoints would stay",
        via: ["the state-run news agency"],
        exact: true,
      },
    ],
  ],
  [
    "a subject keeps its restrictive relative clause, also inside another's content",
    [
      "Elders who took part in the talks said the meetings were tense.",
      "The mayor said farmers who fled the valley told the radio that shelling had resumed.",
    ],
    [
      {
        source: "Elders who took part in the talks",
        cue: "said",
        content: "the meetings were tense",
        exact: true,
      },
      {
        source: "farmers who fled the valley",
        cue: "told",
        content: "that shelling had resumed",
        nested: true,
        exact: true,
      },
    ],
  ],
  [
    "'according to X, which said C': the relative clause is X's own statement, not part of the source",
    ["Some 9,000 people fled, according to the relief agency Medaid, which said its trucks were blocked."],
    [
      {
        source: "the relief agency Medaid",
        cue: "according to",
        content: "Some 9,000 people fled",
        exact: true,
      },
      { source: "which", cue: "said", content: "its trucks were blocked", exact: true },
    ],
  ],
  [
    "relays: the outlet's name without 'by phone'; an according-to relays the coordinated cue too",
    [
      "“We are ready,” the colonel told Reuters by phone from Goma.",
      "The ministry called the report “a lie,” according to the BBC, and said its troops had held fire.",
    ],
    [
      { source: "the colonel", cue: "told", content: "“We are ready,”", via: ["Reuters"] },
      { source: "The ministry", cue: "said", content: "its troops had held fire", via: ["the BBC"] },
    ],
  ],
  [
    "relays: 'in a later interview with X'; a document seen by an outlet as the subject",
    [
      "The envoy insisted in a later interview with Radio Okapi that the corridor was open.",
      "A draft of the accord seen by Reuters proposes that both armies pull back.",
    ],
    [
      { source: "The envoy", cue: "insisted", content: "that the corridor was open", via: ["Radio Okapi"] },
      {
        source: "A draft of the accord",
        cue: "proposes",
        content: "that both armies pull back",
        via: ["Reuters"],
        exact: true,
      },
    ],
  ],
  [
    "'X, who asked …, said C': the relative clause's cue ends at its comma and the main cue is not inside it",
    [
      "One relative, who asked that her name be withheld, said the gang had been paid.",
      "The port reopened, mediators said early on Sunday, after a week of talks.",
    ],
    [
      { source: "who", cue: "asked", content: "that her name be withheld", exact: true },
      { source: "One relative", cue: "said", content: "the gang had been paid", nested: false, via: [] },
      { source: "mediators", cue: "said", content: "The port reopened", exact: true },
    ],
  ],
  [
    "'put the toll at N' states a figure: the content is the figure phrase, the speaker its subject",
    [
      "The health office has put the death toll at 212, while aid groups say it is higher.",
      "The mayor, Ada Osei, put the number of missing people at about 40, saying searches went on.",
    ],
    [
      { source: "The health office", cue: "has put", content: "the death toll at 212", exact: true },
      {
        source: "The mayor, Ada Osei",
        cue: "put",
        content: "the number of missing people at about 40",
        exact: true,
      },
    ],
  ],
  [
    "a name and its apposition before the cue are the speaker even when a noun-tagged verb follows",
    ["Ana Ruiz, a fellow at the Peace Institute in Lima, said the swap fit a pattern."],
    [
      {
        source: "Ana Ruiz, a fellow at the Peace Institute in Lima",
        cue: "said",
        content: "the swap fit a pattern",
      },
    ],
  ],
  [
    "'S said A had shown X, but warned C': the second cue joins S's, not the one inside S's content",
    ["The envoy said both sides had shown “real courage,” but warned that “the hard part is ahead.”"],
    [{ source: "The envoy", cue: "warned", content: "that “the hard part is ahead.”" }],
  ],
  [
    "'as X put it, C'; a subject whose relative clause is the anonymity formula",
    [
      "As one Kenyan diplomat put it, the truce is “a bet on exhaustion.”",
      "A senior police officer who asked not to be named said the convoy had turned back.",
    ],
    [
      { source: "one Kenyan diplomat", cue: "put", content: "the truce is “a bet on exhaustion.”" },
      {
        source: "A senior police officer who asked not to be named",
        cue: "said",
        content: "the convoy had turned back",
        exact: true,
      },
    ],
  ],
  [
    "', while Y said' and ', but Y argued' open another speaker's clause; inside an according-to they do not",
    [
      "The ministry called the swap “a step forward,” while the army said only that it was done.",
      "According to a mediator, the rebels wanted a truce, but the army argued that it was too early.",
    ],
    [
      { source: "The ministry", cue: "called", content: "the swap “a step forward,”", exact: true },
      { source: "the army", cue: "said", content: "only that it was done", nested: false },
      {
        source: "a mediator",
        cue: "According to",
        content: "the rebels wanted a truce, but the army argued that it was too early",
        exact: true,
      },
    ],
  ],
  [
    "a clause-opening name with several asides before the cue is the speaker",
    [
      "The rebel delegation, led by Omar Nasser, head of the political bureau, said in a statement that the truce held.",
    ],
    [
      {
        source: "The rebel delegation, led by Omar Nasser, head of the political bureau",
        cue: "said",
        content: "that the truce held",
        exact: true,
      },
    ],
  ],
  [
    "a second cue that shares the speaker ends the first content; one inside the content does not",
    [
      "The militia said the drivers had been freed and demanded that the port reopen.",
      "The mayor said he was tired and expected the talks to fail.",
    ],
    [
      { source: "The militia", cue: "said", content: "the drivers had been freed", exact: true },
      { source: "The militia", cue: "demanded", content: "that the port reopen", via: [], nested: false },
      {
        source: "The mayor",
        cue: "said",
        content: "he was tired and expected the talks to fail",
        exact: true,
      },
    ],
  ],
];

describe("attribution rules", () => {
  it.each([
    "The council needs to tell the families the truth.",
    "It is too early to tell whether the truce will hold.",
    "The committee was willing to suggest that the talks move to Cairo.",
    "The swap would free the sailors still believed to be held in the port.",
    "Some 40 fishermen are thought to have drowned off the cape.",
    "The colonel is said to be furious about the delay.",
    "When the war began in 1998, the capital promised a swift victory.",
    "If shelling along the river continues, the talks may turn out to have been a pause.",
    "Fighting has continued despite a truce that both sides declared in March.",
    "Their fighters had only responded after drones struck a market.",
    "Qatari mediators had hoped to announce a deal on Monday.",
    "A supporter who has long criticized the mayor left the rally early.",
    "The envoy put the plan to both sides at the start of the week.",
  ])("no attribution in %j", (sentence) => {
    expect(attributionsOf(sentence).attributions).toEqual([]);
  });

  it.each(cases)("%s", (_name, paragraphs, expected) => {
    const { text, attributions } = attributionsOf(...paragraphs);
    for (const e of expected) {
      const a = e.exact
        ? attributions.find((x) => x.content.text === e.content)
        : find(attributions, e.content);
      expect(a, `no attribution with content ${e.content}`).toBeDefined();
      if (!a) continue;
      expect(a.source?.text ?? null).toBe(e.source);
      expect(a.cue?.text ?? null).toBe(e.cue);
      if (e.kind) expect(a.kind).toBe(e.kind);
      if (e.exact) expect(a.content.text).toBe(e.content);
      if (e.spans) expect(a.content.spans).toHaveLength(e.spans);
      if (e.via) expect(a.via.map((v) => v.text)).toEqual(e.via);
      if (e.nested !== undefined) expect(a.nested).toBe(e.nested);
      for (const span of [a.cue, a.source])
        if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
      const parts = a.content.spans ?? [[a.content.start, a.content.end]];
      expect(parts.map(([s, end]) => text.slice(s, end)).join(" ")).toBe(a.content.text);
      expect(a.rules.length).toBeGreaterThan(0);
    }
  });
});

const negatives: [string, string[]][] = [
  ["scare quotes around a single word", ["Both sides agreed to a ‘pause’ in the fighting on Friday."]],
  [
    "short quoted terms with no speech cue",
    ["The so-called “humanitarian corridor” opened briefly on Tuesday."],
  ],
  ["a title of a work in quotes", ["She starred in “The Long Night Home” before moving to television."]],
  ["a quotation with no speaker in reach", ["The weather was cold.", "“Nobody knows what comes next.”"]],
  ["a noun that looks like a cue", ["The reports of shelling could not be verified."]],
  ["a passive cue with no speaker", ["The plan is expected to be announced next week."]],
  ["a participle used as an adjective", ["The accused men were released on Friday."]],
  ["a colon after a phrase that is no name", ["The plan: a ceasefire first, then talks on prisoners."]],
  ["a colon after a section label", ["Update: the convoy reached the city at noon."]],
  [
    "a verb with an infinitive after it does not say the phrase before its subject",
    ["On Monday, the two sides agreed to extend the truce."],
  ],
  [
    "a manner adverb then a preposition that takes no content",
    ["The army has not commented publicly on any prisoner release."],
  ],
  ["a past participle with its agent after it", ["The casualty figures cited by each side differ widely."]],
  [
    "plural nouns that look like cues",
    [
      "Her closing remarks drew applause from both benches.",
      "The mayor and his angry remarks loomed large at the debate.",
    ],
  ],
  [
    "'called' that names or summons without a quoted label",
    ["The governor called a meeting of the regional council.", "He called the envoy twice on Sunday."],
  ],
];

describe("beliefs inside another's words", () => {
  it("a belief after a subordinator is left inside the content that holds it", () => {
    const { attributions } = attributionsOf(
      "Talks will resume, the source said, because although the army believes it can wait, time is short.",
    );
    expect(attributions.map((a) => a.cue?.text)).toEqual(["said"]);
  });
});

describe("no invented attributions", () => {
  it.each(negatives)("%s", (_name, paragraphs) => {
    expect(attributionsOf(...paragraphs).attributions).toEqual([]);
  });
});

describe("paragraph-level rules", () => {
  it("a floating quote paragraph continues the previous speaker", () => {
    const { attributions } = attributionsOf(
      "“We have not given up,” the commander said.",
      "“We will keep pressing for a deal.”",
    );
    expect(attributions).toHaveLength(1);
    expect(attributions[0].content.spans).toHaveLength(2);
    expect(attributions[0].rules).toContain("attr.floating_quote");
  });

  it("a floating quote after a paragraph naming the speaker gets that speaker", () => {
    const { attributions } = attributionsOf(
      "“The talks are over,” Karim Haddad said.",
      "Haddad also spoke about the prisoners held since the spring.",
      "“They must come home before anything else is discussed.”",
    );
    const floating = find(attributions, "They must come home");
    expect(floating?.source?.text).toBe("Haddad");
    expect(floating?.cue).toBeNull();
  });

  it("a paragraph continuing a quotation from an earlier paragraph keeps the named speaker", () => {
    const { attributions } = attributionsOf(
      "“We are leaving the talks,” Karim Haddad said.",
      "Later, Haddad poured scorn on “the idea of a quick deal.",
      "“Nobody on our side believes it.”",
    );
    const floating = find(attributions, "Nobody on our side");
    expect(floating?.source?.text).toBe("Haddad");
  });

  it("a quotation over several paragraphs is one content cut at paragraph ends", () => {
    const { attributions } = attributionsOf(
      "The mediator said: “We are close. The gaps are small.",
      "“But nothing is agreed until everything is agreed.”",
    );
    const a = find(attributions, "We are close");
    expect(a?.content.spans).toHaveLength(2);
    expect(a?.content.text).toContain("nothing is agreed");
  });

  it("a pull quote signed with a dash line", () => {
    const { attributions } = attributionsOf("‘We are running out of time’", "– Senior UN official");
    expect(attributions).toHaveLength(1);
    expect(attributions[0].source?.text).toBe("Senior UN official");
    expect(attributions[0].cue?.text).toBe("–");
  });

  it("a paragraph block introduced by an outlet is relayed by it", () => {
    const { attributions } = attributionsOf(
      "Reuters reported that mediators had met again:",
      "The two sides exchanged new maps on Sunday, a source briefed on the talks said.",
    );
    const inner = find(attributions, "exchanged new maps");
    expect(inner?.via.map((v) => v.text)).toContain("Reuters");
  });

  it("an attribution inside another one's content is nested, its parent first in via", () => {
    const { attributions } = attributionsOf("“The rebels told us they would withdraw,” the mayor said.");
    const outer = find(attributions, "The rebels told us");
    const inner = attributions.find((a) => a.nested);
    expect(outer?.nested).toBe(false);
    expect(inner?.parent).toBe(outer?.id);
    expect(inner?.source?.text).toBe("The rebels");
    expect(inner?.via[0].text).toBe("the mayor");
  });

  it("a report wrapping another source becomes its relay", () => {
    const { attributions } = attributionsOf(
      "The army had pulled back from two villages, a military source said, according to the newspaper.",
    );
    expect(attributions).toHaveLength(1);
    expect(attributions[0].source?.text).toBe("a military source");
    expect(attributions[0].via.map((v) => v.text)).toEqual(["the newspaper"]);
  });
});

describe("headline colons", () => {
  const headlineAttribution = (title: string) =>
    analyzeText(`${title}\n\nThe talks went on through the night.\n`).attributions.filter(
      (a) => a.cue?.rule === "attr.headline_colon",
    );

  it.each([
    ["Mediator Ana Ruiz: the truce will hold", "Mediator Ana Ruiz"],
    ["Kovac: No deal without guarantees", "Kovac"],
  ])("a speaker before the colon: %s", (title, source) => {
    expect(headlineAttribution(title).map((a) => a.source?.text)).toEqual([source]);
  });

  it.each([
    "Mali: Four hostages freed after 14 months",
    "Ukraine: Talks resume in Istanbul",
  ])("a place before the colon says where, not who: %s", (title) => {
    expect(headlineAttribution(title)).toEqual([]);
  });
});
