// The Parley web interface: one page, hash-routed views, keyboard navigation.
import { render } from "preact";
import { useEffect } from "preact/hooks";
import { href, navigate, type Route, useRoute } from "./router.ts";
import "./style.css";
import { ClaimsView, ClaimView } from "./views/claims.tsx";
import { FiguresView } from "./views/figures.tsx";
import { GraphView } from "./views/graph.tsx";
import { OutletsView } from "./views/outlets.tsx";
import { OverviewView } from "./views/overview.tsx";
import { PositionsView } from "./views/positions.tsx";
import { ReaderView } from "./views/reader.tsx";
import { SearchView } from "./views/search.tsx";
import { SourcesView } from "./views/sources.tsx";
import { TimelineView } from "./views/timeline.tsx";

/** The views in the menu, with the key that opens each. */
const MENU: { view: string; label: string; key: string }[] = [
  { view: "overview", label: "Overview", key: "1" },
  { view: "timeline", label: "Timeline", key: "2" },
  { view: "positions", label: "Positions", key: "3" },
  { view: "sources", label: "Sources", key: "4" },
  { view: "claims", label: "Claims", key: "5" },
  { view: "outlets", label: "Outlets", key: "6" },
  { view: "figures", label: "Figures", key: "7" },
  { view: "graph", label: "Actor graph", key: "8" },
  { view: "search", label: "Search", key: "9" },
];

function Page({ route }: { route: Route }) {
  switch (route.view) {
    case "timeline":
      return <TimelineView route={route} />;
    case "positions":
      return <PositionsView route={route} />;
    case "sources":
      return <SourcesView route={route} />;
    case "claims":
      return <ClaimsView route={route} />;
    case "claim":
      return <ClaimView route={route} />;
    case "outlets":
      return <OutletsView route={route} />;
    case "figures":
      return <FiguresView route={route} />;
    case "graph":
      return <GraphView />;
    case "search":
      return <SearchView route={route} />;
    case "article":
      return <ReaderView route={route} />;
    default:
      return <OverviewView />;
  }
}

/** j / k move between the links of the view, Enter follows one, digits switch views, / searches. */
function useKeyboard(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest("input, select, textarea") || e.ctrlKey || e.metaKey || e.altKey) return;
      const menu = MENU.find((m) => m.key === e.key);
      if (menu) return navigate(href(menu.view));
      if (e.key === "/") {
        e.preventDefault();
        return navigate(href("search"));
      }
      if (e.key !== "j" && e.key !== "k") return;
      const links = [...document.querySelectorAll<HTMLElement>("main [data-nav]")];
      if (!links.length) return;
      const at = links.indexOf(document.activeElement as HTMLElement);
      const next = e.key === "j" ? Math.min(at + 1, links.length - 1) : Math.max(at - 1, 0);
      links[next].focus();
      links[next].scrollIntoView({ block: "nearest" });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

function App() {
  const route = useRoute();
  useKeyboard();
  const current = route.view === "claim" ? "claims" : route.view;
  return (
    <>
      <nav class="menu" aria-label="views">
        <a class="brand" href={href("overview")}>
          Parley
        </a>
        {MENU.map((m) => (
          <a
            key={m.view}
            href={href(m.view)}
            class={m.view === current ? "on" : ""}
            title={`key ${m.key}`}
            data-testid={`menu-${m.view}`}
          >
            {m.label}
          </a>
        ))}
        <span class="muted small keys">keys: 1–9 views · j/k move · n/p items in an article · / search</span>
      </nav>
      <main>
        <Page route={route} />
      </main>
    </>
  );
}

const root = document.getElementById("app");
if (root) render(<App />, root);
