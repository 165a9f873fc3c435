// Benchmark of the whole per-article analysis: words per second on one core and peak memory.
//   npm run bench [-- --rounds N]   (the PolNeAR train+dev texts: one cold pass, then N timed rounds,
//   default 3, ≈ 3,700 articles in all). The cold pass is reported on its own: V8 compiles and
//   re-optimises the stages during the first ~1,000 articles of a run, ~30% slower than later.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeText } from "../src/pipeline.ts";
import { buildRecord } from "../src/record/build.ts";
import { nlp } from "../src/text/nlp.ts";

const shared = process.env.PARLEY_SHARED ?? join(import.meta.dirname, "../../shared");
const roundsArg = process.argv.indexOf("--rounds");
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3;

function corpus(): string[] {
  const texts: string[] = [];
  for (const split of ["train", "dev"]) {
    const dir = join(shared, "corpora/polnear/text", split);
    for (const f of readdirSync(dir).sort()) texts.push(readFileSync(join(dir, f), "utf8"));
  }
  return texts;
}

const texts = corpus();
const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
// The cold pass: the model loads and V8 compiles the stages.
const coldStart = performance.now();
for (const text of texts) JSON.stringify(buildRecord(analyzeText(text)));
const coldSeconds = (performance.now() - coldStart) / 1000;

let bytes = 0;
const mainStart = mainThreadCpuSeconds();
const cpuStart = process.cpuUsage();
const started = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const text of texts) {
    bytes += JSON.stringify(buildRecord(analyzeText(text))).length;
  }
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
const mainSeconds = mainThreadCpuSeconds() - mainStart;
// The kernel's high-water mark: sampling memoryUsage() per article costs ~3% of the run.
const peakRss = process.resourceUsage().maxRSS * 1024;
// CPU seconds of this process: on a busy machine, wall time also counts waiting for a core.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const articles = texts.length * rounds;
console.log(
  `analyze: cold pass (JIT warming up) ${texts.length} articles, ${Math.round(words / coldSeconds).toLocaleString("en-US")} words/s`,
);
console.log(`analyze: then ${articles} articles, ${words * rounds} words in ${seconds.toFixed(2)} s`);
console.log(
  `analyze: ${Math.round((words * rounds) / seconds).toLocaleString("en-US")} words/s, ${(articles / seconds).toFixed(1)} articles/s (one core)`,
);
console.log(
  `analyze: ${Math.round((words * rounds) / cpuSeconds).toLocaleString("en-US")} words per CPU second (${cpuSeconds.toFixed(2)} s CPU)`,
);
if (mainSeconds > 0) {
  console.log(
    `analyze: ${Math.round((words * rounds) / mainSeconds).toLocaleString("en-US")} words per CPU second of the analysing thread (${mainSeconds.toFixed(2)} s; GC helper threads excluded)`,
  );
}
// wink-nlp alone (tokens, sentences, POS) on the same texts: the fixed part of the cost, which
// moves with the machine's speed as much as ours does.
const winkStart = performance.now();
for (let r = 0; r < rounds; r++) for (const text of texts) nlp().readDoc(text);
const winkSeconds = (performance.now() - winkStart) / 1000;
console.log(
  `analyze: wink-nlp alone ${Math.round((words * rounds) / winkSeconds).toLocaleString("en-US")} words/s (${((100 * winkSeconds) / seconds).toFixed(0)}% of the analysis time)`,
);
console.log(
  `analyze: peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB, records ${(bytes / 1024 / 1024).toFixed(1)} MB`,
);

/** CPU time of the main thread alone, from /proc (Linux): unlike wall time it does not count the
 * time a virtual machine's core is taken away (steal), and unlike process.cpuUsage() it leaves
 * out V8's GC helper threads. 0 where /proc is missing. */
function mainThreadCpuSeconds(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return 0;
  }
}
