import type { Kysely } from "kysely";
import type { AccessLogTable } from "../access-log/access-log.table.js";
import type { UserTable } from "../accounts/user.table.js";
import type { AssessmentTable } from "../assessments/assessment.table.js";
import type { CalendarFeedTable } from "../calendar/calendar-feed.table.js";
import type { CheckinConnectionTable, CheckinTable } from "../checkins/checkin.table.js";
import type { PersonTable } from "../circle/person.table.js";
import type { InvitationTable } from "../invitations/invitation.table.js";
import type {
  HiddenActivityTable,
  OwnActivityTable,
  PlannedActivityTable,
  RoutineTargetTable,
  RoutineTickTable,
} from "../plan/plan.table.js";
import type { ReminderSettingsTable } from "../reminders/reminder-settings.table.js";
import type { SafetyPlanTable } from "../safety-plan/safety-plan.table.js";
import type { KnownDeviceTable } from "../sessions/known-device.table.js";
import type { SessionTable } from "../sessions/session.table.js";
import type { SignInFailureTable } from "../sessions/sign-in-failure.table.js";
import type { ShareTable } from "../shares/share.table.js";
import type { ThoughtRecordTable } from "../thoughts/thought.table.js";
import type { WriteWork } from "./write-queue.js";

/** Every table Reconnect keeps. Rows are plain storage shapes; mappers turn them into domain types. */
export interface Database {
  users: UserTable;
  sessions: SessionTable;
  sign_in_failures: SignInFailureTable;
  known_devices: KnownDeviceTable;
  checkins: CheckinTable;
  checkin_connections: CheckinConnectionTable;
  assessments: AssessmentTable;
  safety_plans: SafetyPlanTable;
  thought_records: ThoughtRecordTable;
  shares: ShareTable;
  own_activities: OwnActivityTable;
  hidden_activities: HiddenActivityTable;
  planned_activities: PlannedActivityTable;
  people: PersonTable;
  routine_targets: RoutineTargetTable;
  routine_ticks: RoutineTickTable;
  calendar_feeds: CalendarFeedTable;
  reminder_settings: ReminderSettingsTable;
  invitations: InvitationTable;
  access_log: AccessLogTable;
}

export type Engine = "sqlite" | "postgres";

export interface DataChanges {
  /**
   * A number that moves whenever the data may have changed, by this process or another; this
   * process's access-log entries aside, as no cache reads the log (sqlite-statement-cache.ts).
   */
  version(): number;
  /** Calls `listener` as each write by this process runs, the access log's aside. */
  onWrite(listener: () => void): void;
}

export interface Store {
  db: Kysely<Database>;
  engine: Engine;
  /**
   * PostgreSQL: a few connections of their own for the session lookup every signed-in request
   * makes (sessions/session-lookup.ts), set to plan it once (db/open-store.ts). Unset on SQLite.
   */
  sessionLookups?: Kysely<Database>;
  /**
   * Runs work that writes several rows as one atomic unit, and resolves only once it is durably
   * committed. Single-statement writes may use `db` directly: the store runs each in its own
   * turn and transaction, never inside another's (docs/ARCHITECTURE.md).
   */
  write<T>(work: WriteWork<T>): Promise<T>;
  /**
   * How to tell that the data may have changed, for read caches (db/read-cache.ts); null where
   * that cannot be known cheaply (PostgreSQL, which other servers may share).
   */
  changes: DataChanges | null;
  /** After erasing an account: makes sure no copy of the erased rows stays in a log file. */
  flushErased(): Promise<void>;
  close(): Promise<void>;
}
