import { meSchema } from "../../../core/accounts/account.schema.js";
import { invitationInfoSchema } from "../../../core/accounts/invitation.schema.js";
import { requestJson } from "../../api/client.js";

const path = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

/** The join page answers to the link's token alone: no session is needed or read. */
export const joinApi = {
  info: (token: string) =>
    requestJson("GET", path(token), invitationInfoSchema, { unauthorizedIsAnswer: true }),
  accept: (token: string, body: { username?: string; password: string }) =>
    requestJson("POST", `${path(token)}/accept`, meSchema, { body, unauthorizedIsAnswer: true }),
};
