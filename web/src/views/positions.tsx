import { type PositionRow, query, useApi } from "../api.ts";
import { Empty, EvidenceLink, FilterBar, filtersOf, Loading, View } from "../components.tsx";
import type { Route } from "../router.ts";

interface Matrix {
  parties: string[];
  issues: string[];
  cells: { party: string; issue: string; history: PositionRow[] }[];
}

function Cell({ history }: { history: PositionRow[] }) {
  const latest = history[history.length - 1];
  const changes = history.filter((h) => h.changed).length;
  return (
    <td class={`cell st-${latest.stance}`}>
      <EvidenceLink evidence={latest.evidence}>{latest.stance}</EvidenceLink>
      {changes ? (
        <span class="tag changed" title="the stance changed">
          changed ×{changes}
        </span>
      ) : null}
      {history.length > 1 ? (
        <details>
          <summary class="muted">{history.length} stances</summary>
          <ol>
            {history.map((h) => (
              <li key={`${h.evidence.article}:${h.evidence.item}`}>
                <EvidenceLink evidence={h.evidence}>{h.stance}</EvidenceLink>{" "}
                <span class="muted">
                  {h.date?.slice(0, 10) ?? "undated"} {h.evidence.outlet ?? ""}
                </span>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </td>
  );
}

export function PositionsView({ route }: { route: Route }) {
  const state = useApi<Matrix>(`/api/matrix${query(filtersOf(route.params))}`);
  return (
    <View title="Positions: party × issue" tools={<FilterBar view="positions" params={route.params} />}>
      <Loading state={state}>
        {(m) => {
          if (!m.cells.length) return <Empty what="positions" />;
          const byKey = new Map(m.cells.map((c) => [`${c.party}\u0000${c.issue}`, c]));
          return (
            <div class="scroll">
              <table class="matrix">
                <thead>
                  <tr>
                    <th>party</th>
                    {m.issues.map((i) => (
                      <th key={i}>{i}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {m.parties.map((p) => (
                    <tr key={p}>
                      <th>{p}</th>
                      {m.issues.map((i) => {
                        const cell = byKey.get(`${p}\u0000${i}`);
                        return cell ? (
                          <Cell key={i} history={cell.history} />
                        ) : (
                          <td key={i} class="cell none" />
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </Loading>
    </View>
  );
}
