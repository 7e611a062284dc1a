import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2] ?? '/tmp/cpuprof';
const file = readdirSync(dir).sort()[0];
const p = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = p.timeDeltas; const total = dt.reduce((a, b) => a + b, 0);
p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
const agg = new Map();
for (const [id, t] of self) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; agg.set(k, (agg.get(k) ?? 0) + t); }
console.log('total ms', total / 1000);
[...agg].sort((a, b) => b[1] - a[1]).slice(0, 35).forEach(([k, t]) => console.log((t / total * 100).toFixed(1) + '%', k));
// inclusive by url file
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, t] of self) { const seen = new Set(); let cur = id; while (cur !== undefined) { const n = byId.get(cur); const k = n.callFrame.url.split('/').slice(-3).join('/'); if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + t); seen.add(k); } cur = parent.get(cur); } }
console.log('--- inclusive by file');
[...incl].sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([k, t]) => console.log((t / total * 100).toFixed(1) + '%', k));
