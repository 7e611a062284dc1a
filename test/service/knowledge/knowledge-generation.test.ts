import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRecord } from '../../../src/service/jobs/job-record.ts';
import { jobStoreKeys } from '../../../src/service/jobs/job-store-keys.ts';
import type { Manifest } from '../../../src/studio/manifest.ts';
import { docxDocument } from '../../fixtures/documents/docx-document.ts';
import { collectEvents, type ServiceFixture, startService, tempDataDir } from '../service-fixture.ts';

const temp = tempDataDir('knowledge-generation');
let fixture: ServiceFixture;
beforeAll(async () => {
  fixture = await startService(temp.dir);
});
afterAll(async () => {
  await fixture.service.close();
  temp.cleanup();
});

/** Every line a script would say or show, as one text. */
function scriptText(script: unknown): string {
  return JSON.stringify(script);
}

describe('generations draw facts from the knowledge base', () => {
  it('a fact that exists only in an uploaded document reaches the script, and the manifest records the passage', async () => {
    const { api } = await fixture.account({ credits: 5 });
    await api.saveBrand({ name: 'Aurora Kettles', industry: 'kitchenware', targetAudience: 'tea lovers' });
    const docx = await docxDocument([
      'Aurora Kettles brand book',
      'Every Aurora kettle is hand-glazed by Mabel Ferncastle.',
      'Our delivery vans run on biodiesel made from used cooking oil.',
    ]);
    const source = await api.uploadKnowledgeFile({ file: new File([docx], 'brand-book.docx') });
    expect(source).toMatchObject({ status: 'indexed', filename: 'brand-book.docx' });

    const { jobId } = await api.launchWorkflow({ type: 'staticad', concept: 'Aurora kettle for slow Sunday mornings' });
    const stored = await fixture.store.get<JobRecord>(jobStoreKeys.job(jobId));
    expect(stored?.brief.knowledge).toContainEqual(expect.objectContaining({ source: 'brand-book.docx', text: expect.stringContaining('Mabel Ferncastle') }));

    const events = await collectEvents(api, jobId);
    expect(events.at(-1)).toMatchObject({ event: 'result', data: { success: true } });
    const folder = join(temp.dir, 'jobs', jobId);
    const script = JSON.parse(await readFile(join(folder, 'script.json'), 'utf8')) as { variants: unknown[] };
    expect(scriptText(script.variants)).toContain('Ferncastle');
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.knowledgeUsed).toContainEqual(expect.objectContaining({ source: 'brand-book.docx', excerpt: expect.stringContaining('Mabel Ferncastle') }));
  });

  it("never draws on another account's knowledge", async () => {
    const owner = await fixture.account();
    await owner.api.uploadKnowledgeFile({ file: new File(['Zephyrine blenders are assembled in Tromsø.'], 'secret.txt') });
    const other = await fixture.account({ credits: 2 });
    await other.api.saveBrand({ name: 'Zephyrine' });
    const { jobId } = await other.api.launchWorkflow({ type: 'staticad', concept: 'Zephyrine blenders' });
    await other.api.cancelWorkflow({ jobId });
    const stored = await fixture.store.get<JobRecord>(jobStoreKeys.job(jobId));
    expect(stored?.brief.knowledge).toEqual([]);
  });
});
