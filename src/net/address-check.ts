import { classifyAddress } from './address-class.ts';
import { isPrivateAllowed } from './private-allow-list.ts';
import type { AddressClass } from './address-class.ts';
import type { PrivateAllowance } from './private-allow-list.ts';

/** Verdict on one address the connection might use. */
export type AddressVerdict = { allowed: true; address: string } | { allowed: false; address: string; refused: AddressClass };

/**
 * Public unicast addresses pass; anything else passes only when the policy's `allowPrivateFor`
 * names it (and its port), so a loopback test server never opens the door to the rest of 127/8.
 */
export function checkAddress(address: string, port: number, allowances: readonly PrivateAllowance[]): AddressVerdict {
  const verdict = classifyAddress(address);
  if (verdict.public || (verdict.range !== 'invalid' && isPrivateAllowed(address, port, allowances))) {
    return { allowed: true, address: verdict.address };
  }
  return { allowed: false, address: verdict.address, refused: verdict };
}
