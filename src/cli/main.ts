// The `parley` command.
import { Command } from "commander";
import type { AnalyzeOptions as AnalyzeCliOptions } from "./analyze.ts";
import { registerCorpusCommands } from "./ingest.ts";
import { registerServeCommand } from "./serve.ts";

const program = new Command();
program.name("parley").description("Sourced records of ceasefire and hostage negotiation coverage");

program
  .command("analyze")
  .description("analyse articles: one JSON record per article with --out, else a readable summary")
  .argument("<paths...>", "article files or folders")
  .option("-o, --out <dir>", "folder for the analysis records (NAME.json per article)")
  .option("--no-progress", "no progress bar")
  .option(
    "-f, --format <format>",
    "summary (default without --out), json (default with --out) or plover (JSONL of events)",
  )
  .option("--published <date>", "publication date of the article(s), ISO (overrides NAME.meta.json)")
  .option("--outlet <name>", "outlet that published the article(s)")
  .option("--url <url>", "URL of the article")
  .option("--author <name>", "author of the article")
  .action(async (paths: string[], options: AnalyzeCliOptions) => {
    // Loaded on use: the analysis models take a second or two that other commands need not pay.
    const { runAnalyze } = await import("./analyze.ts");
    process.exitCode = runAnalyze(paths, options);
  });

registerCorpusCommands(program);
registerServeCommand(program);

await program.parseAsync(process.argv);
