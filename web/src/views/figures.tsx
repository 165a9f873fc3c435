import { type FigureRow, type Page, query, useApi } from "../api.ts";
import { Empty, EvidenceLink, FilterBar, filtersOf, Loading, Source, View } from "../components.tsx";
import type { Route } from "../router.ts";

interface FigureGroup {
  what: string;
  unit: string | null;
  conflicting: boolean;
  figures: FigureRow[];
}

export function FiguresView({ route }: { route: Route }) {
  const state = useApi<Page<FigureGroup>>(`/api/figure-groups${query(filtersOf(route.params))}`);
  return (
    <View title="Figures that disagree" tools={<FilterBar view="figures" params={route.params} />}>
      <Loading state={state}>
        {(page) =>
          page.items.length ? (
            page.items.map((g) => (
              <div class="card" key={`${g.what}:${g.unit}`}>
                <h2>
                  {g.what} {g.unit ? <span class="muted">({g.unit})</span> : null}{" "}
                  {g.conflicting ? <span class="tag changed">numbers disagree</span> : null}
                </h2>
                <div class="figures">
                  {g.figures.map((f) => (
                    <div class="figure" key={`${f.evidence.article}:${f.evidence.item}`}>
                      <div class="value">
                        {f.qualifier ? `${f.qualifier} ` : ""}
                        {f.value.toLocaleString("en")}
                      </div>
                      <div class="muted">{f.source ?? "no source"}</div>
                      <EvidenceLink evidence={f.evidence}>{f.evidence.text.slice(0, 160)}</EvidenceLink>
                      <Source evidence={f.evidence} />
                    </div>
                  ))}
                </div>
              </div>
            ))
          ) : (
            <Empty what="figures" />
          )
        }
      </Loading>
    </View>
  );
}
