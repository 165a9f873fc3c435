// Fixture articles of our own with hand-made analysis records, written through the store's own
// writer: the API and the interface are tested on known items, whatever the pipeline extracts.
// One article is hostile: markup, event handlers and javascript: links in its text, title, outlet
// and URL, with highlighted items over them.
import { digestRecord } from "../../src/corpus/digest.ts";
import { bandKeys, encodeSignature, minhash } from "../../src/corpus/minhash.ts";
import type { SourceItem } from "../../src/ingest/item.ts";
import type { AnalysisRecord } from "../../src/record/build.ts";
import { RECORD_VERSION } from "../../src/record/build.ts";
import { writeArticles } from "../../src/store/articles.ts";
import type { Store } from "../../src/store/open.ts";
import { contentHash } from "../../src/worker/analyze.ts";

export interface FixtureArticle {
  title: string;
  outlet: string;
  published: string;
  url: string;
  text: string;
  build(find: Finder): Partial<AnalysisRecord>;
}

type Finder = (needle: string, nth?: number) => { start: number; end: number; text: string };

function finder(text: string): Finder {
  return (needle, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`fixture text has no ${JSON.stringify(needle)} (#${nth})`);
    }
    return { start: at, end: at + needle.length, text: needle };
  };
}

const author = { kind: "author" as const, attribution: null, entity: null, text: null };

function entity(
  id: string,
  name: string,
  type: string,
  subtype: string | null,
  find: Finder,
  forms: string[],
  titles: string[] = [],
) {
  return {
    id,
    name,
    type,
    aliases: [],
    titles,
    affiliation: null,
    subtype,
    rules: ["fixture"],
    mentions: forms.map((f) => ({ ...findForm(find, f), kind: "name", rule: "fixture" })),
  };
}

function findForm(find: Finder, form: string) {
  const [needle, nth] = form.split("#");
  return find(needle, nth ? Number(nth) : 0);
}

function event(
  type: string,
  status: string,
  actors: string[],
  find: Finder,
  trigger: string,
  sentence: string,
  date: string | null,
) {
  return {
    id: `ev-${type}`,
    type,
    status,
    actors,
    actorsText: actors,
    recipients: [],
    recipientsText: [],
    place: null,
    placeText: null,
    date: date
      ? { ...find(sentence), resolved: date, certainty: "exact", lean: null, rule: "fixture" }
      : null,
    evidence: find(sentence),
    trigger: { ...find(trigger), rule: "fixture" },
    attribution: null,
    source: author,
    plover: { event: "CONSULT", mode: null },
    cameo: "046",
    mentions: [],
    rules: ["fixture"],
  };
}

function claim(
  id: string,
  find: Finder,
  source: { text: string; entity: string | null; anonymous: boolean; affiliation?: string },
  cue: string,
  content: string,
  via: string[] = [],
) {
  return {
    id,
    source: {
      ...find(source.text),
      entity: source.entity,
      kind: source.anonymous ? "unnamed" : "named",
      anonymous: source.anonymous,
      descriptor: source.anonymous ? "official" : null,
      affiliation: source.affiliation ?? null,
      resolvedFrom: null,
    },
    cue: { ...findForm(find, cue), rule: "fixture" },
    content: find(content),
    kind: "indirect",
    via: via.map((v) => ({ ...find(v), entity: null, rule: "fixture" })),
    nested: false,
    parent: null,
    rules: ["fixture"],
  };
}

function position(
  party: string,
  issue: string,
  stance: string,
  find: Finder,
  object: string,
  sentence: string,
) {
  return {
    id: `pos-${party}-${issue}`,
    party,
    partyText: party,
    issue,
    stance,
    object: find(object),
    evidence: find(sentence),
    conditions: [],
    source: author,
    attribution: null,
    rules: ["fixture"],
  };
}

function figure(
  value: number,
  counted: string,
  find: Finder,
  number: string,
  sentence: string,
  sourceText: string,
) {
  return {
    id: `fig-${value}`,
    value,
    number: find(number),
    qualifier: null,
    unit: "people",
    counted,
    evidence: find(sentence),
    attribution: null,
    source: { kind: "third_party" as const, attribution: null, entity: null, text: sourceText },
    asOf: null,
    rules: ["fixture"],
  };
}

const HARBOR_TEXT = [
  "Envoys report progress in harbor talks",
  "Negotiators from Northland and the Coastal Front met in Valeria on Sunday to discuss a phased truce.",
  "“We are ready to accept a phased truce,” said Mara Quint, the Northland envoy.",
  "A senior Coastal Front official said the group rejects any deal without a full withdrawal.",
  "The Valeria foreign ministry said 42 detainees would be freed in the first phase.",
].join("\n\n");

