import { readFileSync } from "node:fs";

export interface Memory {
  /** Resident set size now, in MiB. */
  rssMiB: number;
  /** The most it has been resident at any moment (the high-water mark), in MiB. */
  peakMiB: number;
}

/** A process's memory as Linux counts it (`/proc/PID/status`): what it holds in RAM. */
export function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    if (!match?.[1]) throw new Error(`no ${field} for process ${pid}`);
    return Number(match[1]);
  };
  return { rssMiB: kib("VmRSS") / 1024, peakMiB: kib("VmHWM") / 1024 };
}
