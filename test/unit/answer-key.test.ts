import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildKey } from '../fixtures/answer-key/key-builder';
import { relations, type AnswerKey, type KeyDocument } from '../fixtures/answer-key/key-format';
import { keySources } from '../fixtures/answer-key/key-sources';
import { isMarginaliaFile } from '../fixtures/marginalia-files';

const repoRoot = resolve(__dirname, '../..');
const keyDir = join(repoRoot, 'test/fixtures/answer-key');
const quotationMarks = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'"]);

function readKey(keyFile: string): AnswerKey {
  return JSON.parse(readFileSync(join(keyDir, keyFile), 'utf8')) as AnswerKey;
}

function readDocument(key: AnswerKey, path: string): string {
  return readFileSync(join(repoRoot, key.corpus, path), 'utf8');
}

/**
 * Every document under a folder, as paths relative to it with '/'. Marginalia's own files
 * (sidecars, the .marginalia folder) are left out: the sample corpus ships annotated, and trying
 * the extension on it (`npm start`) writes more.
 */
function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (isMarginaliaFile(full)) return [];
    return statSync(full).isDirectory() ? listFiles(full).map((p) => `${name}/${p}`) : [name];
  });
}

/** The held-out keys: measured, never tuned on. Each gets the coverage and disjointness checks below. */
const heldOutKeyFiles = [
  'held-out-corpus.key.json',
  'held-out-corpus-2.key.json',
  'held-out-corpus-3.key.json',
  'held-out-corpus-4.key.json',
];

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

describe('answer keys', () => {
  it('registers every key file of the folder in key-sources.ts, so each one gets the checks below', () => {
    const onDisk = readdirSync(keyDir).filter((name) => name.endsWith('.key.json')).sort();
    assert.deepEqual(keySources.map((k) => k.keyFile).sort(), onDisk);
    assert.ok(onDisk.includes('held-out-corpus.key.json'));
    assert.ok(onDisk.includes('held-out-corpus-2.key.json'));
    assert.ok(onDisk.includes('held-out-corpus-3.key.json'));
    assert.ok(onDisk.includes('held-out-corpus-4.key.json'));
  });
});

