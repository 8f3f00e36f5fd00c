import {
  type AccountChange,
  accountListSchema,
  accountSummarySchema,
} from "../../../core/accounts/account-admin.schema.js";
import {
  type InvitedRole,
  invitationCreatedSchema,
  invitationListSchema,
} from "../../../core/accounts/invitation.schema.js";
import { shareAddress } from "../../../core/shares/card-message.js";
import type { ShareLinks } from "../../../core/shares/share.schema.js";
import { requestJson, requestNoContent } from "../../api/client.js";

const id = (value: string) => encodeURIComponent(value);

/** What the people screen asks of the server: names, roles and dates, never anyone's entries. */
export const adminApi = {
  accounts: async () => (await requestJson("GET", "/api/accounts", accountListSchema)).accounts,
  invitations: () => requestJson("GET", "/api/invitations", invitationListSchema),
  invite: (role: InvitedRole) =>
    requestJson("POST", "/api/invitations", invitationCreatedSchema, { body: { role } }),
  revoke: (invitationId: string) =>
    requestNoContent("DELETE", `/api/invitations/${id(invitationId)}`),
  change: (accountId: string, change: AccountChange) =>
    requestJson("PATCH", `/api/accounts/${id(accountId)}`, accountSummarySchema, {
      body: change,
    }),
  resetPassword: (accountId: string) =>
    requestJson("POST", `/api/accounts/${id(accountId)}/password-reset`, invitationCreatedSchema),
  remove: (accountId: string) => requestNoContent("DELETE", `/api/accounts/${id(accountId)}`),
};

/**
 * The full address of a link the server gives as a path, to paste into a message: on the public
 * address when one is set (the address in this browser may be one nobody else can open), as for
 * share cards; otherwise on the address in the browser.
 */
export function fullLink(path: string, links: ShareLinks | null): string {
  return new URL(shareAddress(path, links?.publicUrl), window.location.origin).toString();
}
