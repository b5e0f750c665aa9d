import { strict as assert } from 'node:assert';
import { applyCodebookOperation } from '../../src/core/model/codebook-operations';
import type { Codebook } from '../../src/core/model/codebook';
import { buildSpeakerIndex, similarWords, stripTitles, type SpeakerMention } from '../../src/core/speakers';
import { parseCodebook } from '../../src/core/store/codebook-format';
import { serializeCodebook } from '../../src/core/store/serialize';

function detected(name: string, document = 'a.txt'): SpeakerMention {
  return { name, document, source: 'detected' };
}

function annotated(name: string, document = 'a.txt'): SpeakerMention {
  return { name, document, source: 'annotated' };
}

/** Canonical name → sorted variants, for the whole index. */
function groups(mentions: SpeakerMention[], aliases: Codebook['speakers'] = []): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const speaker of buildSpeakerIndex(mentions, aliases).speakers) out[speaker.name] = speaker.variants.map((v) => v.name).sort();
  return out;
}

describe('speaker names', () => {
  it('strips titles, nationality adjectives before a title, possessives and ALL CAPS', () => {
    assert.equal(stripTitles('President Evgeny Petrov'), 'Evgeny Petrov');
    assert.equal(stripTitles('Ms Ibarra-Lenz'), 'Ibarra-Lenz');
    assert.equal(stripTitles('Dr. Henrik Saarvik'), 'Henrik Saarvik');
    assert.equal(stripTitles('Dravonian Health Minister Ines Caldera-Moss'), 'Ines Caldera-Moss');
    assert.equal(stripTitles("Anna Brandt's"), 'Anna Brandt');
    assert.equal(stripTitles('MATTHIAS KRENN'), 'Matthias Krenn');
    assert.equal(stripTitles('the Bank of Norrvald'), 'Bank of Norrvald');
    assert.equal(stripTitles('Mines Minister José Luis Barragán'), 'José Luis Barragán', 'a portfolio the lexicon does not know');
    assert.equal(stripTitles('Grace Major Harris'), 'Grace Major Harris', 'a title word inside a name is kept');
  });

  it('leaves organisations and bare roles as they are', () => {
    assert.equal(stripTitles('Health Ministry'), 'Health Ministry');
    assert.equal(stripTitles('Federation of Rail Workers'), 'Federation of Rail Workers');
    assert.equal(stripTitles('Prime Minister'), 'Prime Minister');
  });

  it('treats transliteration and diacritic variants of a word as similar, but not different names', () => {
    for (const [a, b] of [
      ['Yevgeny', 'Evgeny'],
      ['Aleksandr', 'Alexander'],
      ['Dmitriy', 'Dmitry'],
      ['Zelenskyy', 'Zelensky'],
      ['Mikhail', 'Mihail'],
      ['Sølberg', 'Solberg'],
      ['Márkvart', 'Markvart'],
      ['Mohammed', 'Muhammad'],
      ['Tchaikovsky', 'Chaikovsky'],
    ]) {
      assert.ok(similarWords(a!, b!), `${a} / ${b}`);
    }
    for (const [a, b] of [
      ['Leon', 'Lena'],
      ['Anna', 'Hanna'],
      ['Petrov', 'Petrova'],
      ['Aleksandr', 'Aleksandra'],
      ['Marta', 'Martin'],
      ['Ivan', 'Ivanov'],
    ]) {
      assert.ok(!similarWords(a!, b!), `${a} / ${b}`);
    }
  });
});

