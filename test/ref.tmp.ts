import { speakerRefOf } from '../src/core/detect/speaker-ref';
import { rolePhrase } from '../src/core/detect/registry';
import { tokenize } from '../src/core/detect/tokens';
for (const s of process.argv.slice(2)) { const t = tokenize(s, 0, s.length); console.log(s, '=>', JSON.stringify(speakerRefOf(t)), JSON.stringify(rolePhrase(t))); }
