export interface SignInFailureTable {
  id: string;
  key: string;
  failed_at: string;
}
