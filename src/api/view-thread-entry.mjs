// Worker threads do not inherit the parent's TypeScript loader, so the view thread registers tsx itself.
import { register } from "tsx/esm/api";

register();
await import("./view-thread.ts");
