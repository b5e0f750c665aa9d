import { readFileSync } from 'node:fs';
import { detectClaims } from '../src/core/detect';
const arg = process.argv[2]!;
const text = arg.startsWith('@') ? readFileSync(arg.slice(1), 'utf8') : arg;
for (const d of detectClaims(text, { format: arg.endsWith('.md') ? 'markdown' : 'plain' })) console.log(`${d.kind} [${d.speaker}] (${d.cue}) ${d.confidence} «${d.text.slice(0, 110)}»`);
