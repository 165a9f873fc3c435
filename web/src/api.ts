// Fetching from the Parley API, and the shapes the views read.
import { useEffect, useState } from "preact/hooks";

export interface Evidence {
  article: number;
  item: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface EntitySummary {
  name: string;
  type: string;
  subtype: string | null;
  articles: number;
  mentions: number;
  titles: string[];
  role?: string;
  evidence: Evidence;
}

export interface EventRow {
  type: string;
  status: string | null;
  actors: string[];
  place: string | null;
  date: string | null;
  evidence: Evidence;
}

export interface AttributionRow {
  source: string | null;
  sourceKind: string | null;
  named: boolean;
  descriptor: string | null;
  affiliation: string | null;
  cue: string | null;
  kind: string;
  content: string;
  via: string[];
  evidence: Evidence;
}

export interface PositionRow {
  party: string;
  issue: string;
  stance: string;
  accordingTo: string | null;
  date: string | null;
  evidence: Evidence;
  changed?: boolean;
}

export interface FigureRow {
  value: number;
  unit: string | null;
  what: string | null;
  qualifier: string | null;
  source: string | null;
  evidence: Evidence;
}

export interface ReaderItem {
  ref: string;
  layer: string;
  label: string;
  detail: string;
  focus: { start: number; end: number };
  spans: { start: number; end: number }[];
}

export interface ArticleSummary {
  id: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  wordCount: number;
  version: number;
  duplicateOf: number | null;
  snippet?: string;
}

export interface ArticleDetail extends ArticleSummary {
  text: string;
  items: ReaderItem[];
  duplicates: number[];
  previousVersion: number | null;
}

export interface OutletProfile {
  outlet: string;
  articles: number;
  attributions: number;
  unnamedShare: number | null;
  labelCount: number;
  voices: Record<string, number>;
}

export interface ActorLabel {
  text: string;
  actor: string;
  count: number;
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== "") search.set(k, String(v));
  const text = search.toString();
  return text ? `?${text}` : "";
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body?.error ?? `${response.status} ${response.statusText}`);
  return body as T;
}

export type Loaded<T> = { data: T; error: null } | { data: null; error: string | null };

/** Loads `path` whenever it changes; error is null while loading. Data of an earlier path is never
 * returned for a new one, so a view never shows the previous article under the next one's URL. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<{ path: string | null; loaded: Loaded<T> }>({
    path: null,
    loaded: { data: null, error: null },
  });
  useEffect(() => {
    if (!path) return;
    let live = true;
    getJson<T>(path).then(
      (data) => live && setState({ path, loaded: { data, error: null } }),
      (e: Error) => live && setState({ path, loaded: { data: null, error: e.message } }),
    );
    return () => {
      live = false;
    };
  }, [path]);
  return state.path === path ? state.loaded : { data: null, error: null };
}
