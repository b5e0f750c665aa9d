import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

// The injection grammar is tested over VS Code's own Markdown grammar, which the test host installs
// with code-server (npm run test:host); it is not copied into this repository.
const cacheRoot = process.env.MARGINALIA_CACHE ?? join(homedir(), '.cache', 'marginalia');
const builtInExtensions = join(cacheRoot, 'code-server-4.139.1/node_modules/code-server/lib/vscode/extensions');
const markdownGrammarPath = join(builtInExtensions, 'markdown-basics/syntaxes/markdown.tmLanguage.json');
const injectionPath = join(__dirname, '..', '..', 'syntaxes', 'quotations.markdown.injection.json');
const injectionScope = 'marginalia.quotations.injection';
const quotationScope = 'meta.quotation.marginalia';

/** The text of each run of tokens scoped as a quotation, per line. */
function quotationsIn(grammar: IGrammar, markdown: string): string[] {
  const found: string[] = [];
  let state = INITIAL;
  for (const line of markdown.split('\n')) {
    const result = grammar.tokenizeLine(line, state);
    let current = '';
    for (const token of result.tokens) {
      const text = line.slice(token.startIndex, token.endIndex);
      if (token.scopes.includes(quotationScope)) current += text;
      else if (current) {
        found.push(current);
        current = '';
      }
    }
    if (current) found.push(current);
    state = result.ruleStack;
  }
  return found;
}

/** Scope name → grammar file of every grammar VS Code ships (HTML, YAML, the languages of fenced code…). */
function builtInGrammars(): Map<string, string> {
  const files = new Map<string, string>();
  for (const extension of readdirSync(builtInExtensions)) {
    const manifestPath = join(builtInExtensions, extension, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { contributes?: { grammars?: { scopeName?: string; path?: string }[] } };
    for (const grammar of manifest.contributes?.grammars ?? []) {
      if (grammar.scopeName && grammar.path && !grammar.path.endsWith('.plist')) files.set(grammar.scopeName, join(builtInExtensions, extension, grammar.path));
    }
  }
  return files;
}

describe('quotation injection grammar (vscode-textmate over the Markdown grammar)', function () {
  let grammar: IGrammar;

  before(async function () {
    if (!existsSync(markdownGrammarPath)) {
      console.warn(`    (skipped: ${markdownGrammarPath} is missing; run npm run test:setup once to install code-server)`);
      this.skip();
    }
    const grammarFiles = builtInGrammars();
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
        createOnigString: (text: string) => new OnigString(text),
      }),
      loadGrammar: async (scopeName) => {
        const path = scopeName === injectionScope ? injectionPath : grammarFiles.get(scopeName);
        return path ? parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
      },
      getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [injectionScope] : undefined),
    });
    const loaded = await registry.loadGrammar('text.html.markdown');
    assert.ok(loaded, 'the Markdown grammar loads');
    grammar = loaded;
  });

  it('scopes curly, straight, guillemet and low-high quotations in prose', () => {
    const markdown = [
      'The mayor said “perfectly safe” on Thursday.',
      'Saarvik said "My advice has not changed," in a statement.',
      'Il a répondu « jamais » hier. Sie sagte „niemals“ heute.',
    ].join('\n');
    assert.deepEqual(quotationsIn(grammar, markdown), ['“perfectly safe”', '"My advice has not changed,"', '« jamais »', '„niemals“']);
  });

  it('scopes the marks and the content separately', () => {
    const tokens = grammar.tokenizeLine('He said “no”.', INITIAL).tokens;
    const scopeOf = (text: string) => tokens.find((t) => 'He said “no”.'.slice(t.startIndex, t.endIndex) === text)?.scopes ?? [];
    assert.ok(scopeOf('“').includes('punctuation.definition.quotation.begin.marginalia'));
    assert.ok(scopeOf('no').includes('string.quoted.double.content.marginalia'));
    assert.ok(scopeOf('”').includes('punctuation.definition.quotation.end.marginalia'));
  });

  it('scopes quotations in headings, list items and block quotes', () => {
    const markdown = ['# Mayor: “water first, blame later”', '', '- She said "not now" twice', '', '> “Nobody knocked on my door.”'].join('\n');
    assert.deepEqual(quotationsIn(grammar, markdown), ['“water first, blame later”', '"not now"', '“Nobody knocked on my door.”']);
  });

  it('does not scope quotes in fenced or indented code, inline code, link targets, HTML or front matter', () => {
    const markdown = [
      '---',
      'title: "Front matter"',
      '---',
      '',
      '```js',
      'const said = "not a quotation";',
      '```',
      '',
      '    indented "code block"',
      '',
      'Inline `say "raw"` here and a [link](https://example.com/"q") and <a title="html">x</a>.',
    ].join('\n');
    assert.deepEqual(quotationsIn(grammar, markdown), []);
  });

  it('keeps inline code and emphasis inside a quotation scoped as Markdown', () => {
    const line = 'He said “run `make` **now**” and left.';
    const tokens = grammar.tokenizeLine(line, INITIAL).tokens;
    const make = tokens.find((t) => line.slice(t.startIndex, t.endIndex) === 'make');
    assert.ok(make?.scopes.includes('markup.inline.raw.string.markdown'), `make: ${make?.scopes.join(' ')}`);
    assert.ok(make?.scopes.includes(quotationScope));
    assert.deepEqual(quotationsIn(grammar, line), ['“run `make` **now**”']);
  });

  it('does not take inch marks, apostrophes or an unclosed mark for a quotation', () => {
    assert.deepEqual(quotationsIn(grammar, 'A 15" screen and a 17" one; the council’s “view'), []);
  });
});
