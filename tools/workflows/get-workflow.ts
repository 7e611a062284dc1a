import { z } from 'zod';
import { jobId } from '../../src/contract/schemas/ids.ts';
import { workflowJob } from '../../src/contract/schemas/workflow-job.ts';
import { defineTool } from '../tool-definition.ts';
import { embeddedImages, jobLinks } from './job-links.ts';
import { nextStepFor, outcomeOf, summaryOf } from './job-outcome.ts';
import { embedImages } from './wait-fields.ts';

export const getWorkflowTool = defineTool({
  name: 'get_workflow',
  operation: 'get_workflow',
  toolset: 'workflows',
  title: 'Check a job',
  description:
    "Returns a job's state at once: status, progress, steps, files so far (the storyboard while paused for review) and, once " +
    'ended, its result with links. To wait for the end use follow_workflow. Free and instant.',
  input: z.object({ jobId, embedImages }),
  output: workflowJob,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async handler({ jobId: id, embedImages: embed }, { api, signal, readMedia }) {
    const job = await api.getWorkflow({ jobId: id }, { signal });
    const images = embed ? await embeddedImages(job, readMedia) : [];
    return {
      structured: job,
      summary: `${summaryOf(outcomeOf(job))} ${nextStepFor(job)}`,
      links: jobLinks(job, { storyboard: job.status === 'suspended' }),
      ...(images.length ? { images } : {}),
    };
  },
});
