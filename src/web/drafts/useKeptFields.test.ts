import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { fakeLocalStorage } from "../../../test/support/local-storage.js";
import { readDraft, writeDraft } from "./draft-store.js";
import { keepFields, openingDraft } from "./useKeptFields.js";

const KEY = "reconnect:draft:person:u1:new";
const fieldsSchema = z.object({ name: z.string(), often: z.number() });
type Fields = z.infer<typeof fieldsSchema>;
const start: Fields = { name: "Alex", often: 14 };
const same = (a: Fields, b: Fields) => a.name === b.name && a.often === b.often;
const kept = (key: string) => readDraft(key, fieldsSchema);

describe("the draft a form opens on", () => {
  let storage: Storage;
  beforeEach(() => {
    storage = fakeLocalStorage();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("is the draft kept, when it says something the opening form does not", () => {
    writeDraft(KEY, { name: "Alex B", often: 7 });
    expect(openingDraft({ key: KEY, start, kept, same })).toEqual({ name: "Alex B", often: 7 });
    expect(storage.getItem(KEY)).not.toBeNull();
  });

  it("is none, and the draft goes quietly, when it says the same as the opening form", () => {
    writeDraft(KEY, { ...start });
    expect(openingDraft({ key: KEY, start, kept, same })).toBeUndefined();
    expect(storage.getItem(KEY)).toBeNull();
  });

  it("is none with nobody signed in: nothing is read", () => {
    writeDraft(KEY, { name: "Alex B", often: 7 });
    const read = vi.fn(kept);
    expect(openingDraft({ key: null, start, kept: read, same })).toBeUndefined();
    expect(read).not.toHaveBeenCalled();
  });

  it("is none when nothing is kept, or what is kept is not this form's", () => {
    expect(openingDraft({ key: KEY, start, kept, same })).toBeUndefined();
    writeDraft(KEY, { title: "a walk" });
    expect(openingDraft({ key: KEY, start, kept, same })).toBeUndefined();
    expect(storage.getItem(KEY)).toBeNull();
  });
});

describe("keeping a form's fields as they change", () => {
  let storage: Storage;
  beforeEach(() => {
    storage = fakeLocalStorage();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("writes fields that differ from the start, as `stored` shapes them", () => {
    const stored = (fields: Fields) => ({ from: "Alex", fields });
    keepFields({ key: KEY, start, same, stored }, { name: "Al", often: 14 });
    expect(readDraft(KEY, z.object({ from: z.string(), fields: fieldsSchema }))).toEqual({
      from: "Alex",
      fields: { name: "Al", often: 14 },
    });
  });

  it("writes the fields themselves when nothing shapes them", () => {
    keepFields({ key: KEY, start, same }, { name: "Al", often: 14 });
    expect(kept(KEY)).toEqual({ name: "Al", often: 14 });
  });

  it("removes the draft once the fields are back to the start: an untouched form keeps nothing", () => {
    keepFields({ key: KEY, start, same }, { name: "Al", often: 14 });
    keepFields({ key: KEY, start, same }, { name: "Alex", often: 14 });
    expect(storage.getItem(KEY)).toBeNull();
  });

  it("keeps nothing with nobody signed in", () => {
    keepFields({ key: null, start, same }, { name: "Al", often: 14 });
    expect(storage.length).toBe(0);
  });
});
