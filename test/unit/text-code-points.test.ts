import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CodePointIndex, codePointLength, snapToCodePoint } from '../../src/core/text/code-points';
import { decodeDocumentText, stripByteOrderMark } from '../../src/core/text/decode';

/** Every UTF-16 offset that is not inside a surrogate pair. */
function boundaries(text: string): number[] {
  const out = [0];
  let at = 0;
  for (const cp of text) {
    at += cp.length;
    out.push(at);
  }
  return out;
}

describe('code points ⇄ UTF-16 offsets', () => {
  it('is the identity for text without astral characters, including combining marks and CRLF', () => {
    const text = 'Cafe\u0301 na\u00efve\r\nline two';
    const index = CodePointIndex.of(text);
    assert.equal(index.isIdentity, true);
    assert.equal(index.codePointLength, text.length);
    for (let i = 0; i <= text.length; i++) {
      assert.equal(index.toCodePoint(i), i);
      assert.equal(index.toUtf16(i), i);
    }
  });

  it('counts an emoji as one code point and two UTF-16 units', () => {
    const text = 'a😀b';
    const index = CodePointIndex.of(text);
    assert.equal(index.codePointLength, 3);
    assert.deepEqual([0, 1, 3, 4].map((o) => index.toCodePoint(o)), [0, 1, 2, 3]);
    assert.deepEqual([0, 1, 2, 3].map((o) => index.toUtf16(o)), [0, 1, 3, 4]);
  });

  it('counts each code point of ZWJ sequences and flags', () => {
    const family = '👩\u200D👩\u200D👧'; // 3 astral + 2 ZWJ
    const flag = '🇺🇦'; // 2 regional indicators
    const text = `x${family}y${flag}z`;
    const index = CodePointIndex.of(text);
    assert.equal(index.codePointLength, 1 + 5 + 1 + 2 + 1);
    assert.equal(index.codePointLength, [...text].length);
    const yAt = text.indexOf('y');
    assert.equal(index.toCodePoint(yAt), 6);
    assert.equal(index.toUtf16(6), yAt);
    assert.equal(index.toUtf16(index.codePointLength), text.length);
  });

  it('maps an offset inside a surrogate pair to the code point it belongs to', () => {
    const index = CodePointIndex.of('a😀b');
    assert.equal(index.toCodePoint(2), 1);
    assert.equal(snapToCodePoint('a😀b', 2, -1), 1);
    assert.equal(snapToCodePoint('a😀b', 2, 1), 3);
    assert.equal(snapToCodePoint('a😀b', 1, 1), 1);
  });

  it('counts a lone surrogate as one code point', () => {
    const text = 'a\uD83Db\uDE00c';
    const index = CodePointIndex.of(text);
    assert.equal(index.isIdentity, true);
    assert.equal(index.codePointLength, 5);
    assert.equal(codePointLength(text), [...text].length);
  });

  it('rejects offsets outside the text', () => {
    const index = CodePointIndex.of('a😀');
    assert.throws(() => index.toUtf16(3), RangeError);
    assert.throws(() => index.toCodePoint(-1), RangeError);
    assert.throws(() => index.toCodePoint(1.5), RangeError);
    assert.equal(index.toUtf16Clamped(99), 3);
  });

  it('drops a BOM when decoding, so offsets match VS Code (which never shows it)', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Hé😀')]);
    assert.equal(decodeDocumentText(bytes), 'Hé😀');
    assert.equal(stripByteOrderMark('\uFEFFabc'), 'abc');
    assert.equal(stripByteOrderMark('abc\uFEFF'), 'abc\uFEFF');
  });

  it('round-trips every code point boundary and is monotonic (property)', () => {
    const textArbitrary = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'é', '\r\n', '\u0301', '😀', '🇺', '\u200D', '\uD800'), fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp))), maxLength: 60 });
    fc.assert(
      fc.property(textArbitrary, (text) => {
        const index = CodePointIndex.of(text);
        assert.equal(index.codePointLength, [...text].length);
        const offsets = boundaries(text);
        offsets.forEach((utf16, cp) => {
          assert.equal(index.toCodePoint(utf16), cp);
          assert.equal(index.toUtf16(cp), utf16);
        });
        let previous = -1;
        for (let i = 0; i <= text.length; i++) {
          const cp = index.toCodePoint(i);
          assert.ok(cp >= previous);
          previous = cp;
        }
      }),
    );
  });

  it('converts offsets in a large emoji-rich document quickly', () => {
    const text = 'Word 😀 and more words, ünïcödé text.\n'.repeat(6000); // ~240k units
    const started = performance.now();
    const index = CodePointIndex.of(text);
    for (let i = 0; i < 100_000; i++) index.toUtf16(index.toCodePoint((i * 7919) % text.length));
    assert.ok(performance.now() - started < 1000);
  });
});
