import { describe, expect, it } from 'vitest';
import { archiveFileName, projectFolderName } from '../../../src/service/exports/archive-names.ts';
import { projectMetadata } from '../../../src/service/exports/project-metadata.ts';
import type { JobRecord } from '../../../src/service/jobs/job-record.ts';
import type { Project } from '../../../src/contract/schemas/projects.ts';

const job: JobRecord = {
  id: 'wf_AAAAAAAAAAAAAAAAAAAA',
  accountId: 'acct_1',
  type: 'clone',
  quality: 'standard',
  brief: {
    type: 'clone',
    quality: 'standard',
    url: 'https://shop.example.com/kettle',
    formats: ['9:16'],
    framework: 'aida',
    models: {},
    brand: { name: 'Maison' },
    knowledge: [],
    source: { title: 'Kettle', images: ['https://shop.example.com/k.jpg', '/srv/cinematicads/jobs/wf_AAAAAAAAAAAAAAAAAAAA/.source/0.jpg'] },
  },
  cost: 2,
  refunded: 2,
  formats: ['9:16'],
  hitl: false,
  status: 'failed',
  progress: 40,
  steps: [],
  artifacts: [],
  result: { success: false, error: 'The render failed', refunded: 2 },
  endReason: 'The render failed',
  interruptions: 0,
  settled: true,
  createdAt: '2025-06-01T10:00:00.000Z',
  launchIndex: 1,
  updatedAt: '2025-06-01T10:01:00.000Z',
};
const project = { jobId: job.id } as Project;

describe('projectMetadata', () => {
  it('names page images by URL only, never by a path on this server', () => {
    const metadata = projectMetadata(job, project, { media: [], documents: [] }, '2025-06-02T00:00:00.000Z');
    expect(JSON.stringify(metadata)).not.toContain('/srv/');
    expect(metadata.brief).toMatchObject({ source: { images: ['https://shop.example.com/k.jpg'] } });
  });

  it('says why a project failed and what it cost once refunded', () => {
    expect(projectMetadata(job, project, { media: [], documents: [] }, '2025-06-02T00:00:00.000Z')).toMatchObject({
      status: 'failed',
      reason: 'The render failed',
      credits: { cost: 2, refunded: 2, spent: 0 },
      timestamps: { createdAt: job.createdAt, updatedAt: job.updatedAt },
      result: { success: false, error: 'The render failed' },
      files: [],
    });
  });

  it('points a result at the files inside the archive', () => {
    const done: JobRecord = { ...job, status: 'completed', result: { success: true, videoUrl: `/media/${job.id}/video-9x16.mp4`, duration: 15, summary: 'one video' } };
    expect(projectMetadata(done, project, { media: [], documents: [] }, '2025-06-02T00:00:00.000Z')).toMatchObject({ result: { videoUrl: 'media/video-9x16.mp4' } });
  });
});

describe('archive names', () => {
  it('folds a project name into a short, safe folder name that keeps projects apart', () => {
    expect(projectFolderName(job.id, job.createdAt, 'Crème brûlée — the "perfect" dessert / at home?')).toBe(
      `2025-06-01_creme-brulee-the-perfect-dessert-at-home_${job.id}`,
    );
    expect(projectFolderName(job.id, job.createdAt, '../../etc/passwd')).toBe(`2025-06-01_etc-passwd_${job.id}`);
    expect(projectFolderName(job.id, job.createdAt, '日本語')).toBe(`2025-06-01_${job.id}`);
    expect(archiveFileName(new Date('2025-06-02T23:00:00Z'))).toBe('cinematicads-projects-2025-06-02.zip');
  });
});
