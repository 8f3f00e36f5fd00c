import http from "node:http";

/**
 * One Reconnect process as the load test reaches it: over loopback, with keep-alive connections
 * of its own, as a browser (or a proxy in front of the processes) keeps them.
 */
export interface Target {
  readonly port: number;
  readonly agent: http.Agent;
}

export interface Answer {
  status: number;
  body: string;
  /** The session cookie set by this answer (`name=value`), if any. */
  session: string | undefined;
}

/** Past this, a request counts as failed: a person would have given up long before. */
const REQUEST_TIMEOUT_MS = 30_000;

export function targetAt(url: string, sockets: number): Target {
  const { hostname, port } = new URL(url);
  if (hostname !== "127.0.0.1") throw new Error(`the load test stays on loopback, not ${hostname}`);
  return { port: Number(port), agent: new http.Agent({ keepAlive: true, maxSockets: sockets }) };
}

/** Sends one request the way the app's API client does, and reads the whole answer. */
export function send(
  target: Target,
  method: string,
  path: string,
  options: { cookie?: string | undefined; localDate?: string; body?: unknown } = {},
): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = {};
  if (method !== "GET") headers["content-type"] = "application/json";
  if (payload !== undefined) headers["content-length"] = String(Buffer.byteLength(payload));
  if (options.cookie) headers.cookie = options.cookie;
  if (options.localDate) headers["x-local-date"] = options.localDate;
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port: target.port, agent: target.agent, method, path, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const setCookie = response.headers["set-cookie"] ?? [];
          const session = setCookie
            .map((line) => line.split(";")[0] ?? "")
            .find((pair) => pair.startsWith("reconnect_session=") && pair.length > 18);
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            session,
          });
        });
      },
    );
    request.setTimeout(REQUEST_TIMEOUT_MS, () =>
      request.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`)),
    );
    request.on("error", reject);
    request.end(payload);
  });
}

/** Runs `work` over `items` with at most `limit` at once. */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  // One iterator shared by every worker: each takes the next item when it is free.
  const queue = items.entries();
  const worker = async () => {
    for (const [index, item] of queue) await work(item, index);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
