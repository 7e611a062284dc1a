import { readFileSync } from 'node:fs';
const { head } = JSON.parse(readFileSync('/tmp/heap.json', 'utf8'));
const agg = new Map();
(function walk(n, stack) {
  const name = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`;
  const self = n.selfSize;
  if (self) agg.set(name, (agg.get(name) ?? 0) + self);
  for (const c of n.children) walk(c, [...stack, name]);
})(head, []);
const total = [...agg.values()].reduce((a, b) => a + b, 0);
[...agg].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log((v / total * 100).toFixed(1) + '%', (v / 1e6).toFixed(1) + 'MB', k));
