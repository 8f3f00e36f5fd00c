import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";
import { targetHost } from "./host-check.js";

describe("targetHost", () => {
  it("reads the host of an absolute-form request line, and nothing from a path", () => {
    expect(targetHost("/api/me")).toBeUndefined();
    expect(targetHost("*")).toBeUndefined();
    expect(targetHost("http://Evil.example:80/api/me")).toBe("evil.example");
    expect(targetHost("http://[::1]:3000/api/me")).toBe("::1");
    expect(targetHost("not a url")).toBe("");
  });
});

/** Sends one raw request (an injected one would take its Host from the URL) and reads the status. */
function send(port: number, requestLine: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    socket.on("data", (chunk) => {
      answer += chunk.toString("latin1");
    });
    socket.on("end", () => resolve(Number(answer.split(" ")[1])));
    socket.on("error", reject);
    socket.write(
      `${requestLine} HTTP/1.1\r\nHost: localhost\r\nCookie: ${cookie}\r\n` +
        `Content-Type: application/json\r\nContent-Length: 10\r\nConnection: close\r\n\r\n{"mood":3}`,
    );
  });
}

describe.each(engines)("a request line naming another host than Host, on %s", (engine) => {
  let t: TestApp;
  let port = 0;
  let cookie = "";
  beforeAll(async () => {
    t = await createTestApp(engine);
    cookie = (await t.owner()).sessionCookie ?? "";
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it("is refused with 400 and writes nothing; one naming this host goes ahead", async () => {
    const day = "/api/checkins/2026-11-20";
    expect(await send(port, `PUT http://evil.example${day}`, cookie)).toBe(400);
    const none = await t.app.inject({
      method: "GET",
      url: "/api/checkins?from=2026-11-20&to=2026-11-20",
      headers: { cookie },
    });
    expect(none.json().checkins).toEqual([]);
    expect(await send(port, `PUT http://localhost${day}`, cookie)).toBe(200);
  });
});
