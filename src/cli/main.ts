// The `parley` command.
import { Command } from "commander";
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
  .action(async (paths: string[], options: { out?: string; progress: boolean }) => {
    // Loaded on use: the analysis models take a second or two that other commands need not pay.
    const { runAnalyze } = await import("./analyze.ts");
    process.exitCode = runAnalyze(paths, options);
  });

registerCorpusCommands(program);
registerServeCommand(program);

await program.parseAsync(process.argv);
