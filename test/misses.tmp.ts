import { evaluateCorpus, keyFiles } from './eval/corpus';
const r = evaluateCorpus(keyFiles[process.argv[2] as 'unseen']);
for (const d of r.documents) for (const m of d.score.misses) console.log(d.path.slice(0,30), '|', m.kind, m.what, '|', m.text.slice(0,140), '|', m.detail ?? '');