for (const { keyFile, source } of keySources) {
  describe(`answer key ${keyFile}`, () => {
    const key = readKey(keyFile);
    const docText = (doc: KeyDocument) => readDocument(key, doc.path);

    it('is version 1 of a corpus folder that exists', () => {
      assert.equal(key.version, 1);
      assert.ok(existsSync(join(repoRoot, key.corpus)), `missing corpus folder ${key.corpus}`);
    });

    it('lists exactly the files in the corpus folder, each once', () => {
      const onDisk = listFiles(join(repoRoot, key.corpus)).sort();
      const inKey = key.documents.map((d) => d.path).sort();
      assert.deepEqual(inKey, onDisk);
      for (const path of inKey) assert.ok(!path.includes('\\') && !path.startsWith('/'), `path ${path} must be relative, with /`);
    });

    it('has documents of 150–700 words without a byte order mark', () => {
      for (const doc of key.documents) {
        const text = docText(doc);
        assert.notEqual(text.codePointAt(0), 0xfeff, `${doc.path} starts with a BOM`);
        const words = wordCount(text);
        assert.ok(words >= 150 && words <= 700, `${doc.path} has ${words} words`);
      }
    });

    it('gives every claim and non-claim a text equal to the code-point slice [start, end) of its file', () => {
      for (const doc of key.documents) {
        const codePoints = Array.from(docText(doc));
        for (const span of [...doc.claims, ...doc.nonClaims]) {
          assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end, `${doc.path}: bad span ${span.start}-${span.end}`);
          assert.ok(span.end <= codePoints.length, `${doc.path}: span ends at ${span.end}, past the file's ${codePoints.length} code points`);
          assert.equal(codePoints.slice(span.start, span.end).join(''), span.text, `${doc.path} @${span.start}`);
        }
      }
    });

    it('uses unique ids per document whose prefix matches the kind (q = quote, r = reported)', () => {
      for (const doc of key.documents) {
        const ids = doc.claims.map((c) => c.id);
        assert.equal(new Set(ids).size, ids.length, `${doc.path}: duplicate ids ${ids.join(',')}`);
        for (const claim of doc.claims) {
          assert.match(claim.id, claim.kind === 'quote' ? /^q\d+$/ : /^r\d+$/, `${doc.path}#${claim.id} is ${claim.kind}`);
          assert.ok(claim.cue.length > 0, `${doc.path}#${claim.id} has no cue`);
        }
      }
    });

    it('numbers quotes and reported claims each in reading order: q1, q2… and r1, r2…', () => {
      for (const doc of key.documents) {
        const inOrder = [...doc.claims].sort((x, y) => x.start - y.start);
        for (const kind of ['quote', 'reported'] as const) {
          const ids = inOrder.filter((c) => c.kind === kind).map((c) => c.id);
          assert.deepEqual(ids, ids.map((_, i) => `${kind === 'quote' ? 'q' : 'r'}${i + 1}`), doc.path);
        }
      }
    });

    it('names only speakers that are listed, and lists each name and alias once', () => {
      const names = key.speakers.map((s) => s.name);
      assert.equal(new Set(names).size, names.length, 'duplicate canonical speaker names');
      const aliases = key.speakers.flatMap((s) => s.aliases);
      assert.equal(new Set([...names, ...aliases]).size, names.length + aliases.length, 'an alias is shared or repeats a canonical name');
      for (const doc of key.documents) {
        for (const claim of doc.claims) {
          if (claim.speaker !== null) assert.ok(names.includes(claim.speaker), `${doc.path}#${claim.id}: unknown speaker ${claim.speaker}`);
        }
      }
    });

    it('has claims that do not overlap one another within a document', () => {
      for (const doc of key.documents) {
        const sorted = [...doc.claims].sort((x, y) => x.start - y.start);
        for (let i = 1; i < sorted.length; i++) {
          assert.ok(sorted[i - 1]!.end <= sorted[i]!.start, `${doc.path}: ${sorted[i - 1]!.id} overlaps ${sorted[i]!.id}`);
        }
      }
    });

    it('keeps the span conventions: trimmed, quotes without their marks, reported speech without its full stop', () => {
      for (const doc of key.documents) {
        for (const claim of doc.claims) {
          const where = `${doc.path}#${claim.id}`;
          assert.equal(claim.text.trim(), claim.text, `${where} has surrounding whitespace`);
          assert.ok(!quotationMarks.has(Array.from(claim.text)[0]!), `${where} starts with a quotation mark`);
          if (claim.kind === 'reported') assert.ok(!/[.,;]$/.test(claim.text), `${where} ends with punctuation`);
        }
      }
    });

    it('has at least one claim in every document, except the ones marked as deliberately claimless', () => {
      for (const doc of key.documents) {
        if (doc.noClaimsReason !== undefined) assert.equal(doc.claims.length, 0, `${doc.path} is marked claimless but has claims`);
        else assert.ok(doc.claims.length > 0, `${doc.path} has no claims and no noClaimsReason`);
      }
    });

    it('has pairs whose ends resolve to distinct claims, with a known relation and no duplicates', () => {
      const claimIds = new Set(key.documents.flatMap((d) => d.claims.map((c) => `${d.path}#${c.id}`)));
      const seen = new Set<string>();
      for (const pair of key.pairs) {
        assert.ok(claimIds.has(pair.a), `pair end ${pair.a} does not resolve`);
        assert.ok(claimIds.has(pair.b), `pair end ${pair.b} does not resolve`);
        assert.notEqual(pair.a, pair.b);
        assert.ok(relations.includes(pair.relation), `unknown relation ${pair.relation}`);
        const unordered = [pair.a, pair.b].sort().join(' ~ ');
        assert.ok(!seen.has(unordered), `duplicate pair ${unordered}`);
        seen.add(unordered);
      }
    });

    it('is what build-key.ts generates from its source (regenerate after editing either)', () => {
      const rebuilt = buildKey(source, (path) => readDocument(key, path));
      assert.deepEqual(rebuilt, key);
    });
  });
}

