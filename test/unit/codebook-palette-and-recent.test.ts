import * as assert from 'node:assert/strict';
import { isHexColor, nearestPaletteColor, nextThemeColor, normalizeHexColor, palette, paletteColorOf } from '../../src/core/codebook/palette';
import { orderByRecent, recordRecentThemes } from '../../src/core/codebook/recent-themes';
import { themeIdFor } from '../../src/core/codebook/theme-ids';

describe('codebook palette', () => {
  it('has twelve distinct named colours in slots 1 to 12', () => {
    assert.equal(palette.length, 12);
    assert.deepEqual(palette.map((c) => c.slot), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.equal(new Set(palette.map((c) => c.hex)).size, 12);
    assert.ok(palette.every((c) => isHexColor(c.hex) && c.hex === c.hex.toLowerCase()));
  });

  it('normalizes hex input and rejects anything else', () => {
    assert.equal(normalizeHexColor(' #ABCDEF '), '#abcdef');
    assert.equal(normalizeHexColor('abcdef'), '#abcdef');
    assert.equal(normalizeHexColor('#f0a'), '#ff00aa');
    assert.equal(normalizeHexColor('#ggg000'), undefined);
    assert.equal(normalizeHexColor('red'), undefined);
    assert.equal(normalizeHexColor('#abcd'), undefined);
  });

  it('maps an exact palette colour to its slot, case-insensitively, and nothing else', () => {
    assert.equal(paletteColorOf('#0090FF')?.name, 'Blue');
    assert.equal(paletteColorOf('#0090fe'), undefined);
  });

  it('finds the nearest palette colour', () => {
    assert.equal(nearestPaletteColor('#ff0000').name, 'Red');
    assert.equal(nearestPaletteColor('#0000ff').name, 'Indigo');
    assert.equal(nearestPaletteColor('#00a000').name, 'Green');
  });

  it('gives a new theme the first unused palette colour, then the least used one', () => {
    assert.equal(nextThemeColor([]), palette[0]!.hex);
    assert.equal(nextThemeColor([palette[0]!.hex.toUpperCase(), palette[1]!.hex]), palette[2]!.hex);
    const all = palette.map((c) => c.hex);
    assert.equal(nextThemeColor([...all, ...all.filter((_, i) => i !== 4)]), palette[4]!.hex);
  });
});

describe('most recently used themes', () => {
  it('puts the themes just used first, keeps no duplicates and caps the list', () => {
    assert.deepEqual(recordRecentThemes(['a', 'b', 'c'], ['c', 'd']), ['c', 'd', 'a', 'b']);
    assert.deepEqual(recordRecentThemes(['a', 'b'], ['b', 'b']), ['b', 'a']);
    assert.deepEqual(recordRecentThemes(['a', 'b', 'c'], ['d'], 2), ['d', 'a']);
  });

  it('orders items by recency and keeps the rest in their given order', () => {
    const items = ['w', 'x', 'y', 'z'].map((id) => ({ id }));
    assert.deepEqual(
      orderByRecent(items, (i) => i.id, ['y', 'gone', 'w']).map((i) => i.id),
      ['y', 'w', 'x', 'z'],
    );
    assert.deepEqual(orderByRecent(items, (i) => i.id, []).map((i) => i.id), ['w', 'x', 'y', 'z']);
  });
});

describe('new theme ids', () => {
  it('are readable slugs of the label, unique in the codebook', () => {
    assert.equal(themeIdFor('Water safety', []), 'water-safety');
    assert.equal(themeIdFor('  Öffentliche Gesundheit! ', []), 'öffentliche-gesundheit');
    assert.equal(themeIdFor('Water safety', ['water-safety', 'water-safety-2']), 'water-safety-3');
    assert.equal(themeIdFor('???', []), 'theme');
    assert.ok(themeIdFor('x'.repeat(200), []).length <= 48);
  });
});
