import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Me } from "../../core/accounts/account.schema.js";
import {
  acceptInvitationSchema,
  acceptResetSchema,
  type InvitationInfo,
  newInvitationSchema,
} from "../../core/accounts/invitation.schema.js";
import { passwordProblem, passwordProblemMessages } from "../../core/accounts/password-policy.js";
import { recordAccess } from "../access-log/access-log.js";
import { endSessionsOf } from "../accounts/account-admin.repository.js";
import { accountPaused } from "../accounts/account-paused.js";
import { assertMayGrant, requireAdmin } from "../accounts/admin-guard.js";
import { nameTaken } from "../accounts/name-taken.js";
import { hashPassword } from "../accounts/password-hash.js";
import { lockPerson } from "../accounts/person-lock.js";
import { findUserById, insertUser, setPasswordHash } from "../accounts/user.repository.js";
import type { AppContext } from "../app-context.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { AppError } from "../errors/app-error.js";
import { parse } from "../http/parse.js";
import { hashToken } from "../sessions/session-token.js";
import { startSession } from "../sessions/sign-in.js";
import { type ShareReach, shareLinks } from "../shares/share-reach.js";
import {
  claimInvitation,
  findInvitationById,
  findInvitationByTokenHash,
  listOpenInvitations,
  revokeInvitation,
} from "./invitation.repository.js";
import type { InvitationRow } from "./invitation.table.js";
import { invitationClosed, invitationNotFound, usernameTaken } from "./invitation-errors.js";
import { createInvitationLink, isClosed } from "./invitation-link.js";

const idParams = z.object({ id: z.string().min(1).max(100) });
const tokenParams = z.object({ token: z.string().min(1).max(100) });

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) {
    throw new AppError(400, "weak-password", "Please choose a stronger password.", {
      password: passwordProblemMessages[problem],
    });
  }
}

