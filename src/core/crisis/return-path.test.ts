import { describe, expect, it } from "vitest";
import { crisisPageFrom, returnPath } from "./return-path.js";

describe("the crisis page's way back", () => {
  it("takes a plain path of this site", () => {
    expect(returnPath("/thoughts/new")).toBe("/thoughts/new");
    expect(returnPath("/history/2026-11")).toBe("/history/2026-11");
    expect(crisisPageFrom("/thoughts/new")).toBe("/crisis?from=%2Fthoughts%2Fnew");
  });

  it.each([
    "//elsewhere.example/x",
    "https://elsewhere.example",
    "/\\elsewhere.example",
    "javascript:alert(1)",
    "/thoughts?x=1",
    "/a b",
    `/${"a".repeat(100)}`,
    "/crisis",
    "/",
    "",
  ])("refuses %j, so the link goes to the check-in screen", (value) => {
    expect(returnPath(value)).toBeNull();
  });

  it("leaves the crisis page's own address plain from the check-in screen", () => {
    expect(crisisPageFrom("/")).toBe("/crisis");
    expect(returnPath(["/thoughts"])).toBeNull();
  });
});
