import { readFileSync } from 'node:fs';
import { detectClaims } from '../src/core/detect';
const arg = process.argv[2]!;
const text = arg.endsWith('.txt') || arg.endsWith('.md') ? readFileSync(arg, 'utf8') : arg;
for (const d of detectClaims(text, { format: arg.endsWith('.md') ? 'markdown' : 'plain', minConfidence: 0 })) console.log(d.kind.padEnd(8), (d.speaker ?? 'null').padEnd(24), (d.cue ?? '').padEnd(10), d.confidence, '|', d.text.slice(0, 110));
