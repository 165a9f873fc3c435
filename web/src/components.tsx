// Small pieces shared by the views. Everything from the store is rendered as text: no view ever
// hands article content to innerHTML.
import type { ComponentChildren } from "preact";
import type { Evidence, Loaded } from "./api.ts";
import { href, navigate } from "./router.ts";

export function evidenceHref(e: Evidence): string {
  return href("article", { item: e.item }, e.article);
}

/** A link to the item's evidence in the article reader. */
export function EvidenceLink({ evidence, children }: { evidence: Evidence; children?: ComponentChildren }) {
  return (
    <a
      class="evidence"
      data-nav
      data-testid="evidence"
      href={evidenceHref(evidence)}
      title={evidence.title ?? ""}
    >
      {children ?? evidence.text}
    </a>
  );
}

export function Source({ evidence }: { evidence: Evidence }) {
  return (
    <span class="muted">
      {[evidence.outlet, evidence.published?.slice(0, 10), evidence.title].filter(Boolean).join(" · ")}
    </span>
  );
}

export function Loading<T>({
  state,
  children,
}: {
  state: Loaded<T>;
  children: (data: T) => ComponentChildren;
}) {
  if (state.error)
    return (
      <p class="error" role="alert">
        {state.error}
      </p>
    );
  if (state.data === null) return <p class="muted">Loading…</p>;
  return <>{children(state.data)}</>;
}

export function Empty({ what }: { what: string }) {
  return <p class="muted empty">No {what} in this store yet.</p>;
}

export function View({
  title,
  children,
  tools,
}: {
  title: string;
  children: ComponentChildren;
  tools?: ComponentChildren;
}) {
  return (
    <section class="view">
      <header class="view-head">
        <h1>{title}</h1>
        {tools}
      </header>
      {children}
    </section>
  );
}

/** The filters in the URL that the API's whole-store views accept. */
export function filtersOf(params: URLSearchParams): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const key of ["from", "to", "outlet"]) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** Date range and outlet, kept in the URL so a filtered view can be shared too. */
export function FilterBar({ view, params, id }: { view: string; params: URLSearchParams; id?: string }) {
  const submit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const next: Record<string, string> = Object.fromEntries(params);
    for (const key of ["from", "to", "outlet"]) next[key] = String(form.get(key) ?? "").trim();
    navigate(href(view, next, id));
  };
  return (
    <form class="filters" onSubmit={submit} data-testid="filters">
      <label>
        from <input type="date" name="from" value={params.get("from") ?? ""} />
      </label>
      <label>
        to <input type="date" name="to" value={params.get("to") ?? ""} />
      </label>
      <label>
        outlet <input type="text" name="outlet" value={params.get("outlet") ?? ""} size={16} />
      </label>
      <button type="submit">Filter</button>
    </form>
  );
}
