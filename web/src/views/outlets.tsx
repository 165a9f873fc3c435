import {
  type ActorLabel,
  type EventRow,
  type Evidence,
  type OutletProfile,
  type Page,
  query,
  useApi,
} from "../api.ts";
import { Empty, EvidenceLink, Loading, View } from "../components.tsx";
import { href, navigate, type Route } from "../router.ts";
import { EventList } from "./overview.tsx";

interface SameEvent {
  type: string;
  date: string | null;
  actors: string[];
  sides: { outlet: string; reports: { status: string | null; evidence: Evidence }[] }[];
}

interface Comparison {
  type: string | null;
  sharedTypes: string[];
  sameEvents: SameEvent[];
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

/** One happening (merged across articles) as each outlet told it, side by side. */
function SameEvents({ events }: { events: SameEvent[] }) {
  if (!events.length) return <p class="muted">No event reported by both outlets.</p>;
  return (
    <table class="list" data-testid="same-events">
      <thead>
        <tr>
          <th>event</th>
          {events[0].sides.map((s) => (
            <th key={s.outlet}>{s.outlet}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={`${e.type}:${e.date}:${e.actors.join(",")}`}>
            <th>
              {e.type} <span class="muted">{e.date ?? "undated"}</span>
              <div class="muted">{e.actors.join(", ")}</div>
            </th>
            {e.sides.map((s) => (
              <td key={s.outlet}>
                {s.reports.map((r) => (
                  <div key={r.evidence.article + r.evidence.item}>
                    <span class="tag">{r.status}</span> <EvidenceLink evidence={r.evidence} />
                  </div>
                ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
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
              <SameEvents events={c.sameEvents} />
              <h3>All events of this type</h3>
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
