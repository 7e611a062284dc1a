import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { workflowCatalog, workflowTypes } from '../src/contract/workflow-catalog.ts';

const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');

it('the README price table matches the workflow catalog', () => {
  for (const type of workflowTypes) {
    const { name, tiers } = workflowCatalog[type];
    expect(readme).toContain(`| \`${type}\` | ${name} | ${tiers.standard.cost} | ${tiers.premium.cost} |`);
  }
});

it('the README shows the two set-up commands and every picture it links exists', () => {
  expect(readme).toContain('npm ci && npm start');
  expect(readme).toContain('npm test');
  for (const [, path] of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
    expect(() => readFileSync(join(import.meta.dirname, '..', path!))).not.toThrow();
  }
});
