import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeLocalStorage } from "../../../test/support/local-storage.js";
import { draftItems, draftKey, writeDraft } from "./draft-store.js";
import { forgetDraftsOfDeleted } from "./forget-deleted.js";

describe("letting go of drafts for things deleted on another device", () => {
  beforeEach(() => {
    fakeLocalStorage();
    writeDraft(draftKey("person", "ana", "p1"), { who: "Sam" });
    writeDraft(draftKey("person", "ana", "new"), { who: "Alex" });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("removes the owner's drafts not in the list when the owner is still the one signed in", async () => {
    await forgetDraftsOfDeleted("ana", ["person"], ["new"], async () => "ana");
    expect(draftItems("person", "ana")).toEqual(["new"]);
  });

  it("keeps every draft when someone else's list came back", async () => {
    await forgetDraftsOfDeleted("ana", ["person"], ["new"], async () => "ben");
    expect(draftItems("person", "ana").sort()).toEqual(["new", "p1"]);
  });

  it("keeps every draft when nobody is signed in or the server cannot say", async () => {
    await forgetDraftsOfDeleted("ana", ["person"], ["new"], async () => null);
    await forgetDraftsOfDeleted("ana", ["person"], ["new"], () =>
      Promise.reject(new Error("offline")),
    );
    expect(draftItems("person", "ana").sort()).toEqual(["new", "p1"]);
  });

  it("asks the server nothing when no draft would go", async () => {
    const ask = vi.fn(async () => "ana");
    await forgetDraftsOfDeleted("ana", ["person", "thought"], ["new", "p1"], ask);
    expect(ask).not.toHaveBeenCalled();
  });

  it("asks once for every screen given, and keeps other screens' drafts", async () => {
    writeDraft(draftKey("thought", "ana", "r1"), {});
    writeDraft(draftKey("next-step", "ana", "r1"), {});
    writeDraft(draftKey("share", "ana", "r1"), {});
    const ask = vi.fn(async () => "ana");
    await forgetDraftsOfDeleted("ana", ["thought", "next-step"], ["new"], ask);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(draftItems("thought", "ana")).toEqual([]);
    expect(draftItems("next-step", "ana")).toEqual([]);
    expect(draftItems("share", "ana")).toEqual(["r1"]);
  });

  it("keeps the drafts of new things, each tab's and the earlier release's, whatever the list says", async () => {
    writeDraft(draftKey("person", "ana", "new-0a1b2c"), { who: "Jo" });
    await forgetDraftsOfDeleted("ana", ["person"], [], async () => "ana");
    expect(draftItems("person", "ana").sort()).toEqual(["new", "new-0a1b2c"]);
  });
});
