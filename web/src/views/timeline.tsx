// Swimlanes by party or outlet: d3 scales place the events, d3-axis draws the time axis; the marks
// themselves are links rendered by Preact, so each opens its evidence.
import { axisBottom } from "d3-axis";
import { scaleBand, scaleTime } from "d3-scale";
import { select } from "d3-selection";
import { useEffect, useRef } from "preact/hooks";
import { type EventRow, query, useApi } from "../api.ts";
import { Empty, evidenceHref, FilterBar, filtersOf, Loading, View } from "../components.tsx";
import { href, type Route } from "../router.ts";

interface Timeline {
  lane: "party" | "outlet";
  lanes: { name: string; events: EventRow[] }[];
}

const WIDTH = 1100;
const LANE = 34;
const LEFT = 170;
const UNDATED = 70;
const MARK_GAP = 13;

function dayOf(e: EventRow): Date | null {
  const day = e.date?.slice(0, 10);
  const date = day ? new Date(`${day}T00:00:00Z`) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** Marks of one lane never cover each other: a mark whose place is taken moves right. */
function dodge(taken: Set<number>, x: number): number {
  let slot = Math.round(x / MARK_GAP);
  while (taken.has(slot)) slot++;
  taken.add(slot);
  return slot * MARK_GAP;
}

function Lanes({ data }: { data: Timeline }) {
  const axis = useRef<SVGGElement>(null);
  const dates = data.lanes.flatMap((l) => l.events.map(dayOf)).filter((d): d is Date => d !== null);
  const first = dates.length ? new Date(Math.min(...dates.map(Number))) : new Date();
  const last = dates.length
    ? new Date(Math.max(...dates.map(Number)) + 86_400_000)
    : new Date(Date.now() + 86_400_000);
  const x = scaleTime()
    .domain([first, last])
    .range([LEFT, WIDTH - UNDATED - 10]);
  const y = scaleBand<string>()
    .domain(data.lanes.map((l) => l.name))
    .range([0, data.lanes.length * LANE]);
  const height = data.lanes.length * LANE + 30;
  useEffect(() => {
    if (axis.current) select(axis.current).call(axisBottom(x).ticks(8));
  });
  return (
    <svg class="timeline" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label="timeline">
      {data.lanes.map((lane, i) => {
        const taken = new Set<number>();
        return (
          <g key={lane.name} transform={`translate(0, ${y(lane.name) ?? 0})`}>
            <rect x={0} y={0} width={WIDTH} height={LANE} class={i % 2 ? "lane odd" : "lane"} />
            <text x={8} y={LANE / 2 + 4} class="lane-name">
              {lane.name.length > 24 ? `${lane.name.slice(0, 23)}…` : lane.name}
            </text>
            {lane.events.map((e, j) => {
              const day = dayOf(e);
              const cx = dodge(taken, day ? x(day) : WIDTH - UNDATED + (j % 6) * 10);
              return (
                <a
                  key={`${e.evidence.article}:${e.evidence.item}`}
                  href={evidenceHref(e.evidence)}
                  data-testid="timeline-event"
                  data-nav
                >
                  <title>{`${e.type} (${e.status ?? ""}) ${e.date?.slice(0, 10) ?? "undated"}: ${e.evidence.text.slice(0, 140)}`}</title>
                  <circle cx={cx} cy={LANE / 2} r={6} class={`mark ev-${e.type}`} />
                </a>
              );
            })}
          </g>
        );
      })}
      <text x={WIDTH - UNDATED} y={height - 4} class="muted small">
        undated
      </text>
      <g ref={axis} transform={`translate(0, ${data.lanes.length * LANE})`} />
    </svg>
  );
}

export function TimelineView({ route }: { route: Route }) {
  const lane = route.params.get("lane") === "outlet" ? "outlet" : "party";
  const filters = filtersOf(route.params);
  const state = useApi<Timeline>(`/api/timeline${query({ lane, ...filters })}`);
  const tools = (
    <>
      <nav class="tools">
        <a href={href("timeline", { ...filters, lane: "party" })} class={lane === "party" ? "on" : ""}>
          by party
        </a>
        <a href={href("timeline", { ...filters, lane: "outlet" })} class={lane === "outlet" ? "on" : ""}>
          by outlet
        </a>
      </nav>
      <FilterBar view="timeline" params={route.params} />
    </>
  );
  return (
    <View title="Timeline" tools={tools}>
      <Loading state={state}>
        {(data) => (data.lanes.length ? <Lanes data={data} /> : <Empty what="events" />)}
      </Loading>
    </View>
  );
}
