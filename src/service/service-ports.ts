import type { Config } from '../config.ts';
import type { WorkflowEvent } from '../contract/schemas/workflow-events.ts';
import type { Quality, WorkflowType } from '../contract/workflow-catalog.ts';

/**
 * The seams between the service's parts, so each can be built and tested on its own and the
 * composition (`service.ts`) stays a short list of wires. One account's view of everything is
 * `CinematicAds` (src/contract/interface.ts); these are the internals behind it.
 */

export const plans = ['trial', 'pro', 'agency', 'enterprise'] as const;
export type Plan = (typeof plans)[number];

export interface Account {
  id: string;
  name: string;
  plan: Plan;
  /** Trials only: after this instant launches answer 402 "trial expired". */
  trialEndsAt: string | null;
  createdAt: string;
}

/** Who is calling: resolved from a Bearer API key or a session cookie, never from a request field. */
export interface Caller {
  account: Account;
  /** The API key's id when authenticated by key (for per-key rate limits); the session id otherwise. */
  credentialId: string;
  via: 'api-key' | 'session';
  /** Sessions only: when the session ends. */
  expiresAt?: string;
}

export interface CreditEntry {
  id: string;
  accountId: string;
  at: string;
  /** Positive for grants and refunds, negative for debits. */
  delta: number;
  kind: 'grant' | 'debit' | 'refund';
  /** What the entry is about: a job id for debits and refunds, free text for grants. */
  ref: string;
  note?: string;
  /** Balance after this entry. */
  balance: number;
}

/** Append-only journal; the balance never goes below zero, whatever the concurrency. */
export interface CreditLedger {
  balance(accountId: string): Promise<number>;
  /** Debits every item or none (a batch); throws the seed's 402 sentence when the balance is short. */
  debit(accountId: string, items: ReadonlyArray<{ amount: number; ref: string }>): Promise<CreditEntry[]>;
  /** Returns credits for `ref` at most once however often it is called; resolves to what was refunded now (0 if already). */
  refund(accountId: string, ref: string, amount: number, note: string): Promise<number>;
  grant(accountId: string, amount: number, note: string): Promise<CreditEntry>;
  entries(accountId: string, range?: { from?: Date; to?: Date }): Promise<CreditEntry[]>;
}

/** What a workflow run reports; the job layer stores, numbers and broadcasts these. */
export type JobEventListener = (event: { id: string; event: WorkflowEvent }) => void;

/** Per-account price check used before anything is queued. */
export interface PricedWorkflow {
  type: WorkflowType;
  quality: Quality;
  cost: number;
}

/** Everything the service is built from; tests pass a memory store and a temp data folder. */
export interface ServiceDeps {
  config: Config;
  /** Base URL media links point to, e.g. "http://localhost:3000" (the server knows its address). */
  publicUrl: string;
}

/** A stored response for a repeated `Idempotency-Key` (per account), kept for a day. */
export interface IdempotencyStore {
  /**
   * Runs `work` once per (account, key): a repeat returns the first result (or rethrows the first
   * error's 4xx answer) without running `work` again; concurrent repeats wait for the first.
   * A different request body under the same key is a 409 conflict (`fingerprint` differs).
   */
  once<T>(accountId: string, key: string, fingerprint: string, work: () => Promise<T>): Promise<T>;
}

/** What the HTTP face needs from the service: who is calling, and that caller's API. */
export interface ServiceHost {
  /** Resolves a Bearer API key or a session cookie token; null when neither is valid (→ 401). */
  authenticate(credential: { apiKey?: string; sessionToken?: string }): Promise<Caller | null>;
  /**
   * Exchanges a valid API key for a web session (its token goes into the HTTP-only cookie); null
   * when the key is not valid. Sign-out ends the session; true when there was one.
   */
  startSession(apiKey: string): Promise<{ token: string; expiresAt: string } | null>;
  endSession(token: string): Promise<boolean>;
  /** The caller's view of the API (plan checks — API access, reserved workflows — happen inside). */
  forAccount(caller: Caller): import('../contract/interface.ts').CinematicAds;
  /** Operations that need no account: health, models status, the OpenAPI document. */
  readonly public: Pick<import('../contract/interface.ts').CinematicAds, 'getHealth' | 'getModelsStatus' | 'getOpenapiDocument'>;
  /** A finished file behind a signed, expiring media URL; null when the signature is bad or expired (→ 404). */
  openMedia(path: string, query: URLSearchParams): Promise<{ file: string; contentType: string; size: number } | null>;
  /** Resumes or refunds jobs left running by a previous process, then starts the queue. */
  start(): Promise<void>;
  close(): Promise<void>;
}
