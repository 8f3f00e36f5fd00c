import { type Kysely, PostgresAdapter, sql } from "kysely";

/*
 * Forward-only, like every migration. PostgreSQL only: a second form of the check-in save of
 * migration 0013 that also checks the caller's session (its token's hash, not expired at
 * `p_now`, the account not paused) in the same call, so a signed-in save is one round trip
 * instead of two: the session lookup every other request makes first rides along with the save
 * (sessions/session-guard.ts, checkins/checkin-save.ts). The 0013 form stays, unchanged, for a
 * process of the previous release still running against the database during an upgrade.
 *
 * Differences from the 0013 form:
 * - The person's row is locked first, as before, and only then is the session looked for: a save
 *   that waited behind the erasure of its own account finds no account and no session and answers
 *   `signed-out` (401), where the 0013 form wrote a row for a person who no longer exists and
 *   failed on the foreign key (500).
 * - `outcome` is `saved`, `refused` (the condition failed; the day's JSON comes back) or
 *   `signed-out`; with `saved`, the session's expiry comes back too, for the sliding renewal.
 * - A connection row that is already as the save would write it is left alone (`is distinct
 *   from`): most saves change a day's mood or note, not who was seen, and a rewritten row is a
 *   new row version and more WAL to sync for nothing.
 *
 * The user id is still the first argument: the SQL-scope test holds every call to it, and a
 * database spread by user id can send the call to the person's node.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create function reconnect_save_checkin(
      p_user_id text, p_token_hash text, p_date text, p_condition text, p_expected text,
      p_now text, p_mood integer, p_energy integer, p_enjoyment integer, p_rumination integer,
      p_burden integer, p_sleep_hours real, p_note text, p_doc_head text, p_doc_tail text,
      p_positions integer[], p_person_ids text[], p_names text[], p_modes text[],
      p_felts integer[]
    ) returns table (outcome text, version text, doc text, session_expires_at text)
    language plpgsql as $$
    declare
      current_version text;
      current_doc text;
      session_expiry text;
      previous timestamptz;
      new_version text := p_now;
    begin
      perform 1 from users where id = p_user_id and disabled_at is null for no key update;
      if not found then
        return query select 'signed-out', null::text, null::text, null::text;
        return;
      end if;
      select s.expires_at into session_expiry from sessions s
        where s.token_hash = p_token_hash and s.user_id = p_user_id and s.expires_at > p_now;
      if not found then
        return query select 'signed-out', null::text, null::text, null::text;
        return;
      end if;
      select c.updated_at, c.doc into current_version, current_doc
        from checkins c where c.user_id = p_user_id and c.date = p_date for update;
      -- In parentheses: PL/pgSQL ends an IF's condition at the first THEN outside them.
      if not (case p_condition
        when 'none' then true
        when 'version' then current_version is not distinct from p_expected
        when 'exists' then current_version is not null
        when 'absent' then current_version is null
      end) then
        return query select 'refused', current_version, current_doc, session_expiry;
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
      insert into checkin_connections as k (user_id, date, position, person_id, name, mode, felt)
        select p_user_id, p_date, c.position, c.person_id, c.name, c.mode, c.felt
          from unnest(p_positions, p_person_ids, p_names, p_modes, p_felts)
            as c(position, person_id, name, mode, felt)
        on conflict (user_id, date, position) do update set person_id = excluded.person_id,
          name = excluded.name, mode = excluded.mode, felt = excluded.felt
          where (k.person_id, k.name, k.mode, k.felt)
            is distinct from (excluded.person_id, excluded.name, excluded.mode, excluded.felt);
      return query select 'saved', new_version, null::text, session_expiry;
    end
    $$`.execute(db);
}