export function invitationRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  reach: ShareReach = {},
): void {
  // Where the links can be opened, as for share cards: the people screen warns before a link is
  // made that can open on no other device, and builds it on PUBLIC_URL when there is one.
  const links = shareLinks(reach);
  /** The link behind a token in the address, refused when unknown (404) or closed (410). */
  async function openLink(request: FastifyRequest): Promise<InvitationRow> {
    const { token } = parse(tokenParams, request.params, "address");
    const invitation = await findInvitationByTokenHash(ctx.store.db, hashToken(token));
    if (!invitation) throw invitationNotFound();
    if (isClosed(invitation, ctx.now())) throw invitationClosed();
    return invitation;
  }

  app.post("/api/invitations", async (request, reply) => {
    const user = requireAdmin(request);
    const { role } = parse(newInvitationSchema, request.body ?? {}, "invitation");
    assertMayGrant(user, role);
    const created = await createInvitationLink(ctx, {
      role,
      forAccount: null,
      createdBy: user.id,
    });
    return reply.status(201).send(created);
  });

  app.get("/api/invitations", async (request) => {
    requireAdmin(request);
    return {
      invitations: await listOpenInvitations(ctx.store.db, ctx.now().toISOString()),
      links,
    };
  });

  // Revoking twice is the same as once; a link already used has nothing left to revoke.
  app.delete("/api/invitations/:id", async (request, reply) => {
    requireAdmin(request);
    const { id } = parse(idParams, request.params, "address");
    const invitation = await findInvitationById(ctx.store.db, id);
    if (!invitation) {
      throw new AppError(404, "not-found", "We couldn't find that invitation.");
    }
    const used = () => new AppError(409, "invitation-used", "That link has been used already.");
    if (invitation.used_at !== null) throw used();
    if (!(await revokeInvitation(ctx.store.db, id, ctx.now().toISOString()))) {
      // Used or revoked since it was read: someone may have joined with it that very moment,
      // and the admin must hear so rather than believe it closed in time.
      const since = await findInvitationById(ctx.store.db, id);
      if (since !== undefined && since.used_at !== null) throw used();
    }
    return reply.status(204).send();
  });

  // Public: the join page asks what the link is for before showing its form.
  app.get("/api/invitations/:token", async (request) => {
    const invitation = await openLink(request);
    const account = invitation.for_account
      ? await findUserById(ctx.store.db, invitation.for_account)
      : undefined;
    // Told before the form, as using the link would tell it after the password is typed; the
    // account's name is not shown while it is paused.
    if (account !== undefined && account.disabled_at !== null) throw accountPaused();
    return {
      kind: invitation.for_account === null ? "invitation" : "reset",
      username: account?.username ?? null,
      expiresAt: invitation.expires_at,
    } satisfies InvitationInfo;
  });

  // Public: the token is the credential. Both kinds end signed in, as the person just chose
  // their password.
  app.post("/api/invitations/:token/accept", async (request, reply) => {
    const invitation = await openLink(request);
    if (invitation.for_account === null) return acceptInvitation(invitation, request, reply);
    return acceptReset(invitation, invitation.for_account, request, reply);
  });

  async function acceptInvitation(
    invitation: InvitationRow,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    const { username, password } = parse(acceptInvitationSchema, request.body, "account");
    checkPassword(password);
    if (await nameTaken(ctx.store.db, username)) throw usernameTaken();
    const role = invitation.role ?? "member";
    const id = ctx.newId();
    const passwordHash = await hashPassword(password);
    const now = ctx.now().toISOString();
    try {
      await ctx.store.write(async (trx) => {
        if (!(await claimInvitation(trx, invitation.id, now))) throw invitationClosed();
        await insertUser(trx, {
          id,
          username,
          password_hash: passwordHash,
          role,
          created_at: now,
        });
      });
    } catch (error) {
      // The index that folds case in the database: a race, or a fold JavaScript does not make.
      if (isUniqueViolation(error)) throw usernameTaken();
      throw error;
    }
    // Paused by an admin the moment it was made: no session, as for a reset. (Erased that soon,
    // there is nothing to start, and the answer is as if it came just before the erasure.)
    if ((await startSession(ctx, request, reply, id)) === "paused") throw accountPaused();
    return reply.status(201).send({ id, username, role } satisfies Me);
  }

  async function acceptReset(
    invitation: InvitationRow,
    accountId: string,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    const { password } = parse(acceptResetSchema, request.body, "password");
    checkPassword(password);
    const account = await findUserById(ctx.store.db, accountId);
    if (!account) throw invitationClosed();
    if (account.disabled_at !== null) throw accountPaused();
    const passwordHash = await hashPassword(password);
    const now = ctx.now().toISOString();
    await ctx.store.write(async (trx) => {
      // The account first, as a newer reset takes it before revoking this link: claiming the link
      // first took the two locks the other way round, and PostgreSQL ended one with a deadlock.
      await lockPerson(trx, accountId);
      // Read again now it is locked: a pause that landed while the new password was being hashed
      // is the last word, and nothing of the reset is written (the link stays as it was).
      const locked = await findUserById(trx, accountId);
      if (!locked) throw invitationClosed();
      if (locked.disabled_at !== null) throw accountPaused();
      if (!(await claimInvitation(trx, invitation.id, now))) throw invitationClosed();
      await setPasswordHash(trx, accountId, passwordHash, now);
      await endSessionsOf(trx, accountId);
      // On the person's own log, as a change from the your-data screen is: a reset link is a
      // way into the account, and whoever holds one should be seen using it.
      await recordAccess(ctx, request, accountId, "password-changed", trx);
    });
    // The reset stands, but a pause or a newer reset right after it ended the account's sessions:
    // none starts after that. Answered as using the link would have been a moment later.
    const start = await startSession(ctx, request, reply, accountId, passwordHash);
    if (start === "paused") throw accountPaused();
    if (start === "password-changed") throw invitationClosed();
    const me: Me = { id: account.id, username: account.username, role: account.role };
    return reply.status(201).send(me);
  }
}
