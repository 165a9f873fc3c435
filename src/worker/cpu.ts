// CPU time of the calling thread, where the system tells it (Linux: /proc/thread-self), so a
// benchmark can split a process's CPU between the main thread, the analysis threads and the rest.
import { openSync, readSync } from "node:fs";

const TICK_MS = 10;

/**
 * A clock of the calling thread's CPU milliseconds (user + system, in 10 ms ticks: sums over many
 * intervals are what it is good for), or null where the system does not say.
 */
export function threadCpuClock(): (() => number) | null {
  let fd: number;
  try {
    // /proc/thread-self names the opening thread, so the descriptor stays this thread's.
    fd = openSync("/proc/thread-self/stat", "r");
  } catch {
    return null;
  }
  const buffer = Buffer.alloc(1024);
  return () => {
    const stat = buffer.toString("latin1", 0, readSync(fd, buffer, 0, buffer.length, 0));
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  };
}
