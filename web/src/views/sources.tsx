import { type AttributionRow, type Page, query, useApi } from "../api.ts";
import { Empty, EvidenceLink, FilterBar, filtersOf, Loading, Source, View } from "../components.tsx";
import { href, type Route } from "../router.ts";

interface SourceGroup {
  source: string;
  named: boolean;
  affiliation: string | null;
  claims: number;
  outlets: string[];
  relays: string[];
  examples: AttributionRow[];
}

export function Quote({ a }: { a: AttributionRow }) {
  const chain = [a.source ?? "no source", ...a.via].join(" → ");
  return (
    <li>
      <EvidenceLink evidence={a.evidence}>{a.content}</EvidenceLink>
      <div class="muted">
        {a.named ? "named" : "unnamed"} · {a.cue ?? "no cue"} · relay chain: {chain}
      </div>
      <Source evidence={a.evidence} />
    </li>
  );
}

export function SourcesView({ route }: { route: Route }) {
  const source = route.params.get("source") ?? "";
  const filters = filtersOf(route.params);
  const state = useApi<Page<SourceGroup>>(`/api/sources${query({ ...filters, source, limit: 100 })}`);
  const tools = (
    <>
      <nav class="tools">
        {["", "named", "unnamed"].map((s) => (
          <a key={s} href={href("sources", { ...filters, source: s })} class={s === source ? "on" : ""}>
            {s || "all"}
          </a>
        ))}
      </nav>
      <FilterBar view="sources" params={route.params} />
    </>
  );
  return (
    <View title="Sources" tools={tools}>
      <Loading state={state}>
        {(page) =>
          page.items.length ? (
            <table class="list">
              <thead>
                <tr>
                  <th>source</th>
                  <th>kind</th>
                  <th>affiliation</th>
                  <th>claims</th>
                  <th>relayed by</th>
                  <th>what they said</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((g) => (
                  <tr key={`${g.named}:${g.source}:${g.affiliation}`}>
                    <th>{g.source}</th>
                    <td>
                      <span class={g.named ? "tag named" : "tag unnamed"}>
                        {g.named ? "named" : "unnamed"}
                      </span>
                    </td>
                    <td>{g.affiliation ?? ""}</td>
                    <td>{g.claims}</td>
                    <td>{g.relays.join(", ")}</td>
                    <td>
                      <ul class="plain">
                        {g.examples.map((a) => (
                          <Quote key={a.evidence.item + a.evidence.article} a={a} />
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Empty what="sources" />
          )
        }
      </Loading>
    </View>
  );
}
