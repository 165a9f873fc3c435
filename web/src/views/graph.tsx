// Actor graph with cytoscape (loaded on demand, so other views stay light). The canvas is for
// looking; the edge list beside it holds the links to each relation's evidence.
import { useEffect, useRef, useState } from "preact/hooks";
import { type Evidence, useApi } from "../api.ts";
import { Empty, EvidenceLink, Loading, View } from "../components.tsx";

interface Graph {
  nodes: { id: string; name: string; type: string; weight: number }[];
  edges: {
    source: string;
    target: string;
    relation: "talks" | "relays" | "accuses";
    weight: number;
    evidence: Evidence;
  }[];
}

const COLOURS = { talks: "#3b7dd8", relays: "#8a8a8a", accuses: "#d0453a" };

function Canvas({ graph, onSelect }: { graph: Graph; onSelect: (id: string | null) => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let destroyed = false;
    let instance: { destroy(): void } | null = null;
    import("cytoscape").then(({ default: cytoscape }) => {
      if (destroyed || !box.current) return;
      const cy = cytoscape({
        container: box.current,
        elements: [
          ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, weight: n.weight, kind: n.type } })),
          ...graph.edges.map((e, i) => ({
            data: { id: `e${i}`, source: e.source, target: e.target, relation: e.relation, weight: e.weight },
          })),
        ],
        style: [
          {
            selector: "node",
            style: {
              label: "data(label)",
              "font-size": 10,
              width: "mapData(weight, 1, 30, 12, 40)",
              height: "mapData(weight, 1, 30, 12, 40)",
              "background-color": "#6b8fb5",
            },
          },
          { selector: "node[kind = 'relay']", style: { "background-color": "#b0a06b", shape: "diamond" } },
          ...Object.entries(COLOURS).map(([relation, colour]) => ({
            selector: `edge[relation = '${relation}']`,
            style: {
              "line-color": colour,
              "target-arrow-color": colour,
              "target-arrow-shape": "triangle",
              "curve-style": "bezier",
              width: 1.5,
            },
          })),
        ],
        layout: { name: "cose", animate: false },
      });
      cy.on("tap", "node", (e) => onSelect(e.target.id()));
      cy.on("tap", (e) => e.target === cy && onSelect(null));
      instance = cy;
    });
    return () => {
      destroyed = true;
      instance?.destroy();
    };
  }, [graph]);
  return <div ref={box} class="graph-canvas" data-testid="graph-canvas" />;
}

export function GraphView() {
  const state = useApi<Graph>("/api/graph");
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <View title="Actor graph">
      <Loading state={state}>
        {(g) => {
          if (!g.nodes.length) return <Empty what="actors" />;
          const name = new Map(g.nodes.map((n) => [n.id, n.name]));
          const edges = g.edges.filter((e) => !selected || e.source === selected || e.target === selected);
          return (
            <div class="reader">
              <Canvas graph={g} onSelect={setSelected} />
              <aside class="panel">
                <p class="muted">
                  <span style={{ color: COLOURS.talks }}>talks</span> ·{" "}
                  <span style={{ color: COLOURS.relays }}>relays</span> ·{" "}
                  <span style={{ color: COLOURS.accuses }}>accuses</span>
                  {selected ? ` · showing ${name.get(selected)}` : ""}
                </p>
                <ul class="plain small">
                  {edges.slice(0, 200).map((e) => (
                    <li key={`${e.source}:${e.target}:${e.relation}`}>
                      {name.get(e.source)} <strong>{e.relation}</strong> {name.get(e.target)} ×{e.weight} ·{" "}
                      <EvidenceLink evidence={e.evidence}>evidence</EvidenceLink>
                    </li>
                  ))}
                </ul>
              </aside>
            </div>
          );
        }}
      </Loading>
    </View>
  );
}