describe('speaker index', () => {
  it('merges titled, transliterated and surname-only references into the full name', () => {
    assert.deepEqual(
      groups([
        detected('Yevgeny Petrov'),
        detected('President Evgeny Petrov', 'b.txt'),
        detected('Petrov', 'b.txt'),
        annotated('Mr Petrov', 'c.txt'),
        detected('Aleksandr Volkov'),
        detected('Alexander Volkov'),
      ]),
      {
        'Evgeny Petrov': ['Mr Petrov', 'Petrov', 'President Evgeny Petrov', 'Yevgeny Petrov'],
        'Aleksandr Volkov': ['Aleksandr Volkov', 'Alexander Volkov'],
      },
    );
  });

  it('merges parts of multi-part names and the end of an organisation name into the one full name', () => {
    assert.deepEqual(
      groups([
        detected('Inés Carvajal Ortega'),
        detected('Inés Carvajal'),
        detected('Carvajal'),
        detected('Rosa Quispe Mamani'),
        detected('Quispe Mamani'),
        detected('Kestish Fisheries Protection Agency'),
        detected('Fisheries Protection Agency'),
        detected('Saltmarsh Energy'),
        detected('Saltmarsh'),
      ]),
      {
        'Inés Carvajal Ortega': ['Carvajal', 'Inés Carvajal', 'Inés Carvajal Ortega'],
        'Rosa Quispe Mamani': ['Quispe Mamani', 'Rosa Quispe Mamani'],
        'Kestish Fisheries Protection Agency': ['Fisheries Protection Agency', 'Kestish Fisheries Protection Agency'],
        // One word could be a place as well as the short name of a company: left to codebook aliases.
        'Saltmarsh Energy': ['Saltmarsh Energy'],
        Saltmarsh: ['Saltmarsh'],
      },
    );
  });

  it('keeps a surname apart when it fits two people of the corpus, and different given names apart', () => {
    assert.deepEqual(groups([detected('Leon Holm'), detected('Lena Holm'), detected('Holm')]), {
      Holm: ['Holm'],
      'Lena Holm': ['Lena Holm'],
      'Leon Holm': ['Leon Holm'],
    });
  });

  it('merges an acronym into the one organisation whose initials it is, never a surname into an organisation', () => {
    assert.deepEqual(groups([detected('Velmora Water Authority'), detected('VWA'), detected('Authority')]), {
      'Velmora Water Authority': ['VWA', 'Velmora Water Authority'],
      Authority: ['Authority'],
    });
  });

  it('chooses the fullest, most used spelling as the canonical name, keeping diacritics on a tie', () => {
    const index = buildSpeakerIndex([detected('Ilona Markvart'), detected('Ilona Márkvart'), detected('Márkvart')]);
    assert.deepEqual(index.speakers.map((s) => s.name), ['Ilona Márkvart']);
    const counted = buildSpeakerIndex([detected('Ilona Markvart'), detected('Ilona Markvart'), detected('Ilona Márkvart')]);
    assert.deepEqual(counted.speakers.map((s) => s.name), ['Ilona Markvart']);
  });

  it('counts detected claims, annotated claims and documents per speaker and per variant, busiest first', () => {
    const index = buildSpeakerIndex([
      detected('Tomas Brennick', 'h1.txt'),
      detected('Brennick', 'h1.txt'),
      detected('Prime Minister Tomas Brennick', 'h2.md'),
      annotated('Tomas Brennick', 'h2.md'),
      annotated('Tomas Brennick', 'h3.txt'),
      detected('Piet Ramaker', 'h1.txt'),
      annotated('  ', 'h1.txt'),
    ]);
    assert.deepEqual(
      index.speakers.map((s) => ({ name: s.name, detected: s.detected, annotated: s.annotated, documents: s.documents })),
      [
        { name: 'Tomas Brennick', detected: 3, annotated: 2, documents: ['h1.txt', 'h2.md', 'h3.txt'] },
        { name: 'Piet Ramaker', detected: 1, annotated: 0, documents: ['h1.txt'] },
      ],
    );
    assert.deepEqual(index.speakers[0]!.variants, [
      { name: 'Tomas Brennick', detected: 1, annotated: 2 },
      { name: 'Brennick', detected: 1, annotated: 0 },
      { name: 'Prime Minister Tomas Brennick', detected: 1, annotated: 0 },
    ]);
  });

  it('resolves a name to its canonical speaker, also a new spelling, and nothing when ambiguous or unknown', () => {
    const index = buildSpeakerIndex([detected('Yevgeny Petrov'), detected('Leon Holm'), detected('Lena Holm')]);
    assert.equal(index.canonicalOf('yevgeny petrov'), 'Yevgeny Petrov');
    assert.equal(index.canonicalOf('Dr Jevgenij Petrov'), 'Yevgeny Petrov');
    assert.equal(index.canonicalOf('Petrov'), 'Yevgeny Petrov');
    assert.equal(index.canonicalOf('Holm'), undefined);
    assert.equal(index.canonicalOf('Ruth Anselm'), undefined);
  });
});

