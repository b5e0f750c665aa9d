import { organisationWords, placeWords } from '../src/core/detect/lexicon';
for (const w of process.argv.slice(2)) console.log(w, organisationWords.has(w), placeWords.has(w));
