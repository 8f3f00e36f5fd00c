import type { ChangePassword } from "../../../core/accounts/account.schema.js";
import { requestNoContent } from "../../api/client.js";

// Beside the screen rather than in api/reconnect.ts, so it loads only with this screen.
export const yourDataApi = {
  changePassword: (input: ChangePassword) =>
    requestNoContent("PUT", "/api/me/password", { body: input }),
  signOutEverywhere: () => requestNoContent("DELETE", "/api/sessions"),
  erase: (password: string) => requestNoContent("DELETE", "/api/me", { body: { password } }),
};