describe('speaker aliases from the codebook', () => {
  it('merges names the automatic rules would keep apart, under the codebook name', () => {
    const aliases = [{ name: 'Beatriz Okonkwo-Lund', aliases: ['the mayor', 'Mayor of Velmora'] }];
    const index = buildSpeakerIndex([detected('the mayor'), annotated('Mayor of Velmora', 'b.txt'), detected('Okonkwo-Lund'), detected('Ruth Anselm')], aliases);
    assert.deepEqual(
      index.speakers.map((s) => [s.name, s.inCodebook, s.detected, s.annotated, s.variants.map((v) => v.name).sort()]),
      [
        ['Beatriz Okonkwo-Lund', true, 2, 1, ['Mayor of Velmora', 'Okonkwo-Lund', 'the mayor']],
        ['Ruth Anselm', false, 1, 0, ['Ruth Anselm']],
      ],
    );
  });

  it('keeps speakers the codebook lists separately apart, even when the rules would merge them', () => {
    const aliases = [
      { name: 'Ana Smit', aliases: [] },
      { name: 'Anna Smit', aliases: ['A. Smit'] },
    ];
    assert.deepEqual(groups([detected('Ana Smit'), detected('Anna Smit')]), { 'Ana Smit': ['Ana Smit', 'Anna Smit'] }, 'premise: merged without the codebook');
    assert.deepEqual(groups([detected('Ana Smit'), detected('Anna Smit'), detected('A. Smit'), detected('Smit')], aliases), {
      'Ana Smit': ['Ana Smit'],
      'Anna Smit': ['A. Smit', 'Anna Smit'],
      Smit: ['Smit'],
    });
  });

  it('gives a name the codebook lists to that speaker even when it matches another speaker better', () => {
    const aliases = [{ name: 'Halla Brandt', aliases: ['Anna Brandt'] }];
    assert.deepEqual(groups([detected('Anna Brandt'), detected('Halla Brandt'), detected('Ana Brandt')], aliases), {
      'Halla Brandt': ['Ana Brandt', 'Anna Brandt', 'Halla Brandt'],
    });
  });

  it('lists codebook speakers with no claims yet, with zero counts', () => {
    const index = buildSpeakerIndex([], [{ name: 'Yara Thorsen', aliases: ['Thorsen'] }]);
    assert.deepEqual(index.speakers, [{ name: 'Yara Thorsen', variants: [], detected: 0, annotated: 0, documents: [], inCodebook: true }]);
  });
});

describe('codebook speaker entries', () => {
  const base: Codebook = { version: 1, themes: [{ id: 'tax', label: 'Tax', color: '#aa0000' }] };

  it('round-trips through serialise and parse with a deterministic key order', () => {
    const codebook: Codebook = { ...base, speakers: [{ aliases: ['Petrov', 'Yevgeny Petrov'], name: 'Evgeny Petrov' } as never] };
    const text = serializeCodebook(codebook);
    assert.ok(text.indexOf('"name"') < text.indexOf('"aliases"'), text);
    const parsed = parseCodebook(text, 'codebook.json');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value.speakers, [{ name: 'Evgeny Petrov', aliases: ['Petrov', 'Yevgeny Petrov'] }]);
    assert.equal(serializeCodebook(parsed.value), text);
  });

  it('rejects a speaker entry without a name', () => {
    const parsed = parseCodebook(JSON.stringify({ version: 1, themes: [], speakers: [{ name: '', aliases: [] }] }), 'codebook.json');
    assert.ok(!parsed.ok);
    assert.equal(parsed.problem.kind, 'schema');
  });

  it('sets a speaker: adds or replaces the entry and takes its names out of every other entry', () => {
    let codebook: Codebook = { ...base, speakers: [{ name: 'Jan Smit', aliases: ['Smit', 'J. Smit'] }] };
    codebook = applyCodebookOperation(codebook, { type: 'set-speaker', speaker: { name: 'Jon Smit', aliases: [' J. Smit ', 'Jon Smit', 'J. Smit'] } }).codebook;
    assert.deepEqual(codebook.speakers, [
      { name: 'Jan Smit', aliases: ['Smit'] },
      { name: 'Jon Smit', aliases: ['J. Smit'] },
    ]);
    codebook = applyCodebookOperation(codebook, { type: 'set-speaker', speaker: { name: 'Jan Smit', aliases: [] } }).codebook;
    assert.deepEqual(codebook.speakers, [
      { name: 'Jan Smit', aliases: [] },
      { name: 'Jon Smit', aliases: ['J. Smit'] },
    ]);
  });

  it('folds an entry into the speaker when its name becomes one of the aliases', () => {
    const codebook: Codebook = {
      ...base,
      speakers: [
        { name: 'Evgeny Petrov', aliases: ['Petrov'] },
        { name: 'Ruth Anselm', aliases: [] },
        { name: 'Yevgeny Petrov', aliases: ['the finance minister'] },
      ],
    };
    const result = applyCodebookOperation(codebook, { type: 'set-speaker', speaker: { name: 'Evgeny Petrov', aliases: ['Petrov', 'Yevgeny Petrov'] } });
    assert.deepEqual(result.codebook.speakers, [
      { name: 'Evgeny Petrov', aliases: ['Petrov', 'Yevgeny Petrov', 'the finance minister'] },
      { name: 'Ruth Anselm', aliases: [] },
    ]);
  });

  it('removes a speaker, dropping the key when the list is empty so the file reads as before', () => {
    const once = applyCodebookOperation(base, { type: 'set-speaker', speaker: { name: 'Yara Thorsen', aliases: ['Thorsen'] } });
    assert.ok(once.applied);
    const removed = applyCodebookOperation(once.codebook, { type: 'remove-speaker', name: 'Yara Thorsen' });
    assert.ok(removed.applied);
    assert.equal(serializeCodebook(removed.codebook), serializeCodebook(base));
    assert.equal(applyCodebookOperation(base, { type: 'remove-speaker', name: 'Nobody' }).applied, false);
  });
});
