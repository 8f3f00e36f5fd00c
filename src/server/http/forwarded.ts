import type { FastifyInstance, FastifyRequest } from "fastify";

/** Who asked and how, as the person's browser sees this server. */
export interface ClientView {
  /** The client's address: the socket's, or the one the outermost believed proxy saw. */
  ip: string;
  protocol: "http" | "https";
  /** The host (and port) the browser addressed, lower-cased; "" when none was sent. */
  host: string;
}

function entries(header: string | string[] | undefined): string[] {
  const joined = Array.isArray(header) ? header.join(",") : (header ?? "");
  return joined
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

/**
 * The entry written by the outermost of `hops` believed proxies. Each proxy adds its entry on the
 * right, so only the last `hops` entries are theirs; anything further left came from the client
 * and may be invented. A proxy that replaces the header rather than adding to it leaves fewer
 * entries, and then the leftmost one is the outermost proxy's.
 */
function outermost(list: string[], hops: number): string | undefined {
  return list[Math.max(0, list.length - hops)];
}

/** Pure, for tests: reads the X-Forwarded-* headers, believing exactly `hops` proxies. */
export function readClientView(
  headers: FastifyRequest["headers"],
  socket: { remoteAddress?: string | undefined; encrypted?: boolean | undefined },
  hops: number,
): ClientView {
  const socketProtocol = socket.encrypted ? "https" : "http";
  const direct: ClientView = {
    ip: socket.remoteAddress ?? "",
    protocol: socketProtocol,
    host: (headers.host ?? "").toLowerCase(),
  };
  if (hops <= 0) return direct;
  // The socket is the nearest proxy; each believed proxy vouches for the address to its left.
  const chain = [...entries(headers["x-forwarded-for"]), direct.ip];
  const ip = chain[Math.max(0, chain.length - 1 - hops)] ?? direct.ip;
  const proto = outermost(entries(headers["x-forwarded-proto"]), hops)?.toLowerCase();
  const host = outermost(entries(headers["x-forwarded-host"]), hops)?.toLowerCase();
  return {
    ip,
    protocol: proto === "https" || proto === "http" ? proto : socketProtocol,
    host: host ?? direct.host,
  };
}

const views = new WeakMap<FastifyRequest, ClientView>();

/** Reads each request's view once, before every other rule, so all of them agree on it. */
export function registerClientView(app: FastifyInstance, hops: number): void {
  app.addHook("onRequest", (request, _reply, done) => {
    views.set(request, readClientView(request.headers, request.raw.socket, hops));
    done();
  });
}

export function clientOf(request: FastifyRequest): ClientView {
  return views.get(request) ?? readClientView(request.headers, request.raw.socket, 0);
}
