import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpPrompts } from '../../prompts/prompt-catalog.ts';
import type { CinematicAds } from '../../src/contract/interface.ts';
import { collectEvents, type ServiceFixture, startService, tempDataDir } from '../service/service-fixture.ts';
import { connectServer, type ServerConnection } from './server-connection.ts';

const data = tempDataDir('mcp-prompts');
let fixture: ServiceFixture;
let api: CinematicAds;
let mcp: ServerConnection;
let jobId: string;

beforeAll(async () => {
  fixture = await startService(data.dir);
  ({ api } = await fixture.account({ credits: 20 }));
  await api.saveBrand({ name: 'Morning Roast', tone: 'warm', colors: { primary: '#c8a24a' } });
  mcp = await connectServer(fixture, api);
  ({ jobId } = await api.launchWorkflow({ type: 'staticad', concept: 'Cold brew for summer', formats: '1:1' }));
  await collectEvents(api, jobId);
}, 120_000);

afterAll(async () => {
  await mcp?.close();
  await fixture?.service.close();
  data.cleanup();
});

/** A value every argument accepts, by what it completes from. */
function sampleArguments(name: string): Record<string, string> {
  const prompt = mcpPrompts().find((candidate) => candidate.name === name);
  const samples: Record<string, string> = {
    workflow_type: 'cinematic',
    workflow_types: 'cinematic,staticad',
    formats: '9:16,1:1',
    quality: 'premium',
    framework: 'pas',
    season: 'eid',
    project_id: jobId,
    batch_size: '5',
    yes_no: 'yes',
  };
  return Object.fromEntries(
    (prompt?.arguments ?? []).map((argument) => [argument.name, argument.complete ? (samples[argument.complete] ?? '') : `https://example.com/${argument.name}`]),
  );
}

