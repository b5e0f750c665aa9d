import { tokenize } from '../src/core/detect/tokens';
import { looksLikeClause } from '../src/core/detect/clause';
const s = process.argv[2]!;
const toks = tokenize(s, 0, s.length);
console.log(toks.map((t) => t.text).join('|'), looksLikeClause(toks, +(process.argv[3] ?? 0)));
