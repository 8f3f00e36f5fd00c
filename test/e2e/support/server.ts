import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const START_TIMEOUT_MS = 30_000;

export interface RunningServer {
  /** `http://127.0.0.1:<port>`, with no trailing slash. */
  baseUrl: string;
  stop(): Promise<void>;
}

/** A port nobody is using right now: the OS picks one for a throwaway listener. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const address = probe.address();
  probe.close();
  await once(probe, "close");
  if (address === null || typeof address === "string") throw new Error("no TCP port was given");
  return address.port;
}

/**
 * Starts the built app the way a person would (`node bin/reconnect.js start`), on its own port
 * with an empty data folder, and waits until it says it is healthy. `env` adds settings a journey
 * is about, such as PUBLIC_URL.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), "reconnect-e2e-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["bin/reconnect.js", "start"], {
    cwd: ROOT,
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), DATA_DIR: dataDir, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });

  const stop = async () => {
    await stopProcess(child);
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(child, baseUrl, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

async function waitUntilReady(child: ChildProcess, baseUrl: string, output: () => string) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  const explain = (why: string) =>
    new Error(
      `${why}\nDid you run \`npm run build\` first? The server said:\n${output() || "(nothing)"}`,
    );
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw explain(`The server stopped before it was ready (exit ${child.exitCode}).`);
    }
    if (output().includes(baseUrl) && (await healthy(baseUrl))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw explain(`The server did not become healthy at ${baseUrl} within ${START_TIMEOUT_MS} ms.`);
}

async function healthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/healthz`);
    if (response.status !== 200) return false;
    const body: unknown = await response.json();
    return typeof body === "object" && body !== null && Reflect.get(body, "status") === "ok";
  } catch {
    return false;
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Makes the owner account straight through the API, for journeys that start after setup. */
export async function createOwner(
  baseUrl: string,
  credentials: { username: string; password: string },
): Promise<void> {
  const response = await fetch(`${baseUrl}/api/setup`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(credentials),
  });
  if (response.status !== 201) {
    throw new Error(`Setup answered ${response.status}: ${await response.text()}`);
  }
}
