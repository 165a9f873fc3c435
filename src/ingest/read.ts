// Reading an article file: UTF-8 with or without BOM, LF or CRLF. Offsets everywhere are into the
// text exactly as decoded here (a BOM stays in the text as U+FEFF, as Node's readFileSync keeps it).
import { readFileSync, statSync } from "node:fs";

export class InputError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "InputError";
  }
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function readArticle(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new InputError(file, "is a directory, not an article");
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return decodeArticle(file, bytes);
}

export function decodeArticle(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(file, "is empty");
  if (looksBinary(bytes)) throw new InputError(file, "is binary, not a text article");
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError(file, "is not valid UTF-8 text");
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new InputError(file, "has no text (only whitespace)");
  return text;
}

/** A NUL byte or many control characters in the first 8 KB mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.1;
}
