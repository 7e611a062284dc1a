import { describe, expect, it } from 'vitest';
import { resolveBrief } from '../../../src/studio/brief.ts';
import { auditLocalPresence } from '../../../src/studio/analysis/local-audit.ts';
import { localAuditToMarkdown } from '../../../src/studio/analysis/local-audit-markdown.ts';
import { localSignalKeys } from '../../../src/studio/analysis/local-signals.ts';

const bakery = (source: Record<string, unknown>, url = 'https://crumb.example') =>
  resolveBrief({ type: 'local-audit', url, brand: { name: 'Crumb & Co', industry: 'bakery' }, source });

const complete = {
  title: 'Crumb & Co — Sourdough bakery in Leeds',
  description: 'Fresh sourdough, pastries and coffee baked every morning in Leeds. Order ahead or visit us on Kirkgate.',
  signals: {
    name: 'Crumb & Co',
    address: '14 Kirkgate, Leeds LS1 6BY',
    phone: '0113 496 0000',
    hours: 'Mon–Sat 7:00–16:00',
    rating: 4.7,
    reviewCount: 212,
    https: true,
    hasLocalBusinessSchema: true,
    schemaName: 'Crumb & Co',
    schemaAddress: '14 Kirkgate, Leeds LS1 6BY',
    schemaPhone: '+44 113 496 0000',
    hasMap: true,
    hasContactForm: true,
    hasClickToCall: 'yes',
    hasViewport: true,
  },
};

describe('auditLocalPresence', () => {
  it('passes a complete, consistent listing', () => {
    const audit = auditLocalPresence(bakery(complete));
    expect(audit.checks.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual([]);
    expect(audit.score).toBe(100);
    expect(audit.fixes).toEqual([]);
    expect(audit.signalsRead).toEqual(Object.keys(localSignalKeys));
  });

  it('fails what is missing, warns on inconsistencies, and orders fixes by impact', () => {
    const audit = auditLocalPresence(
      bakery({ title: 'Home', signals: { name: 'Crumb and Co.', schemaName: 'Crumb Bakery Ltd', phone: '496 0000', rating: '4.1', reviewCount: 9 } }, 'http://crumb.example'),
    );
    const status = Object.fromEntries(audit.checks.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({ 'nap-name': 'warn', 'nap-address': 'fail', 'nap-phone': 'pass', hours: 'fail', reviews: 'warn', https: 'fail', title: 'fail', schema: 'fail', map: 'fail' });
    expect(audit.checks.find((c) => c.id === 'nap-name')!.reason).toContain('Crumb Bakery Ltd');
    expect(audit.fixes[0]).toMatchObject({ priority: 1, impact: 'high' });
    expect(audit.fixes.map((f) => f.check).slice(0, 3)).toEqual(expect.arrayContaining(['Address', 'Contact and call to action']));
    const lost = audit.fixes.map((f) => ['high', 'medium', 'low'].indexOf(f.impact));
    expect([...lost].sort((a, b) => a - b)).toEqual(lost);
  });

  it('scores go up as the listing improves', () => {
    const bare = auditLocalPresence(bakery({ title: 'Crumb & Co' }));
    const better = auditLocalPresence(bakery({ ...complete, signals: { ...complete.signals, hasLocalBusinessSchema: false, reviewCount: 10 } }));
    const best = auditLocalPresence(bakery(complete));
    expect(bare.score).toBeLessThan(better.score);
    expect(better.score).toBeLessThan(best.score);
  });

  it('renders Markdown with every check and the fixes', () => {
    const audit = auditLocalPresence(bakery({ title: 'Crumb & Co' }));
    const md = localAuditToMarkdown(audit);
    for (const check of audit.checks) expect(md).toContain(`| ${check.label} |`);
    expect(md).toContain('## Fixes, most valuable first');
    expect(JSON.parse(JSON.stringify(audit))).toEqual(audit);
  });
});
