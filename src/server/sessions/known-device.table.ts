/** A browser that has signed in to an account with its password; only the token's hash is kept. */
export interface KnownDeviceTable {
  token_hash: string;
  user_id: string;
  created_at: string;
}
