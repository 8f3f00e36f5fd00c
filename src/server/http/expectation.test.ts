import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exchangeOverSocket } from "../../../test/support/raw-socket.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { HEADERS as SECURITY_HEADERS } from "./security-headers.js";

/**
 * `Expect: foo` got Node's bare 417: an empty chunked body, no error shape, none of the security
 * headers nor `Cache-Control`. Sent over a real socket, since inject never reaches Node's parser.
 */
describe.each(engines)("an Expect header the server cannot meet, on %s", (engine) => {
  let t: TestApp;
  let port = 0;
  beforeAll(async () => {
    t = await createTestApp(engine);
    const address = await t.app.listen({ host: "127.0.0.1", port: 0 });
    port = Number(new URL(address).port);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Writes `bytes` and reads until the server closes (each request asks it to). */
  const exchange = (bytes: string) => exchangeOverSocket(port, bytes);

  function parsed(answer: string) {
    const [head = "", body = ""] = answer.split("\r\n\r\n");
    const lines = head.split("\r\n");
    const headers = new Map(
      lines.slice(1).map((line) => {
        const at = line.indexOf(":");
        return [line.slice(0, at).toLowerCase(), line.slice(at + 1).trim()] as const;
      }),
    );
    return { status: Number(lines[0]?.split(" ")[1]), headers, body };
  }

  const request = (path: string, expectation: string) =>
    `GET ${path} HTTP/1.1\r\nhost: localhost\r\nexpect: ${expectation}\r\nconnection: close\r\n\r\n`;

  it.each(["/healthz", "/api/health"])(
    "is answered 417 on %s in the app's error shape, with every answer's headers",
    async (path) => {
      const answer = parsed(await exchange(request(path, "foo")));
      expect(answer.status, answer.body).toBe(417);
      expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
      expect(JSON.parse(answer.body)).toEqual({
        error: {
          code: "expectation-failed",
          message: expect.stringContaining("Expect header"),
          fields: { expect: "only 100-continue is understood" },
        },
      });
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(answer.headers.get(name), name).toBe(value);
      }
      if (path.startsWith("/api/")) expect(answer.headers.get("cache-control")).toBe("no-store");
    },
  );

  it("still answers a request that expects 100-continue, and one with no Expect at all", async () => {
    const continued = await exchange(request("/healthz", "100-continue"));
    // Node says "go on" first, as it always has, then the answer itself.
    expect(continued.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), continued).toBe(true);
    const answer = parsed(continued.slice("HTTP/1.1 100 Continue\r\n\r\n".length));
    expect(answer.status, answer.body).toBe(200);
    const plain = parsed(
      await exchange("GET /healthz HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\n\r\n"),
    );
    expect(plain.status, plain.body).toBe(200);
  });
});