const RIDGE_TEXT = [
  "Truce plan meets resistance",
  "Northland and the Coastal Front held another round of talks in Valeria on Monday, mediators said.",
  "A senior Coastal Front official said the group rejects any deal without a full withdrawal, the Harbor Times reported.",
  "Mara Quint, the Northland envoy, told Ridge Radio that Northland insists on a monitoring mission.",
  "Aid groups said 40 detainees would be freed in the first phase.",
].join("\n\n");

export const HOSTILE_TEXT = [
  "<script>window.__pwned = 1</script> Hostile markup test",
  'Officials from Northland met mediators in Valeria, a statement said. <img src=x onerror="window.__pwned = 1"> It added nothing.',
  'Mara Quint said the offer stands. <a href="javascript:window.__pwned = 1">click here</a> for more.',
  '<b onmouseover="window.__pwned = 1">Hover</b> said nothing at all.',
].join("\n\n");

export const FIXTURES: FixtureArticle[] = [
  {
    title: "Envoys report progress in harbor talks",
    outlet: "Harbor Times",
    published: "2025-03-02",
    url: "https://example.org/harbor/1",
    text: HARBOR_TEXT,
    build: (find) => ({
      entities: [
        entity("e1", "Northland", "place", "country", find, ["Northland", "Northland#1"]),
        entity("e2", "Coastal Front", "organization", "armed_group", find, [
          "Coastal Front",
          "Coastal Front#1",
        ]),
        entity("e3", "Mara Quint", "person", null, find, ["Mara Quint"], ["the Northland envoy"]),
        entity("e4", "Valeria", "place", "country", find, ["Valeria", "Valeria#1"]),
      ] as never,
      attributions: [
        claim(
          "a1",
          find,
          { text: "Mara Quint", entity: "e3", anonymous: false },
          "said",
          "We are ready to accept a phased truce",
        ),
        claim(
          "a2",
          find,
          { text: "A senior Coastal Front official", entity: null, anonymous: true, affiliation: "e2" },
          "said#1",
          "the group rejects any deal without a full withdrawal",
        ),
      ] as never,
      events: [
        event(
          "talks",
          "occurred",
          ["e1", "e2"],
          find,
          "met",
          "Negotiators from Northland and the Coastal Front met in Valeria on Sunday to discuss a phased truce.",
          "2025-03-02",
        ),
        event("mediation", "occurred", ["e4"], find, "discuss", "to discuss a phased truce", "2025-03-02"),
      ] as never,
      positions: [
        position(
          "e1",
          "ceasefire",
          "accept",
          find,
          "a phased truce",
          "“We are ready to accept a phased truce,” said Mara Quint, the Northland envoy.",
        ),
        position(
          "e2",
          "withdrawal",
          "demand",
          find,
          "a full withdrawal",
          "A senior Coastal Front official said the group rejects any deal without a full withdrawal.",
        ),
      ] as never,
      figures: [
        figure(
          42,
          "released",
          find,
          "42",
          "The Valeria foreign ministry said 42 detainees would be freed in the first phase.",
          "The Valeria foreign ministry",
        ),
      ] as never,
      framing: {
        labels: [{ ...find("Coastal Front", 1), actor: "e2", rule: "fixture" }],
        scareQuotes: [],
        attributions: 2,
        unnamedSources: 1,
        unnamedShare: 0.5,
        voices: { Northland: 1, "Coastal Front": 1 },
        evaluative: [],
      } as never,
    }),
  },
  {
    title: "Truce plan meets resistance",
    outlet: "Ridge Daily",
    published: "2025-03-03",
    url: "https://example.org/ridge/1",
    text: RIDGE_TEXT,
    build: (find) => ({
      entities: [
        entity("e1", "Northland", "place", "country", find, ["Northland", "Northland#1", "Northland#2"]),
        entity("e2", "Coastal Front", "organization", "armed_group", find, [
          "Coastal Front",
          "Coastal Front#1",
        ]),
        entity("e3", "Mara Quint", "person", null, find, ["Mara Quint"], ["the Northland envoy"]),
      ] as never,
      attributions: [
        claim(
          "a1",
          find,
          { text: "A senior Coastal Front official", entity: null, anonymous: true, affiliation: "e2" },
          "said#1",
          "the group rejects any deal without a full withdrawal",
          ["the Harbor Times reported"],
        ),
        claim(
          "a2",
          find,
          { text: "Mara Quint", entity: "e3", anonymous: false },
          "told",
          "Northland insists on a monitoring mission",
          ["Ridge Radio"],
        ),
      ] as never,
      events: [
        event(
          "talks",
          "occurred",
          ["e1", "e2"],
          find,
          "held",
          "Northland and the Coastal Front held another round of talks in Valeria on Monday, mediators said.",
          "2025-03-03",
        ),
      ] as never,
      positions: [
        position(
          "e1",
          "ceasefire",
          "reject",
          find,
          "a monitoring mission",
          "Mara Quint, the Northland envoy, told Ridge Radio that Northland insists on a monitoring mission.",
        ),
        position(
          "e1",
          "monitoring",
          "insist",
          find,
          "a monitoring mission",
          "Northland insists on a monitoring mission",
        ),
      ] as never,
      figures: [
        figure(
          40,
          "released",
          find,
          "40",
          "Aid groups said 40 detainees would be freed in the first phase.",
          "Aid groups",
        ),
      ] as never,
      framing: {
        labels: [],
        scareQuotes: [],
        attributions: 2,
        unnamedSources: 1,
        unnamedShare: 0.5,
        voices: { Northland: 1, "Coastal Front": 1 },
        evaluative: [],
      } as never,
    }),
  },
  {
    title: "<script>window.__pwned = 1</script> Hostile markup test",
    outlet: '<img src=x onerror="window.__pwned = 1">',
    published: "2025-03-04",
    url: "javascript:window.__pwned = 1",
    text: HOSTILE_TEXT,
    build: (find) => ({
      entities: [
        entity("e1", '<b onmouseover="window.__pwned = 1">Hover</b>', "person", null, find, [
          '<b onmouseover="window.__pwned = 1">Hover</b>',
        ]),
        entity("e2", "Northland", "place", "country", find, ["Northland"]),
      ] as never,
      attributions: [
        claim(
          "a1",
          find,
          { text: "Mara Quint", entity: null, anonymous: false },
          "said#1",
          'the offer stands. <a href="javascript:window.__pwned = 1">click here</a>',
        ),
      ] as never,
      events: [
        event(
          "mediation",
          "occurred",
          ["e2", "e1"],
          find,
          "met",
          'Officials from Northland met mediators in Valeria, a statement said. <img src=x onerror="window.__pwned = 1">',
          "2025-03-04",
        ),
      ] as never,
      positions: [
        position(
          "e2",
          "general",
          "offer",
          find,
          "the offer",
          'Mara Quint said the offer stands. <a href="javascript:window.__pwned = 1">click here</a> for more.',
        ),
      ] as never,
      figures: [],
      framing: null,
    }),
  },
];

