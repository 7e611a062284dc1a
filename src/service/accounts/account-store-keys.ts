/**
 * Where accounts, keys and sessions live in the store. Keys and sessions are found by what the
 * caller presents (a key's lookup id, a session token's hash): one read, never a scan.
 */
export const accountStoreKeys = {
  account: (accountId: string) => `account:${accountId}`,
  accounts: 'account:',
  /** An API key's record (hash, owner, name), by the lookup id the key itself carries. */
  apiKey: (lookupId: string) => `api-key:${lookupId}`,
  /** When the key last authenticated: apart from the record, so recording use never races a revoke. */
  apiKeyUsed: (lookupId: string) => `api-key-used:${lookupId}`,
  /** Index of an account's active keys. */
  accountApiKeys: (accountId: string) => `account-api-key:${accountId}:`,
  accountApiKey: (accountId: string, lookupId: string) => `account-api-key:${accountId}:${lookupId}`,
  session: (tokenHash: string) => `session:${tokenHash}`,
};

/** Ids we issue are `acc_` plus base64url; anything else cannot name an account. */
export function isAccountId(value: string): boolean {
  return /^acc_[A-Za-z0-9_-]{1,96}$/.test(value);
}
