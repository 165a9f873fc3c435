// The one index the API's "newest first" pages need beyond the store's own migrations: articles by
// (is_current, published, id, duplicate_of), so a page of rows is read in order and stops at its limit instead
// of sorting every row. Created idempotently when the server starts (the same SQL on both dialects).
// TODO(issue 4): fold into a store migration so every opener has it.
import { sql } from "kysely";
import type { Store } from "../store/open.ts";

export async function ensureApiIndexes(store: Store): Promise<void> {
  await sql`create index if not exists api_articles_newest on articles (is_current, published, id, duplicate_of)`.execute(
    store.db,
  );
}
