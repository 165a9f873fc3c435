// The built web interface (web/dist): files by path, index.html for every other page so that
// shared URLs open the right view. A strict Content-Security-Policy means that even if some article
// text ever reached the page as markup, no inline script or event handler in it would run.
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { Hono } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function serveWeb(app: Hono, webDir: string): void {
  const root = resolve(webDir);
  app.get("*", (c) => {
    const file = fileFor(root, c.req.path) ?? join(root, "index.html");
    if (!existsSync(file))
      return c.json({ error: `the web interface is not built: run \`npm run build:web\`` }, 503);
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const headers: Record<string, string> = { "Content-Type": type };
    if (type.startsWith("text/html")) headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY;
    // Built assets carry a content hash in their names; index.html must always be fresh.
    headers["Cache-Control"] = c.req.path.startsWith("/assets/")
      ? "public, max-age=31536000, immutable"
      : "no-cache";
    return c.body(readFileSync(file), 200, headers);
  });
}

/** The file under root that the path names, or null (never a path outside root). */
function fileFor(root: string, path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const candidate = resolve(root, `.${sep}${normalize(decoded)}`);
  if (!candidate.startsWith(root + sep)) return null;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}
