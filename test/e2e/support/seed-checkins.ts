import type { APIRequestContext } from "playwright-core";
import { expect } from "vitest";
import { addDays, type LocalDate } from "../../../src/core/dates/local-date.js";

/**
 * Saves one check-in a day through the API, oldest first, for `days` days ending `today`, as the
 * person the request context is signed in as. `dayOf` gets how many days back each one is.
 */
export async function seedCheckins(
  request: APIRequestContext,
  baseUrl: string,
  today: LocalDate,
  days: number,
  dayOf: (back: number) => Record<string, unknown>,
): Promise<void> {
  for (let back = days - 1; back >= 0; back -= 1) {
    const response = await request.put(`${baseUrl}/api/checkins/${addDays(today, -back)}`, {
      data: dayOf(back),
    });
    expect(response.status()).toBe(200);
  }
}
