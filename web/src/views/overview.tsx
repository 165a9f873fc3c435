import { type EntitySummary, type EventRow, useApi } from "../api.ts";
import { Empty, EvidenceLink, Loading, Source, View } from "../components.tsx";

interface Overview {
  articles: number;
  outlets: number;
  firstPublished: string | null;
  lastPublished: string | null;
  parties: EntitySummary[];
  mediators: EntitySummary[];
  negotiators: EntitySummary[];
  latestEvents: EventRow[];
}

function People({ title, people }: { title: string; people: EntitySummary[] }) {
  return (
    <div class="card">
      <h2>{title}</h2>
      {people.length ? (
        <ul class="plain">
          {people.map((p) => (
            <li key={p.name}>
              <EvidenceLink evidence={p.evidence}>{p.name}</EvidenceLink> <span class="tag">{p.role}</span>{" "}
              <span class="muted">
                {p.articles} articles, {p.mentions} mentions
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Empty what={title.toLowerCase()} />
      )}
    </div>
  );
}

export function EventList({ events }: { events: EventRow[] }) {
  if (!events.length) return <Empty what="events" />;
  return (
    <ul class="plain events">
      {events.map((e) => (
        <li key={`${e.evidence.article}:${e.evidence.item}`}>
          <span class={`tag ev-${e.type}`}>{e.type}</span> <span class="tag">{e.status}</span>{" "}
          <strong>{e.actors.join(", ")}</strong>{" "}
          {e.date ? <span class="muted">{e.date.slice(0, 10)}</span> : null}
          <div>
            <EvidenceLink evidence={e.evidence} />
          </div>
          <Source evidence={e.evidence} />
        </li>
      ))}
    </ul>
  );
}

export function OverviewView() {
  const state = useApi<Overview>("/api/overview");
  return (
    <View title="Overview">
      <Loading state={state}>
        {(o) => (
          <>
            <p class="stats">
              {o.articles} articles from {o.outlets} outlets
              {o.firstPublished
                ? `, ${o.firstPublished.slice(0, 10)} to ${o.lastPublished?.slice(0, 10)}`
                : ""}
            </p>
            <div class="grid3">
              <People title="Parties" people={o.parties} />
              <People title="Mediators" people={o.mediators} />
              <People title="Negotiators" people={o.negotiators} />
            </div>
            <h2>Latest events</h2>
            <EventList events={o.latestEvents} />
          </>
        )}
      </Loading>
    </View>
  );
}
