import { describe, expect, it } from "vitest";
import { linkReachesOthers } from "./link-reach.js";

const PUBLIC = { publicUrl: "https://reconnect.example.org", onlyThisComputer: false };
const NETWORK = { publicUrl: null, onlyThisComputer: false };
const LOOPBACK = { publicUrl: null, onlyThisComputer: true };

describe("linkReachesOthers", () => {
  it("trusts a configured public address, whatever the browser opened", () => {
    expect(linkReachesOthers(PUBLIC, "127.0.0.1")).toBe(true);
    expect(linkReachesOthers(PUBLIC, "reconnect.example.org")).toBe(true);
  });

  it("says no when the server listens only on this computer", () => {
    expect(linkReachesOthers(LOOPBACK, "127.0.0.1")).toBe(false);
    expect(linkReachesOthers(LOOPBACK, "localhost")).toBe(false);
  });

  it("on the network, depends on the address the browser used", () => {
    expect(linkReachesOthers(NETWORK, "192.168.1.20")).toBe(true);
    expect(linkReachesOthers(NETWORK, "reconnect.lan")).toBe(true);
    expect(linkReachesOthers(NETWORK, "localhost")).toBe(false);
    expect(linkReachesOthers(NETWORK, "[::1]")).toBe(false);
  });
});
