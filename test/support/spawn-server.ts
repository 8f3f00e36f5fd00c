import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** A server that did not say it was running in time; its process is gone by the time this is thrown. */
export class ServerDidNotStart extends Error {
  constructor(
    readonly pid: number | undefined,
    output: string,
  ) {
    super(`server did not start:\n${output}`);
  }
}

/**
 * Starts `reconnect start` in its own process, the way an operator would, on a free port: from
 * source by default, or the built program in dist/ (what `npm start` runs) with `built`. `root`
 * starts another checkout's (a benchmark comparing two builds), this one's by default.
 */
export async function spawnServer(
  env: Record<string, string>,
  options: { built?: boolean; root?: string; startWithinMs?: number } = {},
): Promise<SpawnedServer> {
  const args = options.built
    ? ["bin/reconnect.js", "start"]
    : ["--import", "tsx", "src/cli/main.ts", "start"];
  const child = spawn(process.execPath, args, {
    cwd: options.root ?? ROOT,
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    // Stopped before the caller hears of it: a server that came up late went on writing into a
    // data folder its caller had already removed, beside the next run's (seen under load).
    const timer = setTimeout(() => {
      // A "running at" said between the kill and the exit is not a start.
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.removeAllListeners("exit");
      child.once("exit", () => reject(new ServerDidNotStart(child.pid, output)));
      child.kill("SIGKILL");
    }, options.startWithinMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    child,
    async stop(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.kill(signal);
      await exited;
    },
  };
}
