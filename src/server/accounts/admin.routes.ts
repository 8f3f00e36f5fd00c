import { randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import {
  type AccountSummary,
  accountChangeSchema,
} from "../../core/accounts/account-admin.schema.js";
import type { AppContext } from "../app-context.js";
import { AppError } from "../errors/app-error.js";
import { parse } from "../http/parse.js";
import { createInvitationLink } from "../invitations/invitation-link.js";
import type { SessionUser } from "../sessions/session-guard.js";
import { forgetSignInFailuresOf } from "../sessions/sign-in-throttle.js";
import { endSessionsOf, listAccounts, setDisabled, setRole } from "./account-admin.repository.js";
import { assertMayGrant, assertMayManage, requireAdmin } from "./admin-guard.js";
import { hashPassword } from "./password-hash.js";
import { lockPerson } from "./person-lock.js";
import { deleteUser, findUserById, setPasswordHash } from "./user.repository.js";
import type { UserRow } from "./user.table.js";

const idParams = z.object({ id: z.string().min(1).max(100) });

/**
 * What the owner and admins do for the people on a server. None of these routes reads or
 * returns anything a person wrote, scored or planned: only names, roles and dates.
 */
export function adminRoutes(app: FastifyInstance, ctx: AppContext): void {
  /** The account in the address, once the caller is allowed to manage it. */
  async function managed(
    request: FastifyRequest,
  ): Promise<{ actor: SessionUser; target: UserRow }> {
    const actor = requireAdmin(request);
    const { id } = parse(idParams, request.params, "address");
    const target = await findUserById(ctx.store.db, id);
    if (!target) throw accountNotFound();
    assertMayManage(actor, target);
    return { actor, target };
  }

  async function summaryOf(id: string): Promise<AccountSummary> {
    const summary = (await listAccounts(ctx.store.db)).find((account) => account.id === id);
    if (!summary) throw new AppError(404, "not-found", "We couldn't find that account.");
    return summary;
  }

  app.get("/api/accounts", async (request) => {
    requireAdmin(request);
    return { accounts: await listAccounts(ctx.store.db) };
  });

  // Pausing ends every session of the account in the same transaction, so it is shut at once.
  app.patch("/api/accounts/:id", async (request) => {
    const change = parse(accountChangeSchema, request.body, "change");
    const { actor, target } = await managed(request);
    if (change.role !== undefined) assertMayGrant(actor, "admin");
    const now = ctx.now().toISOString();
    await ctx.store.write(async (trx) => {
      if (change.role !== undefined) await setRole(trx, target.id, change.role);
      if (change.disabled === true && target.disabled_at === null) {
        await setDisabled(trx, target.id, now);
        await endSessionsOf(trx, target.id);
      }
      if (change.disabled === false) await setDisabled(trx, target.id, null);
    });
    return summaryOf(target.id);
  });

  // A one-time link to choose a new password. The old password stops working at once (it is
  // replaced by a random one nobody knows) and every session ends, so a reset also locks out
  // whoever might have learned the old one.
  app.post("/api/accounts/:id/password-reset", async (request, reply) => {
    const { actor, target } = await managed(request);
    const unusable = await hashPassword(randomBytes(32).toString("base64url"));
    const now = ctx.now().toISOString();
    // The new link is made in the same transaction that revokes the older ones, after locking
    // the account: two resets at once (a double click, two admins) otherwise each revoked what
    // was there before either, and both links stayed open.
    const link = await ctx.store.write(async (trx) => {
      await lockPerson(trx, target.id);
      // Removed since it was looked up (by another admin, or the person): the admin's own
      // session is fine, so this is the account's 404, never a 401 from its missing row.
      if (!(await findUserById(trx, target.id))) throw accountNotFound();
      // Also revokes the older links: the new one replaces them.
      await setPasswordHash(trx, target.id, unusable, now);
      await endSessionsOf(trx, target.id);
      return createInvitationLink(
        ctx,
        { role: null, forAccount: target.id, createdBy: actor.id },
        trx,
      );
    });
    return reply.status(201).send(link);
  });

  // Removing an account erases everything in it, as the person erasing it themselves would.
  app.delete("/api/accounts/:id", async (request, reply) => {
    const { target } = await managed(request);
    // Another erasure may have removed it since it was found: that one answered 204.
    if (!(await deleteUser(ctx.store.db, target.id))) throw accountNotFound();
    await forgetSignInFailuresOf(ctx, target);
    await ctx.store.flushErased();
    return reply.status(204).send();
  });
}

const accountNotFound = () => new AppError(404, "not-found", "We couldn't find that account.");