describe('sample-corpus answer key coverage', () => {
  const key = readKey('sample-corpus.key.json');
  const claims = key.documents.flatMap((d) => d.claims.map((c) => ({ ...c, path: d.path })));

  it('has at least 14 documents, about half Markdown, some in subfolders', () => {
    const paths = key.documents.map((d) => d.path);
    const markdown = paths.filter((p) => p.endsWith('.md')).length;
    assert.ok(paths.length >= 14, `${paths.length} documents`);
    assert.ok(markdown >= paths.length / 3 && markdown <= (paths.length * 2) / 3, `${markdown} of ${paths.length} are Markdown`);
    assert.ok(paths.filter((p) => p.includes('/')).length >= 3);
  });

  it('places claims after astral-plane characters, so code-point and UTF-16 offsets differ', () => {
    const shifted = key.documents.some((doc) => {
      const text = readDocument(key, doc.path);
      return doc.claims.some((claim) => Array.from(text).slice(0, claim.start).join('').length !== claim.start);
    });
    assert.ok(shifted);
  });

  it('covers every quotation-mark style, both kinds, unattributed claims and every pair relation', () => {
    const openers = new Set(
      key.documents.flatMap((doc) => {
        const codePoints = Array.from(readDocument(key, doc.path));
        return doc.claims.filter((c) => c.kind === 'quote').map((c) => codePoints[c.start - 1]);
      }),
    );
    for (const mark of ['"', '“', '«', '„']) assert.ok(openers.has(mark), `no quote opened with ${mark}`);
    assert.ok(claims.some((c) => c.kind === 'reported') && claims.some((c) => c.speaker === null));
    assert.deepEqual(new Set(key.pairs.map((p) => p.relation)), new Set(relations));
    assert.ok(key.pairs.length >= 20, `${key.pairs.length} pairs`);
  });

  it('keeps the held-out corpora out of the sample corpus', () => {
    const unseen = readKey('unseen-corpus.key.json');
    const unseenSpeakers = new Set(unseen.speakers.map((s) => s.name));
    assert.ok(relative(key.corpus, unseen.corpus).startsWith('..'));
    for (const speaker of key.speakers) assert.ok(!unseenSpeakers.has(speaker.name), `${speaker.name} appears in both corpora`);

    // Each held-out corpus shares no speaker (by name or alias) with the corpora tuned on, and the
    // second held-out corpus none with the first.
    const tuned = [key, readKey('tuning-corpus.key.json'), unseen];
    const heldOutKeys = heldOutKeyFiles.map(readKey);
    heldOutKeys.forEach((heldOut, i) => {
      const heldOutNames = new Set(heldOut.speakers.flatMap((s) => [s.name, ...s.aliases]).map((n) => n.toLowerCase()));
      for (const other of [...tuned, ...heldOutKeys.slice(0, i)]) {
        assert.ok(relative(other.corpus, heldOut.corpus).startsWith('..'), `${heldOut.corpus} lies inside ${other.corpus}`);
        for (const speaker of other.speakers) {
          for (const name of [speaker.name, ...speaker.aliases]) {
            assert.ok(!heldOutNames.has(name.toLowerCase()), `${name} appears in both ${other.corpus} and ${heldOut.corpus}`);
          }
        }
      }
    });
  });
});

for (const heldOutKeyFile of heldOutKeyFiles) {
  describe(`${heldOutKeyFile.replace('.key.json', '')} answer key coverage`, () => {
    const key = readKey(heldOutKeyFile);
    const claims = key.documents.flatMap((d) => d.claims.map((c) => ({ ...c, path: d.path })));

    it('has plain-text wire reports and Markdown, at least five documents', () => {
      const paths = key.documents.map((d) => d.path);
      assert.ok(paths.length >= 5, `${paths.length} documents`);
      assert.ok(paths.filter((p) => p.endsWith('.txt')).length >= 3);
      assert.ok(paths.filter((p) => p.endsWith('.md')).length >= 1);
    });

    it('covers two quotation-mark styles, both kinds, unattributed claims, accented speakers and pairs across documents', () => {
      const openers = new Set(
        key.documents.flatMap((doc) => {
          const codePoints = Array.from(readDocument(key, doc.path));
          return doc.claims.filter((c) => c.kind === 'quote').map((c) => codePoints[c.start - 1]);
        }),
      );
      assert.ok(openers.size >= 2, `quotes opened only with ${[...openers].join(' ')}`);
      assert.ok(claims.some((c) => c.kind === 'reported') && claims.some((c) => c.speaker === null));
      assert.ok(key.speakers.some((s) => s.name.normalize('NFD') !== s.name), 'no accented speaker name');
      const docOf = (end: string) => end.slice(0, end.indexOf('#'));
      assert.ok(key.pairs.some((p) => docOf(p.a) !== docOf(p.b)), 'no pair across documents');
      assert.ok(key.pairs.some((p) => p.relation === 'same-statement' && docOf(p.a) !== docOf(p.b)), 'no statement reported by two outlets');
    });
  });
}

describe('answer key builder', () => {
  const text = 'He said "yes". She said "yes". 🐟 "no"';
  const build = (claims: Parameters<typeof buildKey>[0]['documents'][number]['claims']) =>
    buildKey({ corpus: 'mem', speakers: [], documents: [{ path: 'a.txt', claims }], pairs: [] }, () => text);

  it('refuses a text that is missing or occurs more than once without a locator', () => {
    assert.throws(() => build([{ id: 'q1', kind: 'quote', text: 'maybe', speaker: null, cue: 'said' }]), /occurs 0 times/);
    assert.throws(() => build([{ id: 'q1', kind: 'quote', text: 'yes', speaker: null, cue: 'said' }]), /occurs 2 times/);
  });

  it('counts offsets in code points, so a span after an emoji starts one earlier than in UTF-16', () => {
    const [claim] = build([{ id: 'q1', kind: 'quote', text: 'no', speaker: null, cue: 'said' }]).documents[0]!.claims;
    assert.equal(text.indexOf('no'), 35);
    assert.deepEqual([claim!.start, claim!.end], [34, 36]);
  });

  it('refuses a speaker that is not listed', () => {
    assert.throws(() => build([{ id: 'q1', kind: 'quote', text: 'no', speaker: 'Nobody Known', cue: 'said' }]), /unknown speaker/);
  });
});
