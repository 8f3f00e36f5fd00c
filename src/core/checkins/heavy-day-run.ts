/**
 * Hard days on this many calendar days in a row, ending on the day saved, are answered
 * (heavy-day.ts). Its own file so the app's early requests (web/app/early-paths.ts) can ask for
 * the run's days without loading the heavy-day rule and its hopeless words with them.
 */
export const RUN_DAYS = 3;
