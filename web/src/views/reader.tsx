// The article reader: the stored text as text nodes, every extracted item highlighted from its
// offsets; the item named in the URL (?item=event:3) is focused and scrolled into view.
import { useEffect, useMemo } from "preact/hooks";
import { type ArticleDetail, type ReaderItem, useApi } from "../api.ts";
import { Loading, View } from "../components.tsx";
import { safeHref, segmentText } from "../highlight.ts";
import { href, navigate, type Route } from "../router.ts";

const LAYERS = ["claim", "event", "position", "figure", "entity", "label", "date"];

function ordered(items: ReaderItem[]): ReaderItem[] {
  return [...items].sort((a, b) => a.focus.start - b.focus.start || a.ref.localeCompare(b.ref));
}

/** Clicking a piece opens its innermost item; clicking again cycles through the items overlapping it. */
function nextRef(refs: string[], current: string | null): string {
  const at = current === null ? -1 : refs.indexOf(current);
  return refs[(at + 1) % refs.length];
}

function Text({ article, focused }: { article: ArticleDetail; focused: ReaderItem | null }) {
  const segments = useMemo(() => segmentText(article.text, article.items), [article]);
  const open = (ref: string) => navigate(href("article", { item: ref }, article.id));
  return (
    <div class="article-text" data-testid="article-text">
      {segments.map((s) => {
        if (!s.layer) return s.text;
        const isFocused = focused !== null && s.refs.includes(focused.ref);
        const isAnchor = isFocused && focused !== null && s.start === focused.focus.start;
        return (
          <mark
            key={s.start}
            id={isAnchor ? "evidence-focus" : undefined}
            class={`hl l-${s.layer}${isFocused ? " focused" : ""}`}
            data-refs={s.refs.join(" ")}
            data-testid={isFocused ? "focused-evidence" : undefined}
            onClick={() => open(nextRef(s.refs, focused?.ref ?? null))}
            onKeyDown={(e) => e.key === "Enter" && open(nextRef(s.refs, focused?.ref ?? null))}
          >
            {s.text}
          </mark>
        );
      })}
    </div>
  );
}

function Meta({ article }: { article: ArticleDetail }) {
  const link = safeHref(article.url);
  return (
    <p class="muted">
      {[
        article.outlet,
        article.published?.slice(0, 10),
        `${article.wordCount} words`,
        `version ${article.version}`,
      ]
        .filter(Boolean)
        .join(" · ")}
      {article.url ? " · " : ""}
      {link ? (
        <a href={link} rel="noopener noreferrer nofollow" target="_blank">
          {article.url}
        </a>
      ) : (
        article.url
      )}
      {article.duplicateOf ? (
        <>
          {" · near-duplicate of "}
          <a href={href("article", {}, article.duplicateOf)}>article {article.duplicateOf}</a>
        </>
      ) : null}
    </p>
  );
}

function Panel({ article, focused }: { article: ArticleDetail; focused: ReaderItem | null }) {
  const items = ordered(article.items);
  return (
    <aside class="panel">
      {focused ? (
        <div class="card focus-card" data-testid="focused-item">
          <span class={`tag l-${focused.layer}`}>{focused.layer}</span> <strong>{focused.label}</strong>
          <p>{focused.detail}</p>
          <p class="muted">“{article.text.slice(focused.focus.start, focused.focus.end).slice(0, 300)}”</p>
        </div>
      ) : (
        <p class="muted">Click a highlight, or press n / p to step through the items.</p>
      )}
      {LAYERS.map((layer) => {
        const ofLayer = items.filter((i) => i.layer === layer);
        if (!ofLayer.length) return null;
        return (
          <details key={layer} open={layer !== "entity" && layer !== "date"}>
            <summary>
              <span class={`tag l-${layer}`}>{layer}</span> {ofLayer.length}
            </summary>
            <ul class="plain small">
              {ofLayer.map((i) => (
                <li key={i.ref}>
                  <a
                    href={href("article", { item: i.ref }, article.id)}
                    class={i.ref === focused?.ref ? "on" : ""}
                  >
                    {i.label}
                  </a>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </aside>
  );
}

export function ReaderView({ route }: { route: Route }) {
  const state = useApi<ArticleDetail>(route.id ? `/api/articles/${encodeURIComponent(route.id)}` : null);
  const itemRef = route.params.get("item");
  const article = state.data;
  const focused = article?.items.find((i) => i.ref === itemRef) ?? null;
  useEffect(() => {
    document.getElementById("evidence-focus")?.scrollIntoView({ block: "center" });
  }, [article, itemRef]);
  useEffect(() => {
    if (!article) return;
    const items = ordered(article.items);
    const step = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key !== "n" && e.key !== "p") return;
      const at = items.findIndex((i) => i.ref === itemRef);
      const next = e.key === "n" ? at + 1 : at <= 0 ? items.length - 1 : at - 1;
      const item = items[next % items.length];
      if (item) navigate(href("article", { item: item.ref }, article.id));
    };
    window.addEventListener("keydown", step);
    return () => window.removeEventListener("keydown", step);
  }, [article, itemRef]);
  return (
    <View title={article?.title ?? (route.id ? `Article ${route.id}` : "Article")}>
      <Loading state={state}>
        {(a) => (
          <>
            <Meta article={a} />
            <div class="reader">
              <Text article={a} focused={focused} />
              <Panel article={a} focused={focused} />
            </div>
          </>
        )}
      </Loading>
    </View>
  );
}
