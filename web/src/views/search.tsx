import { type ArticleSummary, type EntitySummary, query, useApi } from "../api.ts";
import { Empty, EvidenceLink, Loading, View } from "../components.tsx";
import { href, navigate, type Route } from "../router.ts";

interface Results {
  articles: ArticleSummary[];
  entities: EntitySummary[];
}

export function SearchView({ route }: { route: Route }) {
  const q = route.params.get("q") ?? "";
  const state = useApi<Results>(q.trim() ? `/api/search${query({ q })}` : null);
  const submit = (e: Event) => {
    e.preventDefault();
    const value = new FormData(e.target as HTMLFormElement).get("q");
    navigate(href("search", { q: String(value ?? "") }));
  };
  return (
    <View title="Search">
      <form onSubmit={submit}>
        <input
          name="q"
          type="search"
          value={q}
          placeholder="words in the articles, or a name"
          aria-label="search"
        />
        <button type="submit">Search</button>
      </form>
      {q.trim() ? (
        <Loading state={state}>
          {(r) => (
            <div class="grid2">
              <div>
                <h2>Articles</h2>
                {r.articles.length ? (
                  <ul class="plain">
                    {r.articles.map((a) => (
                      <li key={a.id}>
                        <a data-nav href={href("article", {}, a.id)} data-testid="search-article">
                          {a.title ?? `Article ${a.id}`}
                        </a>
                        <div class="muted">{a.snippet}</div>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Empty what="matching articles" />
                )}
              </div>
              <div>
                <h2>Entities</h2>
                <ul class="plain">
                  {r.entities.map((e) => (
                    <li key={e.name + e.type}>
                      <EvidenceLink evidence={e.evidence}>{e.name}</EvidenceLink>{" "}
                      <span class="muted">
                        {e.type}, {e.articles} articles
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          )}
        </Loading>
      ) : null}
    </View>
  );
}
