import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectClaims } from '../src/core/detect';
import { expectedClaimsOf } from './unit/golden-files';
const dir = process.argv[2]!;
const only = process.argv[3];
for (const f of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
  if (only && !f.includes(only)) continue;
  const path = join(dir, f);
  const text = readFileSync(path, 'utf8');
  const found = detectClaims(text, { format: f.endsWith('.md') ? 'markdown' : 'plain' });
  const used = new Set<number>();
  const out: string[] = [];
  for (const e of expectedClaimsOf(path)) {
    const i = found.findIndex((d, k) => !used.has(k) && d.text === e.text && d.kind === e.kind);
    if (e.absent) { if (i >= 0) { used.add(i); out.push(`  ABSENT-FOUND «${e.text.slice(0, 90)}»`); } continue; }
    if (i < 0) { out.push(`  MISSING ${e.kind} [${e.speaker}] (${e.cue}) «${e.text.slice(0, 140)}»`); continue; }
    used.add(i);
    const d = found[i]!;
    if (d.speaker !== e.speaker || d.cue !== e.cue) out.push(`  WRONG «${e.text.slice(0, 80)}» want [${e.speaker}] (${e.cue}) got [${d.speaker}] (${d.cue})`);
  }
  found.forEach((d, k) => { if (!used.has(k)) out.push(`  EXTRA ${d.kind} [${d.speaker}] (${d.cue}) «${d.text.slice(0, 140)}»`); });
  if (out.length) console.log(f + '\n' + out.join('\n'));
}
