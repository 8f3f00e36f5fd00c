import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { draftsFor, signalMessages } from "../../core/circle/message-drafts.js";
import { circleStatus, nextStep, type PersonStatus } from "../../core/circle/next-step.js";
import {
  keptRelationship,
  type Person,
  personInputSchema,
  personSchema,
  storedPersonSchema,
} from "../../core/circle/person.schema.js";
import { suggestedPeople } from "../../core/circle/suggested-people.js";
import type { AppContext } from "../app-context.js";
import { AppError } from "../errors/app-error.js";
import { localToday } from "../http/local-today.js";
import { parse } from "../http/parse.js";
import { donePlansWithPeople, forgetPersonInPlans } from "../plan/plan.repository.js";
import { currentUser } from "../sessions/session-guard.js";
import { checkinHistory } from "./connection-history.js";
import {
  deletePerson,
  getPerson,
  insertPerson,
  listPeople,
  updatePerson,
} from "./person.repository.js";

const idParams = z.object({ id: z.string().min(1).max(100) });
const energyMessage = "energy must be a whole number from 0 to 10";
const listQuery = z.strictObject({
  energy: z
    .string({ error: energyMessage })
    .regex(/^\d{1,2}$/, { error: energyMessage })
    .transform(Number)
    .pipe(z.number().max(10, { error: energyMessage }))
    .optional(),
});
const personPatchSchema = z.strictObject(personInputSchema.shape).partial();

// The same answer for someone who was never there and for another person's, so an id reveals nothing.
const personNotFound = () =>
  new AppError(404, "not-found", "We couldn't find that person in your circle.");

function personView(status: PersonStatus, energy: number | undefined) {
  const { person } = status;
  const step = nextStep(person, energy);
  const since = status.overdue || status.daysSince === null ? "a-while" : "recent";
  return {
    ...person,
    lastConnected: status.lastConnected,
    daysSince: status.daysSince,
    overdue: status.overdue,
    nextStep: step,
    drafts: draftsFor(step.step, person.name, since),
    smallerDrafts: step.smaller === null ? [] : draftsFor(step.smaller, person.name, since),
    signals: signalMessages(person.name),
  };
}

export function personRoutes(app: FastifyInstance, ctx: AppContext): void {
  /** Each person with when you last connected and a step fitted to today's energy. */
  const views = async (
    request: FastifyRequest,
    userId: string,
    people: Person[],
    askedEnergy?: number,
  ) => {
    const today = localToday(request, ctx);
    const [checkins, planned] = await Promise.all([
      checkinHistory(ctx.store.db, userId, today),
      donePlansWithPeople(ctx.store.db, userId),
    ]);
    const energy = askedEnergy ?? checkins.find((c) => c.date === today)?.energy;
    const statuses = circleStatus(people, { checkins, planned }, today);
    return {
      energy: energy ?? null,
      people: statuses.map((s) => personView(s, energy)),
      // People named in check-ins but not in the circle yet, so it need not start empty.
      suggested: suggestedPeople(checkins, people),
    };
  };

  const viewOf = async (request: FastifyRequest, userId: string, person: Person) => {
    const { people } = await views(request, userId, [person]);
    const [view] = people;
    if (!view) throw personNotFound();
    return view;
  };

  app.get("/api/people", { config: { query: listQuery } }, async (request) => {
    const { energy } = parse(listQuery, request.query, "query");
    const user = currentUser(request);
    return views(request, user.id, await listPeople(ctx.store.db, user.id), energy);
  });

  app.post("/api/people", async (request, reply) => {
    const input = parse(personInputSchema, request.body, "person");
    const user = currentUser(request);
    const person = personSchema.parse({
      id: ctx.newId(),
      ...input,
      relationship: keptRelationship(input.relationship),
    });
    await insertPerson(ctx.store.db, user.id, person, ctx.now().toISOString());
    return reply.status(201).send(await viewOf(request, user.id, person));
  });

  app.patch("/api/people/:id", async (request) => {
    const { id } = parse(idParams, request.params, "address");
    const patch = parse(personPatchSchema, request.body, "person");
    const user = currentUser(request);
    const stored = await getPerson(ctx.store.db, user.id, id);
    if (!stored) throw personNotFound();
    // The stored texts as they are, the sent ones checked: an old row never blocks an edit.
    const sent =
      patch.relationship === undefined
        ? patch
        : { ...patch, relationship: keptRelationship(patch.relationship) };
    const person = storedPersonSchema.parse({ ...stored, ...sent });
    if (!(await updatePerson(ctx.store.db, user.id, person, ctx.now().toISOString()))) {
      throw personNotFound();
    }
    return viewOf(request, user.id, person);
  });

  app.delete("/api/people/:id", async (request, reply) => {
    const { id } = parse(idParams, request.params, "address");
    const user = currentUser(request);
    const deleted = await ctx.store.write(async (trx) => {
      if (!(await deletePerson(trx, user.id, id))) return false;
      await forgetPersonInPlans(trx, user.id, id);
      return true;
    });
    if (!deleted) throw personNotFound();
    return reply.status(204).send();
  });
}
