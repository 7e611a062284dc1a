import type { MethodNameOf } from './method-names.ts';
import type { ArgsOf, OperationName, ResultOf } from './operations.ts';
import type { WorkflowEvent } from './schemas/workflow-events.ts';

export interface CallOptions {
  signal?: AbortSignal;
}

/** For operations that spend credits: a retry with the same key returns the first answer and spends nothing. */
export interface SpendOptions extends CallOptions {
  idempotencyKey?: string;
}

export interface StreamOptions extends CallOptions {
  /** Resume after this event id: the events missed since are replayed first. */
  lastEventId?: string;
}

/**
 * The CinematicAds API for one account, as the in-process service and the HTTP client both
 * implement it: one method per operation of the table (`launch_workflow` → `launchWorkflow`),
 * taking the operation's path, query and body fields as one object. Failures throw
 * CinematicAdsError. Streams fail on first iteration (unknown job, 401…) and end after `result`.
 */
export interface CinematicAds {
  // Workflows
  /** POST /api/workflow — costs credits by type and quality. */
  launchWorkflow(args: ArgsOf<'launch_workflow'>, options?: SpendOptions): Promise<ResultOf<'launch_workflow'>>;
  /** GET /api/workflow/stream — events of a job until its result. */
  getWorkflowStream(args: ArgsOf<'get_workflow_stream'>, options?: StreamOptions): AsyncIterable<WorkflowEvent>;
  /** GET /api/workflow/:jobId */
  getWorkflow(args: ArgsOf<'get_workflow'>, options?: CallOptions): Promise<ResultOf<'get_workflow'>>;
  /** POST /api/workflow/:jobId/review */
  reviewWorkflow(args: ArgsOf<'review_workflow'>, options?: CallOptions): Promise<ResultOf<'review_workflow'>>;
  /** POST /api/workflow/:jobId/cancel */
  cancelWorkflow(args: ArgsOf<'cancel_workflow'>, options?: CallOptions): Promise<ResultOf<'cancel_workflow'>>;

  // Batches
  /** POST /api/batch — costs the sum of the workflows' prices. */
  launchBatch(args: ArgsOf<'launch_batch'>, options?: SpendOptions): Promise<ResultOf<'launch_batch'>>;
  /** GET /api/batch/status */
  getBatchStatus(args: ArgsOf<'get_batch_status'>, options?: CallOptions): Promise<ResultOf<'get_batch_status'>>;

  // Account
  /** GET /api/user/credits */
  getCredits(args?: ArgsOf<'get_credits'>, options?: CallOptions): Promise<ResultOf<'get_credits'>>;
  /** GET /api/user/stats */
  getStats(args?: ArgsOf<'get_stats'>, options?: CallOptions): Promise<ResultOf<'get_stats'>>;
  /** GET /api/user/analytics */
  getAnalytics(args?: ArgsOf<'get_analytics'>, options?: CallOptions): Promise<ResultOf<'get_analytics'>>;
  /** GET /api/user/projects */
  listProjects(args?: ArgsOf<'list_projects'>, options?: CallOptions): Promise<ResultOf<'list_projects'>>;
  /** GET /api/user/projects/export — a ZIP. */
  exportProjects(args?: ArgsOf<'export_projects'>, options?: CallOptions): Promise<ResultOf<'export_projects'>>;

  // API keys
  /** GET /api/user/keys */
  listApiKeys(args?: ArgsOf<'list_api_keys'>, options?: CallOptions): Promise<ResultOf<'list_api_keys'>>;
  /** POST /api/user/keys — the secret is in this result only. */
  createApiKey(args?: ArgsOf<'create_api_key'>, options?: CallOptions): Promise<ResultOf<'create_api_key'>>;
  /** DELETE /api/user/keys?id= */
  revokeApiKey(args: ArgsOf<'revoke_api_key'>, options?: CallOptions): Promise<ResultOf<'revoke_api_key'>>;

