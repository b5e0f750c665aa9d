import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inertText } from '../../src/core/text/inert-text';

/** The pattern VS Code's notifications use to find links in a message (command:, http(s):, file:). */
const notificationLink = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
const themeIcon = /\$\([a-z.\-~]+\)/gi;

describe('text shown in notifications', () => {
  const hostile = [
    'Compare [quit](command:workbench.action.quit) now',
    '[x](command:marginalia.removeClaim?%5B%22a%22%5D)',
    '[site](https://example.invalid/?q=1) and [f](file:///etc/passwd)',
    '$(zap) $(loading~spin) <img src=x onerror=alert(1)> [j](javascript:alert(1))',
    'nested [[a](command:x)](command:y)',
  ];

  it('leaves no link and no icon syntax, and reads the same once zero-width spaces are dropped', () => {
    for (const text of hostile) {
      const inert = inertText(text);
      assert.equal(inert.match(notificationLink), null, `a link survived in ${inert}`);
      assert.equal(inert.match(themeIcon), null, `an icon survived in ${inert}`);
      assert.equal(inert.replace(/\u200b/g, ''), text);
    }
    assert.equal(inertText('plain text [not a link] (aside) costs $5'), 'plain text [not a link] (aside) costs $5');
  });

  it('is used by every notification in the extension that shows more than a fixed sentence', () => {
    const unguarded: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts')) {
          const source = readFileSync(path, 'utf8');
          for (const call of source.matchAll(/window\.show(?:Error|Warning|Information)Message\(\s*([^'\s])/g)) {
            if (!source.startsWith('inertText(', call.index + call[0].length - 1)) unguarded.push(`${path}: ${source.slice(call.index, call.index + 90)}`);
          }
        }
      }
    };
    // Cross-reference UI is another engineer's (see their branch); every other feature is checked.
    for (const feature of readdirSync('src/features')) walk(join('src/features', feature));
    assert.deepEqual(unguarded, []);
  });
});
