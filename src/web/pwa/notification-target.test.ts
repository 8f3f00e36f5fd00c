import { describe, expect, it } from "vitest";
import {
  notificationData,
  notificationPath,
  openMessage,
  openRequest,
  windowFor,
} from "./notification-target.js";

const ORIGIN = "https://reconnect.example";

describe("where a clicked reminder leads", () => {
  it("opens today's check-in for the daily nudge and the plan for a step", () => {
    expect(notificationPath(notificationData("checkin"))).toBe("/");
    expect(notificationPath(notificationData("step"))).toBe("/plan");
  });

  it("opens today's check-in for anything it does not know", () => {
    for (const data of [undefined, null, "x", {}, { path: "https://elsewhere.example/" }]) {
      expect(notificationPath(data)).toBe("/");
    }
    expect(notificationPath({ path: "/your-data" })).toBe("/");
  });
});

describe("which window a clicked reminder uses", () => {
  it("prefers a window opened at that screen", () => {
    const urls = [`${ORIGIN}/history`, `${ORIGIN}/plan`];
    expect(windowFor(urls, ORIGIN, "/plan")).toBe(1);
  });

  it("otherwise uses the first window with the app in it", () => {
    const urls = [`${ORIGIN}/crisis`, `${ORIGIN}/thoughts/new`, `${ORIGIN}/history`];
    expect(windowFor(urls, ORIGIN, "/")).toBe(1);
  });

  it("never takes a window away from the crisis page or the server's own pages", () => {
    const urls = [`${ORIGIN}/crisis`, `${ORIGIN}/support`, `${ORIGIN}/s/abc`];
    expect(windowFor(urls, ORIGIN, "/")).toBeNull();
  });

  it("opens a new window when none is open, or only another site's", () => {
    expect(windowFor([], ORIGIN, "/")).toBeNull();
    expect(windowFor(["https://elsewhere.example/", "not a url"], ORIGIN, "/")).toBeNull();
  });
});

describe("the worker's message to a window", () => {
  it("is read back as the path to open", () => {
    expect(openRequest(openMessage("/plan"))).toBe("/plan");
  });

  it("is ignored when it is some other message, and never opens another site", () => {
    expect(openRequest({ type: "other", path: "/plan" })).toBeNull();
    expect(openRequest(null)).toBeNull();
    expect(openRequest("reconnect:open")).toBeNull();
    expect(openRequest(openMessage("//elsewhere.example/"))).toBe("/");
  });
});
