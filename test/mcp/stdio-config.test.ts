import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

describe('MCP settings from the environment', () => {
  it('reads toolsets, read-only mode and the /mcp allow-lists', () => {
    const config = loadConfig({
      CINEMATICADS_DATA: '/tmp/x',
      CINEMATICADS_MCP_TOOLSETS: 'account, brand',
      CINEMATICADS_MCP_READ_ONLY: 'true',
      CINEMATICADS_MCP_ALLOWED_HOSTS: 'ads.example.com',
      CINEMATICADS_MCP_ALLOWED_ORIGINS: 'https://app.example.com',
    });
    expect(config.mcp).toEqual({ toolsets: ['account', 'brand'], readOnly: true, allowedHosts: ['ads.example.com'], allowedOrigins: ['https://app.example.com'] });
    expect(loadConfig({ CINEMATICADS_DATA: '/tmp/x' }).mcp).toBeUndefined();
    expect(loadConfig({ CINEMATICADS_DATA: '/tmp/x', CINEMATICADS_MCP_READ_ONLY: 'no' }).mcp).toEqual({ readOnly: false });
  });

  it('refuses an unknown toolset or an unclear read-only value, naming the setting', () => {
    expect(() => loadConfig({ CINEMATICADS_DATA: '/tmp/x', CINEMATICADS_MCP_TOOLSETS: 'account,videos' })).toThrow(
      /mcp\.toolsets\.1: must be one of workflows, batches, account, brand, knowledge, webhooks, platform/,
    );
    expect(() => loadConfig({ CINEMATICADS_DATA: '/tmp/x', CINEMATICADS_MCP_READ_ONLY: 'maybe' })).toThrow(/mcp\.readOnly/);
  });
});
