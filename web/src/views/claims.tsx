import { type AttributionRow, type Page, useApi } from "../api.ts";
import { Empty, Loading, View } from "../components.tsx";
import { href, type Route } from "../router.ts";
import { Quote } from "./sources.tsx";

interface Cluster {
  key: string;
  content: string;
  origins: { origin: string; named: boolean; firstSeen: string | null }[];
  outlets: string[];
  echoes: number;
  reports: AttributionRow[];
}

export function ClaimsView() {
  const state = useApi<Page<Cluster>>("/api/claims?limit=100");
  return (
    <View title="Claims">
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
                    {c.origins.length} independent origin{c.origins.length === 1 ? "" : "s"} · {c.echoes} echo
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
                <h2>Independent origins</h2>
                <ul class="plain">
                  {c.origins.map((o) => (
                    <li key={o.origin}>
                      {o.origin} <span class="tag">{o.named ? "named source" : "first outlet"}</span>{" "}
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
