import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exchangeOverSocket } from "../../../test/support/raw-socket.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { HEADERS as SECURITY_HEADERS } from "./security-headers.js";

/**
 * Requests Node refuses before Fastify sees them, and a Host header given twice, sent over a real
 * socket (inject would never reach Node's parser): each is answered in the app's error format.
 */
describe("refusals before a request exists", () => {
  let t: TestApp;
  let port = 0;
  beforeAll(async () => {
    t = await createTestApp("sqlite", {
      clientLimits: { headersTimeoutMs: 400, checkEveryMs: 100 },
    });
    const address = await t.app.listen({ host: "127.0.0.1", port: 0 });
    port = Number(new URL(address).port);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Writes `bytes` (and, if given, more after `laterMs`), and reads until the server closes. */
  const exchange = (bytes: string, later?: { text: string; afterMs: number }) =>
    exchangeOverSocket(port, bytes, later);

  function parsed(answer: string) {
    const [head = "", body = ""] = answer.split("\r\n\r\n");
    const status = Number(head.split(" ")[1]);
    const headers = new Map(
      head
        .split("\r\n")
        .slice(1)
        .map((line) => {
          const at = line.indexOf(":");
          return [line.slice(0, at).toLowerCase(), line.slice(at + 1).trim()] as const;
        }),
    );
    return { status, head: head.toLowerCase(), headers, error: JSON.parse(body).error };
  }

  /**
   * The headers every answer carries, and no copy kept: an answer written before any request
   * existed has no address to judge by, and a refusal is never worth keeping.
   */
  function expectEveryAnswersHeaders(answer: ReturnType<typeof parsed>) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(answer.headers.get(name), name).toBe(value);
    }
    expect(answer.headers.get("cache-control")).toBe("no-store");
  }

  it("answers headers past 16 KB with 431 headers-too-large", async () => {
    const answer = parsed(
      await exchange(
        `GET /api/health HTTP/1.1\r\nhost: localhost\r\nx-pad: ${"a".repeat(20_000)}\r\n\r\n`,
      ),
    );
    expect(answer.status).toBe(431);
    expect(answer.error.code).toBe("headers-too-large");
    expect(answer.error.message).toMatch(/16 KB/);
    expect(answer.head).toContain("content-type: application/json");
    expectEveryAnswersHeaders(answer);
  });

  it("answers headers that stop arriving with 408 request-too-slow", async () => {
    const answer = parsed(await exchange("GET /api/health HTTP/1.1\r\nhost: localhost\r\n"));
    expect(answer.status).toBe(408);
    expect(answer.error).toEqual({
      code: "request-too-slow",
      message: expect.stringContaining("too long"),
    });
    expectEveryAnswersHeaders(answer);
  });

  it.each([
    ["a request line that is not HTTP", "HELLO THERE\r\n\r\n"],
    ["a header without a colon", "GET /api/health HTTP/1.1\r\nhost localhost\r\n\r\n"],
    ["a bare carriage return in a header value", "GET /api/health HTTP/1.1\r\nhost: a\rb\r\n\r\n"],
  ])("answers %s with 400 bad-request", async (_what, bytes) => {
    const answer = parsed(await exchange(bytes));
    expect(answer.status).toBe(400);
    expect(answer.error.code).toBe("bad-request");
    expectEveryAnswersHeaders(answer);
  });

  it("answers a Host header given twice with 400 naming it, whichever name comes first", async () => {
    for (const hosts of [
      "host: localhost\r\nhost: evil.example",
      "host: evil.example\r\nHost: localhost",
    ]) {
      const answer = parsed(
        await exchange(`GET /api/health HTTP/1.1\r\n${hosts}\r\nconnection: close\r\n\r\n`),
      );
      expect(answer.status).toBe(400);
      expect(answer.error).toMatchObject({
        code: "bad-request",
        fields: { host: "is given more than once" },
      });
      expectEveryAnswersHeaders(answer);
    }
  });

  // Node reads any text after the colon as the port; the name alone was judged, so
  // `localhost:abc` or `localhost:99999` passed as localhost though no client could mean it.
  it.each(["localhost:abc", "localhost:99999", "localhost:0", "[::1]:x", "localhost:80:80"])(
    "answers a Host whose port is not one (%s) with 400 naming it",
    async (host) => {
      const answer = parsed(
        await exchange(`GET /api/health HTTP/1.1\r\nhost: ${host}\r\nconnection: close\r\n\r\n`),
      );
      expect(answer.status).toBe(400);
      expect(answer.error).toMatchObject({
        code: "bad-request",
        fields: { host: "has a port that is not a number from 1 to 65535" },
      });
      expectEveryAnswersHeaders(answer);
    },
  );

  it.each(["localhost", "localhost:3000", "[::1]:3000", "127.0.0.1:65535", "[::1]", "localhost:"])(
    "still takes a Host written %s",
    async (host) => {
      const answer = parsed(
        await exchange(`GET /healthz HTTP/1.1\r\nhost: ${host}\r\nconnection: close\r\n\r\n`),
      );
      expect(answer.status).toBe(200);
    },
  );

  it("answers HTTP/1.1 without a Host in the same format", async () => {
    const answer = parsed(await exchange("GET /api/health HTTP/1.1\r\nconnection: close\r\n\r\n"));
    expect(answer.status).toBe(400);
    expect(answer.error).toMatchObject({ code: "bad-request", fields: { host: "is required" } });
    expectEveryAnswersHeaders(answer);
  });

  it("still answers a well-formed request on the same server", async () => {
    const answer = await exchange(
      "GET /api/crisis-resources HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\n\r\n",
    );
    expect(answer.split(" ")[1]).toBe("200");
  });
});
