import { describe, expect, it } from "vitest";
import { isLoopbackHost } from "./loopback.js";

describe("isLoopbackHost", () => {
  it.each([
    "127.0.0.1",
    "127.1.2.3",
    "localhost",
    "LOCALHOST.",
    "app.localhost",
    "::1",
    "[::1]",
    "::ffff:127.0.0.1",
  ])("knows %s is this computer only", (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each([
    "0.0.0.0",
    "::",
    "192.168.1.20",
    "10.0.0.5",
    "reconnect.example.org",
    "localhost.example.org",
    "128.0.0.1",
    "127.0.0.256",
    "",
  ])("knows %s may be reached from elsewhere", (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
