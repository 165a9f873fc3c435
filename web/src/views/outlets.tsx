import { type ActorLabel, type EventRow, type OutletProfile, type Page, query, useApi } from "../api.ts";
import { Empty, Loading, View } from "../components.tsx";
import { href, navigate, type Route } from "../router.ts";
import { EventList } from "./overview.tsx";

interface Comparison {
  type: string | null;
  sharedTypes: string[];
  sides: { outlet: string; profile: OutletProfile | null; labels: ActorLabel[]; events: EventRow[] }[];
}

function Profile({ p }: { p: OutletProfile }) {
  return (
    <div>
      <p>
        {p.articles} articles · {p.attributions} attributions · unnamed share{" "}
        {p.unnamedShare === null ? "n/a" : `${Math.round(p.unnamedShare * 100)}%`}
      </p>
      <p class="muted">
        voices:{" "}
        {Object.entries(p.voices)
          .sort((a, b) => b[1] - a[1])
          .map(([v, n]) => `${v} ${n}`)
          .join(", ") || "none"}
      </p>
      <p class="muted">{p.labelCount} actor labels</p>
    </div>
  );
}

function Compare({ outlets, a, b, type }: { outlets: string[]; a: string; b: string; type: string }) {
  const state = useApi<Comparison>(a && b ? `/api/compare${query({ a, b, type })}` : null);
  const pick = (side: "a" | "b") => (e: Event) =>
    navigate(href("outlets", { a, b, type, [side]: (e.target as HTMLSelectElement).value }));
  const choose = (which: "a" | "b", value: string) => (
    <select aria-label={`outlet ${which}`} value={value} onChange={pick(which)}>
      <option value="">choose an outlet</option>
      {outlets.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  );
  return (
    <div class="card">
      <h2>Side by side</h2>
      <p>
        {choose("a", a)} {choose("b", b)}
      </p>
      {a && b ? (
        <Loading state={state}>
          {(c) => (
            <>
              <p class="muted">
                event type: {c.type ?? "none in common"}
                {c.sharedTypes.length > 1 ? ` (shared: ${c.sharedTypes.join(", ")})` : ""}
              </p>
              <div class="grid2">
                {c.sides.map((s) => (
                  <div key={s.outlet} data-testid="compare-side">
                    <h3>{s.outlet}</h3>
                    {s.profile ? <Profile p={s.profile} /> : null}
                    <p class="muted">
                      labels:{" "}
                      {s.labels.map((l) => `“${l.text}” (${l.actor}) ×${l.count}`).join(", ") || "none"}
                    </p>
                    <EventList events={s.events} />
                  </div>
                ))}
              </div>
            </>
          )}
        </Loading>
      ) : null}
    </div>
  );
}

export function OutletsView({ route }: { route: Route }) {
  const state = useApi<Page<OutletProfile>>("/api/outlets");
  return (
    <View title="Outlets">
      <Loading state={state}>
        {(page) =>
          page.items.length ? (
            <>
              <table class="list">
                <thead>
                  <tr>
                    <th>outlet</th>
                    <th>profile</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((p) => (
                    <tr key={p.outlet}>
                      <th>{p.outlet}</th>
                      <td>
                        <Profile p={p} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Compare
                outlets={page.items.map((p) => p.outlet)}
                a={route.params.get("a") ?? page.items[0]?.outlet ?? ""}
                b={route.params.get("b") ?? page.items[1]?.outlet ?? ""}
                type={route.params.get("type") ?? ""}
              />
            </>
          ) : (
            <Empty what="outlets" />
          )
        }
      </Loading>
    </View>
  );
}
