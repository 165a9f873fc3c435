// Hash routing: every view and its parameters live in the URL (#/view?a=1), so any view can be
// shared or bookmarked, and the browser's back button works.
import { useEffect, useState } from "preact/hooks";

export interface Route {
  view: string;
  /** Path segment after the view: #/article/12 → "12". */
  id: string | null;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path, search = ""] = hash.replace(/^#\/?/, "").split("?");
  const [view, id] = path.split("/");
  return {
    view: view || "overview",
    id: id ? decodeURIComponent(id) : null,
    params: new URLSearchParams(search),
  };
}

export function href(
  view: string,
  params: Record<string, string | number | null | undefined> = {},
  id?: string | number,
): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== "") search.set(k, String(v));
  const text = search.toString();
  return `#/${view}${id !== undefined ? `/${encodeURIComponent(String(id))}` : ""}${text ? `?${text}` : ""}`;
}

export function navigate(to: string): void {
  window.location.hash = to.replace(/^#/, "");
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(window.location.hash));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}
