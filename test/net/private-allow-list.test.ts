import { describe, expect, it } from 'vitest';
import { isPrivateAllowed, parsePrivateAllowance } from '../../src/net/private-allow-list.ts';
import type { PrivateAllowance } from '../../src/net/private-allow-list.ts';

function allow(...entries: string[]): PrivateAllowance[] {
  return entries.map((entry) => {
    const parsed = parsePrivateAllowance(entry);
    if (!parsed) throw new Error(`bad entry ${entry}`);
    return parsed;
  });
}

describe('allowPrivateFor entries', () => {
  it.each(['127.0.0.1:8080', '[::1]:8080', '127.0.0.1', '::1', '10.0.0.0/8', 'fd00::/8'])('accepts %s', (entry) => {
    expect(parsePrivateAllowance(entry)).toBeDefined();
  });

  it.each(['localhost:8080', 'intranet', '127.1', '0x7f000001', '127.0.0.1:0', '127.0.0.1:70000', '10.0.0.0/33', ''])('rejects %s', (entry) => {
    expect(parsePrivateAllowance(entry)).toBeUndefined();
  });

  it('matches the address and, when given, the port', () => {
    const list = allow('127.0.0.1:8080', '10.1.0.0/16', '[::1]:9000');
    expect(isPrivateAllowed('127.0.0.1', 8080, list)).toBe(true);
    expect(isPrivateAllowed('127.0.0.1', 8081, list)).toBe(false);
    expect(isPrivateAllowed('127.0.0.2', 8080, list)).toBe(false);
    expect(isPrivateAllowed('10.1.200.3', 22, list)).toBe(true);
    expect(isPrivateAllowed('10.2.0.1', 80, list)).toBe(false);
    expect(isPrivateAllowed('::1', 9000, list)).toBe(true);
    expect(isPrivateAllowed('::ffff:127.0.0.1', 8080, list)).toBe(true);
    expect(isPrivateAllowed('127.0.0.1', 8080, [])).toBe(false);
  });
});
