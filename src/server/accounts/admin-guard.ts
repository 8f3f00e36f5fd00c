import type { FastifyRequest } from "fastify";
import type { Role } from "../../core/accounts/account.schema.js";
import { AppError } from "../errors/app-error.js";
import { currentUser, type SessionUser } from "../sessions/session-guard.js";

/** The people who run the server: they manage accounts, and never see what is in them. */
export function isAdmin(role: Role): boolean {
  return role === "owner" || role === "admin";
}

/** The signed-in person, if they run the server; a member gets 403. */
export function requireAdmin(request: FastifyRequest): SessionUser {
  const user = currentUser(request);
  if (!isAdmin(user.role)) {
    throw new AppError(403, "admins-only", "Only the people who run this Reconnect can do that.");
  }
  return user;
}

/**
 * Whether `actor` may pause, reset, remove or change `target`: nobody touches the owner's
 * account here (so the owner can always sign in), nobody their own (that is /api/me), and
 * only the owner another admin's.
 */
export function assertMayManage(actor: SessionUser, target: { id: string; role: Role }): void {
  if (target.role === "owner") {
    throw new AppError(
      403,
      "owner-protected",
      "The owner's account can only be changed by the owner, from their own settings.",
    );
  }
  if (target.id === actor.id) {
    throw new AppError(
      403,
      "own-account",
      "You can't do that to your own account here; your own settings have what you need.",
    );
  }
  if (target.role === "admin" && actor.role !== "owner") {
    throw new AppError(403, "owner-only", "Only the owner can change another admin's account.");
  }
}

/** Only the owner names admins, by invitation or by changing a member's role. */
export function assertMayGrant(actor: SessionUser, role: Role): void {
  if (role !== "member" && actor.role !== "owner") {
    throw new AppError(403, "owner-only", "Only the owner can make someone an admin.");
  }
}
