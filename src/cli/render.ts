// Rendering report sections as terminal text, Markdown or a self-contained HTML page.
export interface Section {
  title: string;
  /** Lines of prose before the table. */
  notes?: string[];
  header?: string[];
  rows?: string[][];
}

export type Format = "terminal" | "md" | "html";

export function render(title: string, sections: Section[], format: Format): string {
  sections = sections.map((s) =>
    s.header && !s.rows?.length ? { ...s, notes: [...(s.notes ?? []), "(none)"] } : s,
  );
  if (format === "md") return markdown(title, sections);
  if (format === "html") return html(title, sections);
  return terminal(title, sections);
}

function terminal(title: string, sections: Section[]): string {
  const out = [title, "=".repeat(title.length)];
  for (const s of sections) {
    out.push("", s.title, "-".repeat(s.title.length), ...(s.notes ?? []));
    if (s.header && s.rows?.length) out.push(...alignedTable(s.header, s.rows));
  }
  return `${out.join("\n")}\n`;
}

const MAX_CELL = 70;

function alignedTable(header: string[], rows: string[][]): string[] {
  const cells = [header, ...rows].map((r) => r.map((c) => clip(c, MAX_CELL)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (c ?? "").padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)];
}

function markdown(title: string, sections: Section[]): string {
  const out = [`# ${title}`];
  for (const s of sections) {
    out.push("", `## ${s.title}`, "");
    if (s.notes?.length) out.push(...s.notes, "");
    if (s.header && s.rows?.length) {
      const cell = (c: string) => c.replace(/\|/g, "\\|").replace(/\s+/g, " ");
      out.push(`| ${s.header.map(cell).join(" | ")} |`, `|${s.header.map(() => " --- ").join("|")}|`);
      for (const r of s.rows) out.push(`| ${r.map(cell).join(" | ")} |`);
    }
  }
  return `${out.join("\n")}\n`;
}

function html(title: string, sections: Section[]): string {
  const body = sections
    .map((s) => {
      const notes = (s.notes ?? []).map((n) => `<p>${escapeHtml(n)}</p>`).join("");
      const table =
        s.header && s.rows?.length
          ? `<table><thead><tr>${s.header.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${s.rows
              .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`)
              .join("")}</tbody></table>`
          : "";
      return `<section><h2>${escapeHtml(s.title)}</h2>${notes}${table}</section>`;
    })
    .join("\n");
  // One file with its style inline: no scripts, fonts or images to fetch.
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:80em;color:#222}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}h2{margin-top:1.8em;border-bottom:2px solid #ddd}</style></head>
<body><h1>${escapeHtml(title)}</h1>
${body}
</body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function clip(text: string, n: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
