// The corpus view: everything the report, export and query commands show, computed from the store.
import { readFileSync } from "node:fs";
import type { Store } from "../store/open.ts";
import { type ClaimCluster, clusterClaims } from "./claims.ts";
import { type FigureConflict, figureConflicts } from "./figures.ts";
import { buildLedger, type LedgerRow } from "./ledger.ts";
import { type AliasFile, type CorpusEntity, type EntityIndex, linkEntities } from "./link.ts";
import { type Corpus, loadCorpus } from "./load.ts";
import { type OutletProfile, outletProfiles } from "./outlets.ts";
import { buildTimeline, type TimelineEvent } from "./timeline.ts";

export interface CorpusView {
  corpus: Corpus;
  index: EntityIndex;
  parties: CorpusEntity[];
  mediators: CorpusEntity[];
  claims: ClaimCluster[];
  timeline: TimelineEvent[];
  ledger: LedgerRow[];
  figures: FigureConflict[];
  outlets: OutletProfile[];
}

const MEDIATION_TYPES = new Set(["mediation"]);

/** The view of the whole store. Between its steps the event loop runs, so a server that builds it on
 * its own thread (a PostgreSQL store, see src/api/views.ts) keeps answering meanwhile. */
export async function buildView(store: Store, aliases: AliasFile = {}): Promise<CorpusView> {
  const corpus = await loadCorpus(store);
  await nextTurn();
  const index = linkEntities(corpus, aliases);
  await nextTurn();
  const timeline = buildTimeline(corpus, index);
  const ledger = buildLedger(corpus, index);
  await nextTurn();
  const claims = clusterClaims(corpus, index);
  await nextTurn();
  return {
    corpus,
    index,
    ...sides(index, timeline, ledger),
    claims,
    timeline,
    ledger,
    figures: figureConflicts(corpus, index),
    outlets: outletProfiles(corpus),
  };
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Parties: who takes positions or acts in events other than mediation; mediators: who mediates. */
function sides(
  index: EntityIndex,
  timeline: TimelineEvent[],
  ledger: LedgerRow[],
): { parties: CorpusEntity[]; mediators: CorpusEntity[] } {
  const byName = new Map(index.entities.map((e) => [e.name, e]));
  const mediatorNames = new Set(timeline.filter((e) => MEDIATION_TYPES.has(e.type)).flatMap((e) => e.actors));
  const partyNames = new Set([
    ...ledger.map((r) => r.party),
    ...timeline.filter((e) => !MEDIATION_TYPES.has(e.type)).flatMap((e) => e.actors),
  ]);
  const pick = (names: Set<string>) =>
    [...names]
      .map((n) => byName.get(n))
      .filter((e): e is CorpusEntity => e !== undefined)
      .sort((a, b) => b.articles.length - a.articles.length);
  return { parties: pick(partyNames), mediators: pick(mediatorNames) };
}

export function readAliasFile(path: string | undefined): AliasFile {
  if (!path) return {};
  const value = JSON.parse(readFileSync(path, "utf8")) as AliasFile;
  const groups = (g: unknown) =>
    Array.isArray(g) && g.every((x) => Array.isArray(x) && x.every((n) => typeof n === "string"));
  if ((value.merge && !groups(value.merge)) || (value.split && !groups(value.split))) {
    throw new Error(`${path}: an alias file is {"merge": [[names…]], "split": [[names…]]}`);
  }
  return value;
}
