import { tokenize } from '../src/core/detect/tokens';
import { nameRuns } from '../src/core/detect/names';
import { speakerRefOf } from '../src/core/detect/speaker-ref';
const s = process.argv[2]!;
const toks = tokenize(s, 0, s.length);
console.log(JSON.stringify(nameRuns(toks, 0, toks.length).map((r: any) => ({ name: r.name, cls: r.cls, first: r.first, last: r.last }))));
console.log(JSON.stringify(speakerRefOf(toks)));
