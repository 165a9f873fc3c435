// Normalizing names and titles for matching across articles: case, curly quotes, diacritics,
// possessives and a leading "the" do not make two names different.
const normalized = new Map<string, string>();

/** Memoized: a corpus repeats the same few thousand names hundreds of thousands of times. */
export function normalizeName(text: string): string {
  let result = normalized.get(text);
  if (result === undefined) {
    result = computeNormalized(text);
    if (normalized.size > 200_000) normalized.clear();
    normalized.set(text, result);
  }
  return result;
}

function computeNormalized(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/gi, "")
    .replace(/[“”"'().,]/g, " ")
    .toLowerCase()
    .replace(/^\s*the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A title or role as a key ("the Mossad chief" → "mossad chief"); null for an indefinite or plural
 * description ("a senior official", "officials"), which can stand for different people. */
export function titleKey(text: string): string | null {
  const raw = text.trim();
  if (/^(a|an|one|some|two|three|several|many|other|another)\s/i.test(raw)) return null;
  const key = normalizeName(raw);
  if (!key || key.split(" ").length > 8) return null;
  if (/s$/.test(key) && !/(ss|us|is)$/.test(key)) return null;
  return key;
}

export function slug(text: string): string {
  return (
    normalizeName(text)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "x"
  );
}

/** A surface form that can serve as a name: it starts with a capital (after quotes and "the"). */
export function isProperForm(text: string): boolean {
  const stripped = text.replace(/^[\s“”"'‘’]*(the\s+)?[\s“”"'‘’]*/i, "");
  return /^\p{Lu}/u.test(stripped);
}
