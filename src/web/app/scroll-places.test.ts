import { describe, expect, it } from "vitest";
import {
  ENTRY_KEY,
  keyOfState,
  MOST_PLACES,
  placeOf,
  readPlaces,
  stateWithKey,
  withPlace,
} from "./scroll-places.js";

describe("places kept by history entry", () => {
  it("keeps two visits to one screen apart", () => {
    const places = withPlace(withPlace([], "first", 1383), "second", 410);
    expect(placeOf(places, "first")).toBe(1383);
    expect(placeOf(places, "second")).toBe(410);
    expect(placeOf(places, "third")).toBeUndefined();
  });

  it("moves an entry's new place to the newest, and drops it when left at the top", () => {
    const places = withPlace(withPlace([], "first", 100), "second", 200);
    expect(withPlace(places, "first", 300)).toEqual([
      ["second", 200],
      ["first", 300],
    ]);
    expect(withPlace(places, "first", 0)).toEqual([["second", 200]]);
  });

  it("never holds more than its bound, the oldest going first", () => {
    let places = readPlaces(null);
    for (let entry = 1; entry <= MOST_PLACES + 20; entry += 1) {
      places = withPlace(places, `entry ${entry}`, entry);
    }
    expect(places).toHaveLength(MOST_PLACES);
    expect(placeOf(places, "entry 20")).toBeUndefined();
    expect(placeOf(places, "entry 21")).toBe(21);
    expect(placeOf(places, `entry ${MOST_PLACES + 20}`)).toBe(MOST_PLACES + 20);
  });

  it("reads back what it wrote, and nothing from what it did not", () => {
    const places = withPlace(withPlace([], "a", 12.4), "b", 99);
    expect(readPlaces(JSON.stringify(places))).toEqual(places);
    expect(readPlaces("not json")).toEqual([]);
    // What an older release kept: one place, by address.
    expect(readPlaces(JSON.stringify({ path: "/history", y: 300 }))).toEqual([]);
    expect(readPlaces(JSON.stringify([["a", -4], ["b"], [3, 4], ["c", 7]]))).toEqual([["c", 7]]);
  });

  it("reads an entry's key from its state, and adds one keeping the rest", () => {
    expect(keyOfState(null)).toBeUndefined();
    expect(keyOfState({ [ENTRY_KEY]: 4 })).toBeUndefined();
    const state = stateWithKey({ other: true }, "k1");
    expect(state).toEqual({ other: true, [ENTRY_KEY]: "k1" });
    expect(keyOfState(state)).toBe("k1");
    expect(keyOfState(stateWithKey(null, "k2"))).toBe("k2");
  });
});
