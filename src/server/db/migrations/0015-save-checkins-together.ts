import { type Kysely, PostgresAdapter, sql } from "kysely";

/*
 * Forward-only, like every migration. PostgreSQL only: several saves of one person's check-ins
 * in one call, so they share one transaction and one commit (checkins/save-together.ts). Each
 * save is the 0014 function, called in the order given, so each sees the ones before it exactly
 * as if they had been sent one by one: the same session check, condition, version and outcome.
 *
 * Why: every save locks its person first and holds that lock until its commit is on disk, so
 * one person's saves wait in line for each other's disk syncs. Saves that queued up meanwhile
 * go as one call here, and pay one sync between them. Only one person per call: a call names its
 * person once, as every statement on a person's tables does (the SQL-scope rule), and locks no
 * one else, so it can wait for no other writer's lock in the opposite order.
 *
 * `p_saves` is a JSON array; each element carries the 0014 function's arguments after the user
 * id, by name (`connections` are parallel arrays, as there). One row per save comes back, with
 * its place in the array.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create function reconnect_save_checkins(p_user_id text, p_saves json)
    returns table (place integer, outcome text, version text, doc text, session_expires_at text)
    language plpgsql as $$
    declare
      s json;
      i integer := 0;
    begin
      for s in select e.value from json_array_elements(p_saves) with ordinality as e(value, n)
          order by e.n loop
        return query select i, r.outcome, r.version, r.doc, r.session_expires_at
          from reconnect_save_checkin(p_user_id, s->>'tokenHash', s->>'date', s->>'condition',
            s->>'expected', s->>'now', (s->>'mood')::integer, (s->>'energy')::integer,
            (s->>'enjoyment')::integer, (s->>'rumination')::integer, (s->>'burden')::integer,
            (s->>'sleepHours')::real, s->>'note', s->>'docHead', s->>'docTail',
            array(select a.v::integer from json_array_elements_text(s->'positions')
              with ordinality as a(v, n) order by a.n),
            array(select a.v from json_array_elements_text(s->'personIds')
              with ordinality as a(v, n) order by a.n),
            array(select a.v from json_array_elements_text(s->'names')
              with ordinality as a(v, n) order by a.n),
            array(select a.v from json_array_elements_text(s->'modes')
              with ordinality as a(v, n) order by a.n),
            array(select a.v::integer from json_array_elements_text(s->'felts')
              with ordinality as a(v, n) order by a.n)) as r;
        i := i + 1;
      end loop;
    end
    $$`.execute(db);
}
