export interface AccessLogTable {
  id: string;
  user_id: string;
  at: string;
  event: string;
  browser: string;
  address: string;
}
