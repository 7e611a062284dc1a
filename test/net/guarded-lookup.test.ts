import { describe, expect, it } from 'vitest';
import { createGuardedLookup } from '../../src/net/guarded-lookup.ts';
import type { LookupOptions } from 'node:dns';
import type { Destination } from '../../src/net/destination.ts';

const destination: Destination = {
  url: new URL('https://shop.test/'),
  hostname: 'shop.test',
  port: 443,
  addresses: ['203.0.113.7', '2001:db8::7'],
};

function lookup(hostname: string, options: LookupOptions): Promise<{ error: Error | null; address: unknown; family?: number }> {
  return new Promise((resolve) => {
    createGuardedLookup(destination)(hostname, options, (error, address, family) => resolve({ error, address, family }));
  });
}

describe('createGuardedLookup', () => {
  it('answers with the checked addresses only, in the shape node asks for', async () => {
    expect(await lookup('shop.test', { all: true })).toMatchObject({
      error: null,
      address: [
        { address: '203.0.113.7', family: 4 },
        { address: '2001:db8::7', family: 6 },
      ],
    });
    expect(await lookup('shop.test', {})).toMatchObject({ error: null, address: '203.0.113.7', family: 4 });
    expect(await lookup('shop.test', { family: 6 })).toMatchObject({ error: null, address: '2001:db8::7', family: 6 });
  });

  it('refuses to answer for any other name', async () => {
    const { error } = await lookup('metadata.google.internal', { all: true });
    expect(error?.message).toContain('was not checked');
  });
});
