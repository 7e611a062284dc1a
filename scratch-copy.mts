import { resolveBrief } from './src/studio/brief.ts';
import { writeScript } from './src/studio/copy/write-script.ts';
const base = { brand: { name: 'Drift', industry: 'outdoor apparel', tone: 'playful, bold', targetAudience: 'city cyclists' },
  source: { title: 'Drift Packable Rain Jacket', price: '$79', claims: ['Packs into its own pocket', 'Fully taped seams', 'Weighs 190 g'] } };
const fw = process.argv[2];
const only = process.argv[3];
for (const [type, extra] of [['influencer', {}], ['avatar', {}], ['factory', { url: 'https://drift.example/jacket' }], ['brand', {}], ['cinematic', { seasonal: 'ramadan' }], ['clone', { url: 'https://x.example' }], ['staticad', {}]] as const) {
  if (only && !only.split(',').includes(type)) continue;
  const s = await writeScript(resolveBrief({ type, concept: 'A rain jacket that disappears into your pocket', ...base, ...extra, ...(fw && fw !== '-' ? { framework: fw } : {}) }));
  for (const v of s.variants) {
    console.log(`\n== ${type} ${v.id} [${s.framework}] angle=${v.angle} hook="${v.hook}" headline="${v.headline}" cta="${v.cta}"`);
    for (const b of v.beats) console.log(`  ${b.start.toFixed(1)}-${b.end.toFixed(1)} ${b.stage}: [${b.onScreen}] ${b.voiceOver}`);
  }
}
