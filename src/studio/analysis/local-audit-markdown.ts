import type { LocalAudit } from './local-audit.ts';

const marks = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' } as const;

/** The audit as Markdown: score, a table of checks with reasons, and the fixes in order. */
export function localAuditToMarkdown(audit: LocalAudit): string {
  const lines = [
    `# Local presence audit — ${audit.business}`,
    '',
    `**Score:** ${audit.score}/100 (grade ${audit.grade})${audit.url ? ` · ${audit.url}` : ''}`,
    '',
    '| Check | Result | Why |',
    '|---|---|---|',
    ...audit.checks.map((c) => `| ${c.label} | ${marks[c.status]} | ${c.reason.replace(/\|/g, '\\|')} |`),
    '',
  ];
  if (audit.fixes.length > 0) lines.push('## Fixes, most valuable first', '', ...audit.fixes.map((f) => `${f.priority}. **${f.check}** (${f.impact} impact): ${f.fix}`), '');
  lines.push(`_Signals read: ${audit.signalsRead.length > 0 ? audit.signalsRead.join(', ') : 'none'}._`, '');
  return lines.join('\n');
}
