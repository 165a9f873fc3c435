// Lexicons are data files (src/lexicon/data/*.json), loaded once and cached. Code never holds
// word lists; it asks for a lexicon by name.
import { readFileSync } from "node:fs";

const cache = new Map<string, unknown>();

export function loadLexicon<T>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    const url = new URL(`./data/${name}.json`, import.meta.url);
    try {
      value = JSON.parse(readFileSync(url, "utf8"));
    } catch (error) {
      throw new Error(`lexicon ${name} (${url.pathname}) cannot be loaded: ${(error as Error).message}`);
    }
    cache.set(name, value);
  }
  return value as T;
}

/** A lexicon of words or phrases as a Set of lower-cased entries. */
export function loadWordSet(name: string): Set<string> {
  const key = `set:${name}`;
  let set = cache.get(key) as Set<string> | undefined;
  if (!set) {
    set = new Set(loadLexicon<string[]>(name).map((w) => w.toLowerCase()));
    cache.set(key, set);
  }
  return set;
}
