import type { ApiClient } from "./api-client.js";
import type { TestApp } from "./test-app.js";

/** The token in an invitation or reset link (`/join/{token}`). */
export const tokenOfLink = (url: string) => url.replace(/^\/join\//, "");

/**
 * The owner (or an admin) invites someone with `role`, who joins with a name and password from a
 * browser of their own: the way a second person arrives on a server.
 */
export async function inviteAndJoin(
  t: TestApp,
  by: ApiClient,
  person: { username: string; password: string },
  role: "member" | "admin" = "member",
): Promise<ApiClient> {
  const invited = await by.post("/api/invitations", { role });
  if (invited.statusCode !== 201) throw new Error(`invitation failed: ${invited.body}`);
  const client = t.client();
  const joined = await client.post(
    `/api/invitations/${tokenOfLink(invited.json().url)}/accept`,
    person,
  );
  if (joined.statusCode !== 201) throw new Error(`joining failed: ${joined.body}`);
  return client;
}
