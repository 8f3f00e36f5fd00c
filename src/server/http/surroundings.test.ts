import { describe, expect, it } from "vitest";
import { OWNER } from "../../../test/support/api-client.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { readClientView } from "./forwarded.js";
import { allowedHostNames, isAllowedHost } from "./host-check.js";

describe("the host a request is addressed to (DNS rebinding)", () => {
  it("refuses a name it was not told about with 421, before anything is read or written", async () => {
    const t = await createTestApp();
    try {
      for (const [method, url] of [
        ["POST", "/api/setup"],
        ["GET", "/api/session"],
        ["GET", "/healthz"],
      ] as const) {
        const response = await t
          .client()
          .request(method, url, method === "POST" ? OWNER : undefined, {
            host: "rebound.attacker.example:3000",
            origin: "http://rebound.attacker.example:3000",
          });
        expect(response.statusCode, url).toBe(421);
        expect(response.json().error.code).toBe("unknown-host");
        expect(response.headers["x-frame-options"]).toBe("DENY");
      }
      expect((await t.client().get("/api/setup")).json()).toEqual({ needsOwner: true });
    } finally {
      await t.close();
    }
  });

  it("answers localhost, any IP address, and the configured names", async () => {
    const t = await createTestApp("sqlite", {
      hostNames: ["reconnect.lan", "https://Reconnect.Example/app"],
    });
    try {
      for (const host of [
        "localhost:3000",
        "LOCALHOST",
        "127.0.0.1:3000",
        "[::1]:3000",
        "192.168.1.20:3000",
        "reconnect.lan:3000",
        "reconnect.example",
        "reconnect.example.",
      ]) {
        const response = await t.client().request("GET", "/api/setup", undefined, { host });
        expect(response.statusCode, host).toBe(200);
      }
      for (const host of ["example.com", "reconnect.example.evil.com", "localhost.evil.com"]) {
        const response = await t.client().request("GET", "/api/setup", undefined, { host });
        expect(response.statusCode, host).toBe(421);
      }
    } finally {
      await t.close();
    }
  });

  it("reads names out of hosts and URLs the same way", () => {
    const allowed = allowedHostNames(["0.0.0.0", "::", "Home.Lan", "https://r.example:8443/"]);
    expect([...allowed].sort()).toEqual(["home.lan", "localhost", "r.example"]);
    expect(isAllowedHost("[::1]", allowed)).toBe(true);
    expect(isAllowedHost("::1", allowed)).toBe(true);
    expect(isAllowedHost("r.example:8443", allowed)).toBe(true);
    expect(isAllowedHost("[::1", allowed)).toBe(false);
  });
});

describe("behind reverse proxies (TRUST_PROXY as a number of hops)", () => {
  const socket = { remoteAddress: "10.0.0.2" };

  it("believes only as many X-Forwarded-For entries as there are proxies", () => {
    const invented = { "x-forwarded-for": "6.6.6.6, 7.7.7.7, 203.0.113.9" };
    expect(readClientView(invented, socket, 0).ip).toBe("10.0.0.2");
    expect(readClientView(invented, socket, 1).ip).toBe("203.0.113.9");
    expect(readClientView(invented, socket, 2).ip).toBe("7.7.7.7");
    expect(readClientView({}, socket, 1).ip).toBe("10.0.0.2");
  });

  it("reads X-Forwarded-Proto and -Host from the outermost believed proxy", () => {
    // A TLS terminator in front of nginx: each adds what it saw.
    const chain = { "x-forwarded-proto": "https, http", "x-forwarded-host": "r.example, backend" };
    expect(readClientView(chain, socket, 2)).toMatchObject({
      protocol: "https",
      host: "r.example",
    });
    // One proxy: the entry on the left came from the client and is not believed.
    const spoofed = { "x-forwarded-proto": "http, https", host: "backend:3000" };
    expect(readClientView(spoofed, socket, 1)).toMatchObject({
      protocol: "https",
      host: "backend:3000",
    });
    expect(readClientView({ "x-forwarded-proto": "gopher" }, socket, 1).protocol).toBe("http");
  });

  it("accepts writes through nginx's default Host: $proxy_host, using X-Forwarded-Host", async () => {
    const t = await createTestApp("sqlite", {
      trustProxy: 1,
      hostNames: ["https://reconnect.example"],
    });
    try {
      const response = await t.client().request("POST", "/api/setup", OWNER, {
        host: "127.0.0.1:3000",
        "x-forwarded-host": "reconnect.example",
        "x-forwarded-proto": "https",
        origin: "https://reconnect.example",
      });
      expect(response.statusCode).toBe(201);
      expect(String(response.headers["set-cookie"])).toMatch(/Secure/);
      expect(response.headers["strict-transport-security"]).toBe("max-age=31536000");
    } finally {
      await t.close();
    }
  });

  it("accepts X-Forwarded-Proto: https, http from two proxies and marks the cookie Secure", async () => {
    const t = await createTestApp("sqlite", {
      trustProxy: 2,
      hostNames: ["https://reconnect.example"],
    });
    try {
      const response = await t.client().request("POST", "/api/setup", OWNER, {
        host: "reconnect.example",
        "x-forwarded-proto": "https, http",
        origin: "https://reconnect.example",
      });
      expect(response.statusCode).toBe(201);
      expect(String(response.headers["set-cookie"])).toMatch(/Secure/);
    } finally {
      await t.close();
    }
  });

  it("sends Strict-Transport-Security only over https", async () => {
    const t = await createTestApp("sqlite", { trustProxy: 1 });
    try {
      const plain = await t.client().get("/api/setup");
      expect(plain.headers["strict-transport-security"]).toBeUndefined();
      const secure = await t
        .client()
        .request("GET", "/crisis", undefined, { "x-forwarded-proto": "https" });
      expect(secure.headers["strict-transport-security"]).toBe("max-age=31536000");
    } finally {
      await t.close();
    }
    const direct = await createTestApp();
    try {
      const ignored = await direct
        .client()
        .request("GET", "/crisis", undefined, { "x-forwarded-proto": "https" });
      expect(ignored.headers["strict-transport-security"]).toBeUndefined();
    } finally {
      await direct.close();
    }
  });
});

describe("private answers and dead cookies", () => {
  it("marks private /api answers Cache-Control: no-store", async () => {
    const t = await createTestApp();
    try {
      const c = await t.owner();
      for (const url of [
        "/api/me",
        "/api/session",
        "/api/checkins?from=2026-11-01&to=2026-11-29",
      ]) {
        expect((await c.get(url)).headers["cache-control"], url).toBe("no-store");
      }
      expect((await c.get("/api/nothing-here")).headers["cache-control"]).toBe("no-store");
    } finally {
      await t.close();
    }
  });

  it("clears a session cookie that no longer opens anything when /api/session is asked", async () => {
    const t = await createTestApp();
    try {
      const c = await t.owner();
      const cookie = c.sessionCookie ?? "";
      await c.delete("/api/session");
      const response = await t.app.inject({
        method: "GET",
        url: "/api/session",
        headers: { cookie },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().user).toBeNull();
      expect(String(response.headers["set-cookie"])).toMatch(
        /^reconnect_session=; .*Expires=Thu, 01 Jan 1970/,
      );
      const none = await t.app.inject({ method: "GET", url: "/api/session" });
      expect(none.headers["set-cookie"]).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});
