export interface CalendarFeedTable {
  user_id: string;
  /** SHA-256 of the feed token; the token itself is shown once and never stored. */
  token_hash: string;
  created_at: string;
}
