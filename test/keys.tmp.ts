import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectClaims, type Detection } from '../src/core/detect';
import { expectedClaimsOf } from './unit/golden-files';
const dir = join(__dirname, 'fixtures', 'detect');
const q = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n');
const short = (s: string) => (s.length > 70 ? `${s.slice(0, 70)}…` : s);
const dis: string[] = [];
const ext: string[] = [];
const prefix = 'unseen batch, not yet worked on: ';
for (const doc of process.argv.slice(2)) {
  const source = readFileSync(join(dir, doc), 'utf8');
  const expected = expectedClaimsOf(join(dir, doc));
  const found = detectClaims(source, { format: doc.endsWith('.md') ? 'markdown' : 'plain' });
  const same = (d: Detection, e: { kind: string; text: string }) => d.kind === e.kind && d.text === e.text;
  for (const [index, e] of expected.entries()) {
    const occurrence = expected.slice(0, index).filter((o) => !o.absent && o.kind === e.kind && o.text === e.text).length;
    const dup = expected.filter((o) => !o.absent && o.kind === e.kind && o.text === e.text).length > 1;
    const key = `${doc}|${e.text}${dup ? `#${occurrence + 1}` : ''}`;
    const d = found.filter((f) => same(f, e))[e.absent ? 0 : occurrence];
    let why: string | undefined;
    if (e.absent) {
      if (d) why = `the detector reports this quoted stretch as a claim by ${d.speaker ?? 'nobody'}`;
    } else if (!d) {
      const start = source.indexOf(e.text);
      const overlap = start < 0 ? undefined : found.find((f) => f.start < start + e.text.length && start < f.end);
      why = overlap ? `the detector's span differs: ${overlap.kind} “${short(overlap.text)}”` : 'not found';
    } else if (d.speaker !== e.speaker) why = `the detector names ${d.speaker ?? 'nobody'} as the speaker`;
    else if (d.cue !== e.cue) why = `the detector's cue is “${d.cue}”`;
    if (why) dis.push(`  ['${q(key)}', '${q(prefix + why)}'],`);
  }
  for (const d of found) {
    if (expected.some((e) => !e.absent && same(d, e))) continue;
    const overlapped = expected.find((e) => !e.absent && source.indexOf(e.text) >= 0 && source.indexOf(e.text) < d.end && d.start < source.indexOf(e.text) + e.text.length);
    const why = overlapped ? `the span differs from the expected “${short(overlapped.text)}”` : `the file does not list this ${d.kind} (speaker ${d.speaker ?? 'nobody'}, cue ${d.cue})`;
    ext.push(`  ['${q(`${doc}|${d.text}`)}', '${q(prefix + why)}'],`);
  }
}
console.log(JSON.stringify({ dis, ext }));
