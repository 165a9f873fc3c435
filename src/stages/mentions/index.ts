// Mentions stage: people, organizations and places, merged into one entity per thing named in the
// article. Passes, each linear in the tokens: gazetteer names and numbered outlets → national forces → unlisted
// capitalised names (typed by a NameTyper) → possessive offices → titles → merging → typing by context → definite
// descriptions and role descriptions → entity records.
import type { Analysis } from "../../layers.ts";
import type { Candidate, Context } from "./candidates.ts";
import { typeByContext } from "./context-types.ts";
import { findDescriptions, findRoleDescriptions } from "./descriptions.ts";
import { buildEntities } from "./entities.ts";
import { markHeadlines } from "./headlines.ts";
import { groupCandidates } from "./merge.ts";
import {
  findGazetteerMentions,
  findNationalForces,
  findPossessiveOffices,
  findUnlistedNames,
} from "./recognize.ts";
import { attachTitles } from "./titles.ts";
import { type NameTyper, ruleTyper } from "./typer.ts";

export type { NameRun, NameTyper, Typing } from "./typer.ts";

/** The name mentions that stand: a name another one absorbed ("Gaza" in "Gaza Health Ministry")
 * no longer covers its tokens and is dropped; possessive offices never cover theirs. */
function standingCandidates(context: Context): Candidate[] {
  return context.candidates.filter(
    (c, i) => OVERLAPPING_RULES.has(c.rule) || context.coverage[c.tokenStart] === i,
  );
}

/** Candidates that stand over their owner's own mention ("Netanyahu’s office", "China's foreign
 * ministry", "Sudan's army") without taking its tokens. */
const OVERLAPPING_RULES = new Set([
  "mention.possessive_office",
  "mention.country_ministry",
  "mention.country_force",
]);

function titledTokens(context: Context, candidates: Candidate[]): Uint8Array {
  const mask = new Uint8Array(context.tokens.length);
  for (const c of candidates) for (const title of c.titles) mask.fill(1, title.tokenStart, title.tokenEnd);
  return mask;
}

/** Builds the mentions stage with a given typer for unlisted names (a trained model may plug in). */
export function createMentionStage(typer: NameTyper = ruleTyper): (analysis: Analysis) => void {
  return (analysis) => {
    const { model } = analysis;
    const context: Context = {
      model,
      tokens: model.tokens,
      coverage: new Int32Array(model.tokens.length).fill(-1),
      candidates: [],
      headline: markHeadlines(model, analysis.document),
      capitals: [],
      articles: [],
    };
    findGazetteerMentions(context);
    findNationalForces(context);
    findUnlistedNames(context, typer);
    findPossessiveOffices(context);
    const standing = standingCandidates(context);
    attachTitles(context);
    const groups = groupCandidates(context, standing);
    typeByContext(context, groups);
    const descriptions = findDescriptions(context, groups);
    const roles = findRoleDescriptions(context, groups, titledTokens(context, standing));
    const { mentions, entities } = buildEntities(context, standing, groups, [...descriptions, ...roles]);
    analysis.mentions = mentions;
    analysis.entities = entities;
  };
}

export const extractMentions = createMentionStage();
