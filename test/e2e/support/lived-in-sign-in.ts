import { localDateOf } from "../../../src/core/dates/local-date.js";
import { createOwnerSession } from "../../support/four-months.js";
import { seedLivedInAccount } from "../../support/lived-in-account.js";
import { type Journey, OWNER } from "./journey.js";

/**
 * For a file whose journeys start signed in to a lived-in account (see `seedLivedInAccount`).
 * The returned function makes and fills the owner's account the first time it is called (the
 * file's one server keeps it for the rest), then signs the journey's browser in by its cookie,
 * with no sign-in screen. It answers the day the account was filled up to, and the session's
 * cookie for saving as the owner past the browser.
 */
export function livedInSignIn(journey: Journey): () => Promise<{ today: string; cookie: string }> {
  let cookie: string | undefined;
  return async () => {
    const { context, server } = journey;
    if (cookie === undefined) {
      cookie = await createOwnerSession(server.baseUrl, OWNER);
      await seedLivedInAccount(server.baseUrl, cookie, localDateOf(new Date()));
    }
    const [name = "", value = ""] = cookie.split("=");
    await context.addCookies([{ name, value, url: server.baseUrl }]);
    return { today: localDateOf(new Date()), cookie };
  };
}
