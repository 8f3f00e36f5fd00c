import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeLocalStorage } from "../../../test/support/local-storage.js";
import { draftItems, draftKey, removeDraftsNotIn, writeDraft } from "./draft-store.js";

describe("drafts for records or people that are no longer there", () => {
  let storage: Storage;
  beforeEach(() => {
    storage = fakeLocalStorage();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("lists the items one person has drafts for on one screen, and no one else's", () => {
    writeDraft(draftKey("person", "u1", "p1"), { who: "Sam" });
    writeDraft(draftKey("person", "u1", "new"), { who: "Alex" });
    writeDraft(draftKey("person", "u12", "p2"), { who: "Kim" });
    writeDraft(draftKey("person", "u2", "p3"), { who: "Jo" });
    writeDraft(draftKey("next-step", "u1", "r1"), { who: "Ana" });
    writeDraft(draftKey("share", "u1"), { text: "hello" });
    storage.setItem("reconnect:storage-check", "1");
    expect(draftItems("person", "u1").sort()).toEqual(["new", "p1"]);
    expect(draftItems("next-step", "u1")).toEqual(["r1"]);
    expect(draftItems("circle", "u1")).toEqual([]);
  });

  it("removes the drafts of items not in the list given, and leaves every other draft", () => {
    writeDraft(draftKey("person", "u1", "p1"), { who: "Sam" });
    writeDraft(draftKey("person", "u1", "gone"), { who: "Dee" });
    writeDraft(draftKey("person", "u1", "new"), { who: "Alex" });
    writeDraft(draftKey("person", "u2", "gone"), { who: "Jo" });
    writeDraft(draftKey("next-step", "u1", "gone"), { who: "Ana" });
    removeDraftsNotIn("person", "u1", ["new", "p1"]);
    expect(draftItems("person", "u1").sort()).toEqual(["new", "p1"]);
    // Another person's drafts and another screen's are not this list's to judge.
    expect(draftItems("person", "u2")).toEqual(["gone"]);
    expect(draftItems("next-step", "u1")).toEqual(["gone"]);
  });

  it("removes every one of them when nothing is left", () => {
    for (const id of ["a", "b", "c", "d"]) writeDraft(draftKey("next-step", "u1", id), {});
    removeDraftsNotIn("next-step", "u1", []);
    expect(storage.length).toBe(0);
  });

  it("finds nothing, and fails nothing, when storage is refused", () => {
    vi.stubGlobal("window", {
      get localStorage(): Storage {
        throw new Error("refused");
      },
    });
    expect(draftItems("person", "u1")).toEqual([]);
    expect(() => removeDraftsNotIn("person", "u1", [])).not.toThrow();
  });
});
