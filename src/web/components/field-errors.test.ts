import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../api/client.js";
import { fieldErrorsOf } from "./field-errors.js";

describe("fieldErrorsOf", () => {
  it("gives a refused request's field problems, keyed by the form's own paths", () => {
    const refused = new ApiRequestError(400, "VALIDATION_FAILED", "Some answers need a look", {
      "connections[0].mode": "must be one of call, text, in person",
      note: "must be at most 2000 characters",
    });
    expect(fieldErrorsOf(refused)).toEqual({
      "connections.0.mode": "must be one of call, text, in person",
      note: "must be at most 2000 characters",
    });
  });

  it("gives none for a failure that is not the server's answer, so no field is marked wrongly", () => {
    expect(fieldErrorsOf(new TypeError("Failed to fetch"))).toEqual({});
    expect(fieldErrorsOf(new ApiRequestError(503, "UNAVAILABLE", "Try again soon"))).toEqual({});
  });
});