  // Brand and knowledge
  /** GET /api/user/brand — null when no profile is set. */
  getBrand(args?: ArgsOf<'get_brand'>, options?: CallOptions): Promise<ResultOf<'get_brand'>>;
  /** POST /api/user/brand */
  saveBrand(args: ArgsOf<'save_brand'>, options?: CallOptions): Promise<ResultOf<'save_brand'>>;
  /** POST /api/user/brand/knowledge/urls */
  addKnowledgeUrl(args: ArgsOf<'add_knowledge_url'>, options?: CallOptions): Promise<ResultOf<'add_knowledge_url'>>;
  /** POST /api/user/brand/knowledge/files — multipart. */
  uploadKnowledgeFile(args: ArgsOf<'upload_knowledge_file'>, options?: CallOptions): Promise<ResultOf<'upload_knowledge_file'>>;
  /** GET /api/user/brand/knowledge */
  listKnowledgeSources(args?: ArgsOf<'list_knowledge_sources'>, options?: CallOptions): Promise<ResultOf<'list_knowledge_sources'>>;
  /** DELETE /api/user/brand/knowledge/:sourceId */
  deleteKnowledgeSource(args: ArgsOf<'delete_knowledge_source'>, options?: CallOptions): Promise<ResultOf<'delete_knowledge_source'>>;
  /** GET /api/user/brand/knowledge/search */
  searchKnowledge(args: ArgsOf<'search_knowledge'>, options?: CallOptions): Promise<ResultOf<'search_knowledge'>>;

  // Webhooks
  /** GET /api/webhooks */
  listWebhooks(args?: ArgsOf<'list_webhooks'>, options?: CallOptions): Promise<ResultOf<'list_webhooks'>>;
  /** POST /api/webhooks — the signing secret is in this result only. */
  createWebhook(args: ArgsOf<'create_webhook'>, options?: CallOptions): Promise<ResultOf<'create_webhook'>>;
  /** DELETE /api/webhooks?id= */
  deleteWebhook(args: ArgsOf<'delete_webhook'>, options?: CallOptions): Promise<ResultOf<'delete_webhook'>>;
  /** GET /api/webhooks/:webhookId/deliveries */
  listWebhookDeliveries(args: ArgsOf<'list_webhook_deliveries'>, options?: CallOptions): Promise<ResultOf<'list_webhook_deliveries'>>;
  /** POST /api/webhooks/:webhookId/deliveries/:deliveryId/redeliver — same body, same webhook-id. */
  redeliverWebhookDelivery(
    args: ArgsOf<'redeliver_webhook_delivery'>,
    options?: CallOptions,
  ): Promise<ResultOf<'redeliver_webhook_delivery'>>;

  // Platform
  /** GET /api/models/status — no authentication. */
  getModelsStatus(args?: ArgsOf<'get_models_status'>, options?: CallOptions): Promise<ResultOf<'get_models_status'>>;
  /** GET /api/health — no authentication. */
  getHealth(args?: ArgsOf<'get_health'>, options?: CallOptions): Promise<ResultOf<'get_health'>>;
  /** GET /api/export?source= — an MP4. */
  exportVideo(args: ArgsOf<'export_video'>, options?: CallOptions): Promise<ResultOf<'export_video'>>;
  /** GET /openapi.json — no authentication. */
  getOpenapiDocument(args?: ArgsOf<'get_openapi_document'>, options?: CallOptions): Promise<ResultOf<'get_openapi_document'>>;
}

export type CinematicAdsMethod = keyof CinematicAds;

/** The method implementing an operation. */
export type MethodOf<N extends OperationName> = MethodNameOf<N>;

// Compile-time guard: the interface has exactly one method per operation, named after it.
type SameKeys<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : false;
type Assert<T extends true> = T;
export type InterfaceMatchesTable = Assert<SameKeys<CinematicAdsMethod, MethodNameOf<OperationName>>>;
