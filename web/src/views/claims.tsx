import { type AttributionRow, type Page, query, useApi } from "../api.ts";
import { Empty, FilterBar, filtersOf, Loading, View } from "../components.tsx";
import { href, type Route } from "../router.ts";
import { Quote } from "./sources.tsx";

interface Cluster {
  key: string;
  content: string;
  origins: {
    origin: string;
    named: boolean;
    kind: "named" | "unnamed" | "outlet";
    firstSeen: string | null;
  }[];
  independentOrigins: number;
  outlets: string[];
  echoes: number;
  reports: AttributionRow[];
}

const ORIGIN_KINDS = {
  named: "named source",
  unnamed: "unnamed source, this article only",
  outlet: "first outlet to report it",
};

export function ClaimsView({ route }: { route: Route }) {
  const state = useApi<Page<Cluster>>(`/api/claims${query({ ...filtersOf(route.params), limit: 100 })}`);
  return (
    <View title="Claims" tools={<FilterBar view="claims" params={route.params} />}>
      <Loading state={state}>
        {(page) =>
          page.items.length ? (
            <ul class="plain claims">
              {page.items.map((c) => (
                <li key={c.key}>
                  <a data-nav href={href("claim", {}, c.key)} data-testid="claim">
                    {c.content}
                  </a>
                  <div class="muted">
                    {c.independentOrigins} independent origin{c.independentOrigins === 1 ? "" : "s"} ·{" "}
                    {c.echoes} echo
                    {c.echoes === 1 ? "" : "es"} · {c.outlets.length} outlets
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <Empty what="claims" />
          )
        }
      </Loading>
    </View>
  );
}

export function ClaimView({ route }: { route: Route }) {
  const state = useApi<Cluster>(route.id ? `/api/claims/${encodeURIComponent(route.id)}` : null);
  return (
    <View title="Claim">
      <Loading state={state}>
        {(c) => (
          <>
            <blockquote>{c.content}</blockquote>
            <div class="grid2">
              <div class="card">
                <h2>Origins ({c.independentOrigins} independent)</h2>
                <ul class="plain">
                  {c.origins.map((o) => (
                    <li key={o.origin}>
                      {o.origin} <span class="tag">{ORIGIN_KINDS[o.kind]}</span>{" "}
                      <span class="muted">{o.firstSeen?.slice(0, 10) ?? ""}</span>
                    </li>
                  ))}
                </ul>
              </div>
              <div class="card">
                <h2>Echoed by</h2>
                <p>{c.outlets.join(", ") || "no outlet recorded"}</p>
                <p class="muted">{c.echoes} reports only echo an origin above</p>
              </div>
            </div>
            <h2>Reports</h2>
            <ul class="plain">
              {c.reports.map((a) => (
                <Quote key={a.evidence.article + a.evidence.item} a={a} />
              ))}
            </ul>
          </>
        )}
      </Loading>
    </View>
  );
}
