import { launchResponse } from '../schemas/launch-response.ts';
import { launchRequest } from '../schemas/launch.ts';
import { jobTransition, reviewRequest } from '../schemas/review.ts';
import { workflowEvent } from '../schemas/workflow-events.ts';
import { jobParams, jobQuery, workflowJob } from '../schemas/workflow-job.ts';
import { defaultRateLimits } from '../rate-classes.ts';
import { workflowCatalog, workflowTypes } from '../workflow-catalog.ts';
import { defineOperation } from './operation-definition.ts';

/** Written from the catalog so the prices a model reads cannot drift from the prices charged. */
const priceList = workflowTypes
  .map((type) => {
    const { name, tiers } = workflowCatalog[type];
    return `${type} (${name}) ${tiers.standard.cost}/${tiers.premium.cost}`;
  })
  .join(', ');

const typeGuide = workflowTypes.map((type) => `${type}: ${workflowCatalog[type].summary}`).join(' ');

export const launchWorkflow = defineOperation({
  name: 'launch_workflow',
  method: 'POST',
  path: '/api/workflow',
  auth: true,
  rateClass: 'launch',
  spendsCredits: true,
  input: { body: launchRequest },
  output: launchResponse,
  response: { kind: 'json' },
  envelope: 'top-level',
  errors: ['unavailable'],
  summary: 'Launch a workflow: a video ad, static ad or ad analysis',
  description:
    'Starts a creative workflow and answers at once with its jobId (async, the default). ' +
    `Pick the type by deliverable. ${typeGuide} ` +
    'clone and factory need a url; cinematic and brand need a concept; the others need a concept or a url. ' +
    `Credits, standard/premium: ${priceList}. They are debited at launch and refunded automatically if the job fails; ` +
    'a short balance answers 402 and launches nothing. A job takes a few minutes: follow it with get_workflow_stream or ' +
    'poll get_workflow rather than async:false, which holds the request open until the end. ' +
    'Set hitl to pause after art direction for review_workflow. Send an Idempotency-Key header to retry without paying twice. ' +
    `Launches are rate limited (${defaultRateLimits.launch.limit} per hour by default); for many jobs at once use launch_batch.`,
  tags: ['Workflows'],
  source: 'seed',
  examples: {
    request: { type: 'cinematic', concept: 'Luxury perfume ad with golden tones', quality: 'premium', formats: '9:16,1:1', async: true },
    response: { success: true, jobId: 'wf_abc123xyz', message: 'Workflow queued', cost: 2 },
  },
});

// Registered before get_workflow: a router matching in order must not read "stream" as a job id.
export const getWorkflowStream = defineOperation({
  name: 'get_workflow_stream',
  method: 'GET',
  path: '/api/workflow/stream',
  auth: true,
  rateClass: 'stream',
  spendsCredits: false,
  input: { query: jobQuery },
  output: workflowEvent,
  response: { kind: 'sse', contentType: 'text/event-stream' },
  envelope: 'none',
  errors: ['not_found', 'unavailable'],
  summary: 'Follow a job live (Server-Sent Events)',
  description:
    'Streams a job as Server-Sent Events: step (a step started or ended, with the job progress), progress, ' +
    'suspended (waiting for review_workflow) and, last, result — videoUrl, duration and videos per format on success; ' +
    'error and refunded credits on failure — after which the stream closes. Every event carries an id: reconnect with ' +
    'Last-Event-ID to replay what was missed; a stream opened after the job ended replays its history and result. ' +
    `Free, but connections are rate limited (${defaultRateLimits.stream.limit} per hour by default): ` +
    'open one per job and keep it, or poll get_workflow.',
  tags: ['Workflows'],
  source: 'seed',
  examples: {
    response:
      'event: step\ndata: {"step":"art_direction","status":"completed","progress":20}\n\n' +
      'event: step\ndata: {"step":"video_generation","status":"completed","progress":60}\n\n' +
      'event: result\ndata: {"success":true,"videoUrl":"https://...","duration":15}\n\n',
  },
});

export const getWorkflow = defineOperation({
  name: 'get_workflow',
  method: 'GET',
  path: '/api/workflow/:jobId',
  auth: true,
  rateClass: 'default',
  spendsCredits: false,
  input: { params: jobParams },
  output: workflowJob,
  response: { kind: 'json' },
  envelope: 'data',
  errors: ['not_found'],
  summary: "Get a job's state, steps, artifacts and result",
  description:
    "Returns a job's state, the steps reached, the files produced so far and, once it has ended, its result. " +
    'Use it to poll when a stream is not practical (every few seconds is plenty), to read the storyboard artifact of a ' +
    'suspended job before review_workflow, or to look a job up later. Free and instant.',
  tags: ['Workflows'],
  source: 'ext',
});

export const reviewWorkflow = defineOperation({
  name: 'review_workflow',
  method: 'POST',
  path: '/api/workflow/:jobId/review',
  auth: true,
  rateClass: 'default',
  spendsCredits: false,
  input: { params: jobParams, body: reviewRequest },
  output: jobTransition,
  response: { kind: 'json' },
  envelope: 'data',
  errors: ['not_found', 'conflict'],
  summary: 'Approve, revise or reject a job waiting for review',
  description:
    'Answers a job suspended for human review (launched with hitl: true; its stream sent "suspended"). ' +
    'approve renders the storyboard as is, with edits applied if given; revise redoes art direction following the notes ' +
    '(and edits) and pauses again for review; reject ends the job and refunds its credits. ' +
    'Read the storyboard first with get_workflow (artifact kind "storyboard"). Free; 409 when the job is not suspended.',
  tags: ['Workflows'],
  source: 'ext',
});

export const cancelWorkflow = defineOperation({
  name: 'cancel_workflow',
  method: 'POST',
  path: '/api/workflow/:jobId/cancel',
  auth: true,
  rateClass: 'default',
  spendsCredits: false,
  input: { params: jobParams },
  output: jobTransition,
  response: { kind: 'json' },
  envelope: 'data',
  errors: ['not_found', 'conflict'],
  summary: 'Cancel a queued, running or suspended job',
  description:
    'Stops a job that has not ended and refunds the credits of what was not delivered. ' +
    'Use it when a launch was a mistake or is no longer needed; to steer a suspended job instead, use review_workflow. ' +
    'Free; 409 when the job has already ended.',
  tags: ['Workflows'],
  source: 'ext',
});

export const workflowOperations = [launchWorkflow, getWorkflowStream, getWorkflow, reviewWorkflow, cancelWorkflow] as const;
