import type { Page } from "playwright-core";
import { SignInPage } from "../pages/SignInPage.js";
import { type Journey, OWNER, openPage } from "./journey.js";
import { createOwner } from "./server.js";

/**
 * For a file whose journeys start signed in as the owner. The returned function makes the
 * owner's account the first time it is called (the file's one server keeps it for the rest),
 * opens `path` and signs in there; the screen asked for then loads in place of the sign-in.
 */
export function ownerSignIn(journey: Journey): (path: string) => Promise<Page> {
  let ownerMade = false;
  return async (path) => {
    const { page, server } = journey;
    if (!ownerMade) {
      await createOwner(server.baseUrl, OWNER);
      ownerMade = true;
    }
    await openPage(page, `${server.baseUrl}${path}`);
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await signIn.signIn(OWNER.username, OWNER.password);
    return page;
  };
}
