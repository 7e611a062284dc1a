/**
 * The public surface of the contract: everything the service, the client, the REST router, the
 * MCP tools and the docs need. Deep imports work too, but this list is what we keep stable.
 */

// Errors and validation
export { CinematicAdsError, errorCodes, insufficientCredits } from './errors.ts';
export type { ErrorCode, WireError } from './errors.ts';
export { describeZodError, parseOrThrow } from './validation.ts';

// Workflow catalog
export {
  costOf,
  deliverableKinds,
  formatSizes,
  formats,
  frameworks,
  outputKinds,
  qualities,
  seasons,
  stepIds,
  workflowCatalog,
  workflowTypes,
} from './workflow-catalog.ts';
export type {
  DeliverableKind,
  Format,
  Framework,
  OutputKind,
  Quality,
  Season,
  StepId,
  StepPlan,
  TierSpec,
  WorkflowSpec,
  WorkflowType,
} from './workflow-catalog.ts';

// The operation table and what derives from it
export { findOperation, operations, operationsByName } from './operations.ts';
export type {
  AnyOperation,
  ArgsOf,
  BinaryResponse,
  OperationArgs,
  OperationName,
  OperationOf,
  OperationResult,
  ResultOf,
} from './operations.ts';
export { defineOperation } from './operations/operation-definition.ts';
export type {
  Envelope,
  HttpMethod,
  OperationDefinition,
  OperationInput,
  OperationResponse,
  OperationSource,
} from './operations/operation-definition.ts';
export { operationErrors } from './operation-errors.ts';
export { fillPath, parseOperationInput, splitOperationArgs } from './operation-args.ts';
export type { WireInput } from './operation-args.ts';
export { methodNameOf } from './method-names.ts';
export type { MethodNameOf } from './method-names.ts';
export type { CallOptions, CinematicAds, CinematicAdsMethod, MethodOf, SpendOptions, StreamOptions } from './interface.ts';
export { buildOpenApiDocument } from './openapi.ts';
export type { OpenApiOptions } from './openapi.ts';

// Wire conventions
export { defaultRateLimits, rateClasses } from './rate-classes.ts';
export type { RateClass, RateLimit } from './rate-classes.ts';
export { sessionCookieName, wireHeaders } from './wire-headers.ts';
export { defaultSignatureToleranceSeconds, signWebhook, verifyWebhookSignature, webhookHeaders } from './webhook-signature.ts';
export type { SignatureInput } from './webhook-signature.ts';
export { dataEnvelope, errorEnvelope, topLevelEnvelope } from './schemas/envelope.ts';

// Schemas: shared pieces
export { apiKeyId, batchId, jobId, knowledgeSourceId, webhookId } from './schemas/ids.ts';
export { calendarDate, timestamp } from './schemas/dates.ts';
export { httpUrl, httpsUrl } from './schemas/urls.ts';

// Schemas: workflows and batches
export { checkWorkflowRequirements, launchFields, launchRequest, modelSelection, parseFormats } from './schemas/launch.ts';
export type { LaunchInput, LaunchRequest } from './schemas/launch.ts';
export { launchResponse } from './schemas/launch-response.ts';
export type { LaunchResponse } from './schemas/launch-response.ts';
export {
  jobArtifact,
  jobParams,
  jobQuery,
  jobState,
  jobStates,
  jobStep,
  progressPercent,
  stepId,
  stepState,
  stepStatuses,
  workflowJob,
} from './schemas/workflow-job.ts';
export type { JobState, WorkflowJob } from './schemas/workflow-job.ts';
export { imageRendition, videoRendition, workflowFailure, workflowResult, workflowSuccess } from './schemas/workflow-result.ts';
export type { ImageRendition, VideoRendition, WorkflowResult } from './schemas/workflow-result.ts';
export {
  progressEventData,
  stepEventData,
  suspendedEventData,
  workflowEvent,
  workflowEventTypes,
} from './schemas/workflow-events.ts';
export type { WorkflowEvent, WorkflowEventType } from './schemas/workflow-events.ts';
export { jobTransition, reviewActions, reviewRequest } from './schemas/review.ts';
export type { ReviewAction, ReviewRequest } from './schemas/review.ts';
export { paletteRoles, sceneEdit, storyboardEdits } from './schemas/storyboard-edits.ts';
export type { StoryboardEdits } from './schemas/storyboard-edits.ts';
export { batchLaunched, batchRequest, batchStatus, batchStatusQuery, batchWorkflow, maxBatchSize } from './schemas/batch.ts';
export type { BatchRequest } from './schemas/batch.ts';

// Schemas: account
export { creditBalance } from './schemas/credits.ts';
export type { CreditBalance } from './schemas/credits.ts';
export { statsQuery, userStats } from './schemas/stats.ts';
export type { UserStats } from './schemas/stats.ts';
export { analyticsPeriods, analyticsQuery, userAnalytics } from './schemas/analytics.ts';
export type { AnalyticsPeriod, UserAnalytics } from './schemas/analytics.ts';
export { project, projectList } from './schemas/projects.ts';
export type { Project } from './schemas/projects.ts';
export { apiKey, apiKeyList, createApiKeyRequest, createdApiKey, revokeApiKeyQuery, revokedApiKey } from './schemas/api-keys.ts';

// Schemas: brand and knowledge
export { brandColors, brandProfile, storedBrandProfile } from './schemas/brand.ts';
export type { BrandColors, BrandProfile, StoredBrandProfile } from './schemas/brand.ts';
export {
  deletedKnowledgeSource,
  knowledgePassage,
  knowledgeSearchQuery,
  knowledgeSearchResult,
  knowledgeSource,
  knowledgeSourceKinds,
  knowledgeSourceList,
  knowledgeSourceParams,
  knowledgeUrlRequest,
} from './schemas/knowledge.ts';
export { isKnowledgeFileType, knowledgeFileTypes, knowledgeFileUpload, maxKnowledgeFileBytes } from './schemas/knowledge-file.ts';

// Schemas: webhooks
export {
  createWebhookRequest,
  createdWebhook,
  deleteWebhookQuery,
  deletedWebhook,
  deliveriesQuery,
  deliveryStates,
  webhook,
  webhookDelivery,
  webhookDeliveryList,
  webhookEventType,
  webhookEventTypes,
  webhookList,
  webhookParams,
} from './schemas/webhooks.ts';
export type { WebhookEventType } from './schemas/webhooks.ts';
export { webhookPayload } from './schemas/webhook-payload.ts';
export type { WebhookPayload } from './schemas/webhook-payload.ts';

// Schemas: platform
export { capabilityModes, capabilityNames, exportVideoQuery, health, modelsStatus, openApiDocument } from './schemas/platform.ts';
export type { CapabilityName } from './schemas/platform.ts';
