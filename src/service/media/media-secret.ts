import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file in the data folder that keeps the media signing key across restarts. */
export const mediaSecretFileName = 'media-secret';

/**
 * The key media URLs are signed with: the configured one, else the one kept in the data folder,
 * created on first use (owner-only permissions). Kept, not regenerated, so links handed out
 * before a restart still work after it. Synchronous: it runs once, while the service is built.
 */
export function loadMediaSecret(dataDir: string, configured?: string): Buffer {
  if (configured) return Buffer.from(configured, 'utf8');
  const file = join(dataDir, mediaSecretFileName);
  const existing = readSecret(file);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true });
  try {
    // `wx`: two processes starting together on one folder must end up with the same key.
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const created = readSecret(file);
  if (!created) throw new Error(`The media signing key in ${file} is empty or unreadable`);
  return created;
}

function readSecret(file: string): Buffer | undefined {
  try {
    const text = readFileSync(file, 'utf8').trim();
    return text ? Buffer.from(text, 'utf8') : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
