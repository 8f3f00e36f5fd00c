import { connect } from "node:net";

/**
 * Writes `bytes` to the server on `port` over a plain socket (and, if given, more after
 * `later.afterMs`), and reads until the server closes. For what `inject` and Node's own client
 * never send: requests Node's parser refuses before Fastify sees them, or headers they would fix.
 */
export function exchangeOverSocket(
  port: number,
  bytes: string,
  later?: { text: string; afterMs: number },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    socket.on("data", (chunk) => {
      answer += chunk.toString("utf8");
    });
    socket.on("close", () => resolve(answer));
    socket.on("error", (error: NodeJS.ErrnoException) => {
      // The server closes straight after answering; a reset then still leaves the answer read.
      if (error.code === "ECONNRESET" || error.code === "EPIPE") resolve(answer);
      else reject(error);
    });
    socket.write(bytes);
    if (later) {
      setTimeout(() => {
        if (!socket.destroyed) socket.write(later.text);
      }, later.afterMs);
    }
  });
}