/** The fixture's analysis record, as the pipeline would have written it. */
export function fixtureRecord(article: FixtureArticle): AnalysisRecord {
  const built = article.build(finder(article.text));
  return {
    format: "parley.analysis",
    version: RECORD_VERSION,
    file: null,
    document: {
      title: article.title,
      titleSpan: null,
      byline: null,
      dateline: null,
      length: article.text.length,
      paragraphs: 0,
      sentences: 0,
      tokens: 0,
    },
    boilerplate: [],
    entities: [],
    attributions: [],
    meta: {
      published: article.published,
      outlet: article.outlet,
      url: article.url,
      author: null,
      origin: {},
    },
    dates: [],
    events: [],
    hypotheticalEvents: [],
    positions: [],
    figures: [],
    framing: null,
    ...built,
  } as unknown as AnalysisRecord;
}

export async function writeFixtures(
  store: Store,
  articles: FixtureArticle[] = FIXTURES,
  tag = "",
): Promise<void> {
  await writeArticles(
    store,
    articles.map((article, i) => {
      const text = tag ? `${article.text}\n\n${tag}` : article.text;
      const record = fixtureRecord(article);
      const signature = minhash(text);
      const item: SourceItem = {
        text,
        title: article.title,
        url: tag ? `${article.url}#${tag}` : article.url,
        outlet: article.outlet,
        published: article.published,
        file: `fixture-${i}${tag}.jsonl`,
        line: 1,
        format: "jsonl",
      };
      return {
        item,
        docKey: item.url ?? item.file,
        analyzed: {
          hash: contentHash(text),
          record: JSON.stringify(record),
          recordVersion: RECORD_VERSION,
          digest: digestRecord(record),
          title: article.title,
          published: article.published,
          outlet: article.outlet,
          wordCount: text.split(/\s+/).length,
          minhash: encodeSignature(signature),
          bands: tag ? [] : bandKeys(signature),
        },
      };
    }),
  );
}