async function promptError(name: string, args: Record<string, string>): Promise<McpError> {
  const error = await mcp.client.getPrompt({ name, arguments: args }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(McpError);
  return error as McpError;
}

describe('prompts/list', () => {
  it('lists every prompt file with its title, description and arguments', async () => {
    const { prompts } = await mcp.client.listPrompts();
    expect(prompts.map((prompt) => prompt.name).sort()).toEqual(mcpPrompts().map((prompt) => prompt.name).sort());
    const concept = prompts.find((prompt) => prompt.name === 'cinematic_ad_from_concept');
    expect(concept?.title).toBe('Cinematic ad from a concept');
    expect(concept?.arguments).toEqual(
      expect.arrayContaining([
        { name: 'concept', description: expect.stringContaining('creative concept'), required: true },
        { name: 'quality', description: expect.stringContaining('premium'), required: false },
      ]),
    );
  });
});

describe('prompts/get', () => {
  it.each(mcpPrompts().map((prompt) => prompt.name))('renders %s with every argument, naming tools and attaching what it asks for', async (name) => {
    const args = sampleArguments(name);
    const result = await mcp.client.getPrompt({ name, arguments: args });
    const [first, ...attachments] = result.messages;
    expect(first?.role).toBe('user');
    const text = first?.content.type === 'text' ? first.content.text : '';
    expect(text).not.toMatch(/\{\{/);
    expect(text).toMatch(/`[a-z]+_[a-z_]+`/);
    const required = mcpPrompts()
      .find((prompt) => prompt.name === name)
      ?.arguments.filter((argument) => argument.required);
    for (const argument of required ?? []) expect(text, argument.name).toContain(args[argument.name]);

    const prompt = mcpPrompts().find((candidate) => candidate.name === name);
    const expectedUris = [
      ...(prompt?.attach ?? []).map((kind) => ({ brand: 'cinematicads://brand', knowledge: 'cinematicads://brand/knowledge', credits: 'cinematicads://credits' })[kind]),
      ...(prompt?.arguments.some((argument) => argument.complete === 'project_id') ? [`cinematicads://projects/${jobId}`] : []),
    ];
    const uris = attachments.map((message) => (message.content.type === 'resource' ? message.content.resource.uri : message.content.type));
    expect(uris).toEqual(expectedUris);
  });

  it('fills optional parts only when given, and attaches the current brand', async () => {
    const bare = await mcp.client.getPrompt({ name: 'cinematic_ad_from_concept', arguments: { concept: 'Golden hour perfume' } });
    const bareText = bare.messages[0]?.content.type === 'text' ? bare.messages[0].content.text : '';
    expect(bareText).toContain('"quality":"standard"');
    expect(bareText).not.toContain('framework:');

    const full = await mcp.client.getPrompt({ name: 'cinematic_ad_from_concept', arguments: { concept: 'Golden hour perfume', quality: 'premium', framework: 'sb7' } });
    const fullText = full.messages[0]?.content.type === 'text' ? full.messages[0].content.text : '';
    expect(fullText).toContain('"quality":"premium"');
    expect(fullText).toContain('`framework: "sb7"`');

    const brand = full.messages.find((message) => message.content.type === 'resource' && message.content.resource.uri === 'cinematicads://brand');
    const brandText = brand?.content.type === 'resource' && 'text' in brand.content.resource ? String(brand.content.resource.text) : '';
    expect(JSON.parse(brandText)).toMatchObject({ name: 'Morning Roast', tone: 'warm' });
  });

  it('optimize_existing_ad attaches the project with its script and storyboard', async () => {
    const result = await mcp.client.getPrompt({ name: 'optimize_existing_ad', arguments: { project_id: jobId, goal: 'more clicks' } });
    const project = result.messages.find((message) => message.content.type === 'resource');
    const text = project?.content.type === 'resource' && 'text' in project.content.resource ? String(project.content.resource.text) : '{}';
    const document = JSON.parse(text);
    expect(document.job).toMatchObject({ jobId, status: 'completed' });
    expect(document.script).toBeTruthy();
    expect(document.storyboard).toBeTruthy();
  });

  it('refuses bad arguments with a sentence naming them', async () => {
    const missing = await promptError('cinematic_ad_from_concept', {});
    expect(missing.code).toBe(-32602);
    expect(missing.message).toMatch(/is required at concept/);

    const badQuality = await promptError('cinematic_ad_from_concept', { concept: 'x', quality: 'deluxe' });
    expect(badQuality.message).toMatch(/"deluxe" is not one of standard, premium/);

    const badFormats = await promptError('product_url_to_multiformat', { url: 'https://shop.example/p', formats: '9:16,4:3' });
    expect(badFormats.message).toMatch(/"4:3" is not one of 9:16, 1:1, 16:9/);

    const badId = await promptError('optimize_existing_ad', { project_id: '../etc/passwd' });
    expect(badId.message).toMatch(/job id/);
  });

  it('refuses an unknown or another account\'s project as invalid params, not a server fault', async () => {
    expect((await promptError('optimize_existing_ad', { project_id: 'wf_unknownjob000000000' })).code).toBe(-32602);
    const { api: other } = await fixture.account();
    const stranger = await connectServer(fixture, other);
    try {
      const error = await stranger.client.getPrompt({ name: 'optimize_existing_ad', arguments: { project_id: jobId } }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(McpError);
      expect((error as McpError).code).toBe(-32602);
    } finally {
      await stranger.close();
    }
  });
});

describe('completion of prompt arguments', () => {
  const complete = async (name: string, argument: string, value: string) =>
    (await mcp.client.complete({ ref: { type: 'ref/prompt', name }, argument: { name: argument, value } })).completion.values;

  it('completes closed lists from the workflow catalog', async () => {
    expect(await complete('cinematic_ad_from_concept', 'quality', 'p')).toEqual(['premium']);
    expect(await complete('cinematic_ad_from_concept', 'framework', '')).toEqual(['pas', 'aida', 'sb7', 'cialdini', 'uvp', 'bant']);
    expect(await complete('cinematic_ad_from_concept', 'seasonal', 'r')).toEqual(['ramadan']);
    expect(await complete('product_url_to_multiformat', 'include_static', '')).toEqual(['yes', 'no']);
    expect(await complete('weekly_campaign_batch', 'ads', '2')).toEqual(['2', '20']);
  });

  it('completes the last item of a comma-separated list, skipping ones already chosen', async () => {
    expect(await complete('cinematic_ad_from_concept', 'formats', '')).toEqual(['9:16', '1:1', '16:9']);
    expect(await complete('cinematic_ad_from_concept', 'formats', '9:16,')).toEqual(['9:16,1:1', '9:16,16:9']);
    expect(await complete('weekly_campaign_batch', 'workflow_types', 'cinematic, st')).toEqual(['cinematic,staticad']);
  });

  it('completes project ids from the account', async () => {
    expect(await complete('optimize_existing_ad', 'project_id', '')).toEqual([jobId]);
    expect(await complete('optimize_existing_ad', 'project_id', 'cold brew')).toEqual([jobId]);
    expect(await complete('optimize_existing_ad', 'project_id', 'zzz')).toEqual([]);
  });

  it('offers nothing for free-text arguments', async () => {
    expect(await complete('cinematic_ad_from_concept', 'concept', 'Gold')).toEqual([]);
  });
});
