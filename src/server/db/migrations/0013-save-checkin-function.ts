import { type Kysely, PostgresAdapter, sql } from "kysely";

/*
 * Forward-only, like every migration. PostgreSQL only: a conditional check-in save as one
 * function, so a save is one round trip instead of five (begin, the version check, the day, its
 * connections, commit); on a shared server round trips, not work, were most of a save's time
 * (docs/BENCHMARKS.md). SQLite, in the same process, keeps its statements: a round trip there
 * costs nothing. The rules are the ones checkins/checkin-save.ts keeps for SQLite:
 *
 * - The person's row is locked first, as in every writer of their check-ins
 *   (accounts/person-lock.ts), so two writers always take their locks in the same order.
 * - The condition (`none`, `version`, `exists`, `absent`) is checked against the day as it is
 *   under that lock; when it fails nothing is written and the day's stored JSON comes back.
 * - The new version is the time now, or one millisecond after the day's version when the clock
 *   has not moved past it (core/versions/next-version.ts). A stored version that is no time at
 *   all (an imported oddity) counts for nothing, as Date.parse's NaN does there.
 * - The stored JSON arrives in two halves around its version, which only this call knows.
 *
 * The user id is the first argument: the SQL-scope test holds every call to that.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create function reconnect_save_checkin(
      p_user_id text, p_date text, p_condition text, p_expected text, p_now text,
      p_mood integer, p_energy integer, p_enjoyment integer, p_rumination integer,
      p_burden integer, p_sleep_hours real, p_note text, p_doc_head text, p_doc_tail text,
      p_positions integer[], p_person_ids text[], p_names text[], p_modes text[],
      p_felts integer[]
    ) returns table (saved boolean, version text, doc text)
    language plpgsql as $$
    declare
      current_version text;
      current_doc text;
      previous timestamptz;
      new_version text := p_now;
    begin
      perform 1 from users where id = p_user_id for no key update;
      select c.updated_at, c.doc into current_version, current_doc
        from checkins c where c.user_id = p_user_id and c.date = p_date for update;
      -- In parentheses: PL/pgSQL ends an IF's condition at the first THEN outside them.
      if not (case p_condition
        when 'none' then true
        when 'version' then current_version is not distinct from p_expected
        when 'exists' then current_version is not null
        when 'absent' then current_version is null
      end) then
        return query select false, current_version, current_doc;
        return;
      end if;
      if current_version is not null then
        begin
          previous := date_trunc('milliseconds', current_version::timestamptz);
        exception when others then
          previous := null;
        end;
        if previous is not null and p_now::timestamptz <= previous then
          new_version := to_char((previous + interval '1 millisecond') at time zone 'UTC',
            'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
        end if;
      end if;
      insert into checkins (user_id, date, mood, energy, enjoyment, rumination, burden,
          sleep_hours, note, updated_at, doc)
        values (p_user_id, p_date, p_mood, p_energy, p_enjoyment, p_rumination, p_burden,
          p_sleep_hours, p_note, new_version, p_doc_head || to_json(new_version)::text || p_doc_tail)
        on conflict (user_id, date) do update set mood = excluded.mood,
          energy = excluded.energy, enjoyment = excluded.enjoyment,
          rumination = excluded.rumination, burden = excluded.burden,
          sleep_hours = excluded.sleep_hours, note = excluded.note,
          updated_at = excluded.updated_at, doc = excluded.doc;
      delete from checkin_connections
        where user_id = p_user_id and date = p_date and position >= cardinality(p_positions);
      insert into checkin_connections (user_id, date, position, person_id, name, mode, felt)
        select p_user_id, p_date, c.position, c.person_id, c.name, c.mode, c.felt
          from unnest(p_positions, p_person_ids, p_names, p_modes, p_felts)
            as c(position, person_id, name, mode, felt)
        on conflict (user_id, date, position) do update set person_id = excluded.person_id,
          name = excluded.name, mode = excluded.mode, felt = excluded.felt;
      return query select true, new_version, null::text;
    end
    $$`.execute(db);
}
