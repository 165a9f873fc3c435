// The position ledger: for each party and issue, its stances over time, with a flag wherever the
// stance differs from the one before it (a shift, e.g. reject → accept).
import type { EntityIndex } from "./link.ts";
import { type Corpus, dayOf } from "./load.ts";

export interface StanceEntry {
  date: string | null;
  stance: string;
  according: string | null;
  article: number;
  outlet: string | null;
  evidence: string;
  /** True when the stance differs from the previous entry's. */
  changed: boolean;
}

export interface LedgerRow {
  party: string;
  issue: string;
  entries: StanceEntry[];
  changes: number;
}

export function buildLedger(corpus: Corpus, index: EntityIndex): LedgerRow[] {
  const rows = new Map<string, LedgerRow>();
  for (const p of corpus.positions) {
    const article = corpus.articles.get(p.article_id);
    if (!article) continue;
    const party = index.resolve(p.article_id, p.party)?.name ?? p.party;
    const key = `${party}|${p.issue}`;
    const row = rows.get(key) ?? { party, issue: p.issue, entries: [], changes: 0 };
    row.entries.push({
      date: dayOf(article.published),
      stance: p.stance,
      according: p.according_to
        ? (index.resolve(p.article_id, p.according_to)?.name ?? p.according_to)
        : null,
      article: p.article_id,
      outlet: article.outlet,
      evidence: p.evidence,
      changed: false,
    });
    rows.set(key, row);
  }
  for (const row of rows.values()) {
    row.entries.sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.article - b.article);
    row.entries.forEach((e, i) => {
      e.changed = i > 0 && e.stance !== row.entries[i - 1].stance;
    });
    row.changes = row.entries.filter((e) => e.changed).length;
  }
  return [...rows.values()].sort((a, b) => a.party.localeCompare(b.party) || a.issue.localeCompare(b.issue));
}
