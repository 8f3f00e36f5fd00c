import { describe, expect, it } from "vitest";
import { leavesPage, markValue, readMark } from "./sign-out-owed-mark.js";

describe("the mark of a sign-out owed", () => {
  it("names the account that signed out, and nothing else of theirs", () => {
    const value = markValue("sam-id");
    expect(JSON.parse(value)).toEqual({ account: "sam-id" });
    expect(readMark(value)).toEqual({ account: "sam-id" });
  });

  it("is none when nothing is stored", () => {
    expect(readMark(null)).toBeNull();
  });

  it("from an older version (or unreadable) names no account, and is still owed", () => {
    expect(readMark("1")).toEqual({ account: null });
    expect(readMark("{")).toEqual({ account: null });
    expect(readMark('{"account":""}')).toEqual({ account: null });
    expect(readMark('{"account":7}')).toEqual({ account: null });
    expect(readMark("null")).toEqual({ account: null });
  });

  it("takes only the pages of the account that signed out to sign-in", () => {
    const sams = { account: "sam-id" };
    expect(leavesPage(sams, "sam-id")).toBe(true);
    // Robin, signed in in another tab of the same browser, stays.
    expect(leavesPage(sams, "robin-id")).toBe(false);
    // A page signed in as nobody shows sign-in anyway.
    expect(leavesPage(sams, null)).toBe(true);
  });

  it("naming no account takes every page to sign-in, as before", () => {
    expect(leavesPage({ account: null }, "robin-id")).toBe(true);
    expect(leavesPage({ account: null }, null)).toBe(true);
  });
});
