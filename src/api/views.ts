// The corpus view (entity linking, claim clusters, ledger, figure conflicts) as the API reads it: built
// and queried on a thread of its own when the store is an SQLite file, since building it takes
// seconds on a large store and the list endpoints must not wait behind it. A PostgreSQL store, whose
// connection string the app is not given, builds it on the server's thread.
import { dirname } from "node:path";
import { Worker } from "node:worker_threads";
import { buildView, type CorpusView } from "../corpus/view.ts";
import type { Store } from "../store/open.ts";
import { VIEW_QUERIES, type ViewContext, type ViewQueries } from "./corpus.ts";

export type ViewQuery = keyof ViewQueries;
export type ViewArgs<K extends ViewQuery> = Parameters<ViewQueries[K]>[1];
export type ViewAnswer<K extends ViewQuery> = Awaited<ReturnType<ViewQueries[K]>>;

export interface CorpusViews {
  /** Answers `query` on the view of the store as it is at `generation`. */
  ask<K extends ViewQuery>(generation: number, query: K, args: ViewArgs<K>): Promise<ViewAnswer<K>>;
  close(): Promise<void>;
}

export function corpusViews(store: Store): CorpusViews {
  if (store.dialect === "sqlite" && store.file) return new ThreadViews(dirname(store.file));
  const host = new ViewHost(store);
  return { ask: (generation, query, args) => host.ask(generation, query, args), close: async () => {} };
}

/** Holds the view of one store generation, and the answers memoised on it. */
export class ViewHost {
  private current: {
    generation: number;
    view: Promise<CorpusView>;
    memo: Map<string, Promise<unknown>>;
  } | null = null;

  constructor(private readonly store: Store) {}

  async ask<K extends ViewQuery>(generation: number, query: K, args: ViewArgs<K>): Promise<ViewAnswer<K>> {
    if (this.current?.generation !== generation) {
      const view = buildView(this.store);
      this.current = { generation, view, memo: new Map() };
      view.catch(() => {
        if (this.current?.view === view) this.current = null;
      });
    }
    const { view, memo } = this.current;
    const context: ViewContext = {
      store: this.store,
      view: await view,
      memo: <T>(key: string, compute: () => Promise<T>) => {
        if (!memo.has(key)) memo.set(key, compute());
        return memo.get(key) as Promise<T>;
      },
    };
    const answer = VIEW_QUERIES[query] as (c: ViewContext, a: ViewArgs<K>) => Promise<ViewAnswer<K>>;
    return answer(context, args);
  }
}

export interface ViewRequest {
  id: number;
  generation: number;
  query: ViewQuery;
  args: unknown;
}

export type ViewResponse =
  | { id: number; ok: true; answer: unknown }
  | { id: number; ok: false; error: string };

/** The view on a worker thread (view-thread.ts) that opens the same store folder itself. */
class ThreadViews implements CorpusViews {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, { resolve(a: unknown): void; reject(e: Error): void }>();
  private nextId = 0;

  constructor(private readonly dir: string) {}

  ask<K extends ViewQuery>(generation: number, query: K, args: ViewArgs<K>): Promise<ViewAnswer<K>> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    // The thread keeps the process alive only while an answer is awaited.
    if (!this.pending.size) worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (a: unknown) => void, reject });
      worker.postMessage({ id, generation, query, args } satisfies ViewRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(new URL("./view-thread-entry.mjs", import.meta.url), {
      workerData: { dir: this.dir },
    });
    worker.on("message", (response: ViewResponse) => {
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (!this.pending.size) worker.unref();
      if (response.ok) waiting?.resolve(response.answer);
      else waiting?.reject(new Error(response.error));
    });
    const fail = (error: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
      if (this.worker === worker) this.worker = null;
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`the corpus view thread stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
