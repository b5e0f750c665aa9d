import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { parse } from 'parse5';
import { computeReport, renderStandaloneReport, renderWebviewReport, type CorpusReport } from '../../src/core/reports';
import { doc } from './report-support';

// parse5 (the WHATWG HTML parsing algorithm, as browsers run it) comes with @vscode/vsce.
interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

const hostile = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(2)</script>',
  'javascript:alert(3)',
  '[x](command:workbench.action.terminal.new)',
  '"><svg onload=alert(4)>',
  "' onmouseover='alert(5)",
  '&lt;b&gt;entity&amp;',
];

function hostileReport(): CorpusReport {
  return computeReport({
    themes: hostile.map((label, i) => ({ id: `t${i}`, label, color: i === 0 ? 'red;background:url(https://evil.example/x)' : '#3e63dd', description: label })),
    speakerAliases: [],
    documents: hostile.map((text, i) =>
      doc(`${text.replace(/\//g, '∕')}/${text.replace(/\//g, '∕')}.md`, {
        id: `c${i}`,
        at: [0, 10],
        themes: [`t${i}`, `t${(i + 1) % hostile.length}`, i === 2 ? `</style><img src=x onerror=alert(6)>` : `t${i}`],
        speaker: text,
        note: text,
        quote: text,
      }),
    ),
  });
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
  if (node.content) walk(node.content, visit);
}

/** Every element, attribute and text of the parsed document. */
function inventory(html: string) {
  const elements: Node[] = [];
  const texts: string[] = [];
  walk(parse(html) as unknown as Node, (node) => {
    if (node.tagName) elements.push(node);
    if (node.nodeName === '#text' && node.value !== undefined) texts.push(node.value);
  });
  return { elements, texts, attributes: elements.flatMap((e) => (e.attrs ?? []).map((a) => ({ element: e.tagName!, ...a }))) };
}

const allowedElements = new Set(['html', 'head', 'body', 'meta', 'title', 'style', 'header', 'main', 'div', 'h1', 'h2', 'p', 'dl', 'dt', 'dd', 'section', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'svg', 'rect', 'footer', 'button', 'script']);
const allowedAttributes = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'title', 'scope', 'id', 'aria-labelledby', 'aria-hidden', 'data-table', 'data-row', 'data-column', 'data-action', 'data-revision', 'type', 'width', 'height', 'viewBox', 'rx', 'fill', 'nonce', 'src']);

function assertInert(html: string, scripts: { src: string; nonce: string }[]) {
  const { elements, texts, attributes } = inventory(html);
  for (const element of elements) assert.ok(allowedElements.has(element.tagName!), `unexpected <${element.tagName}>`);
  for (const attribute of attributes) {
    assert.ok(allowedAttributes.has(attribute.name), `unexpected attribute ${attribute.name}="${attribute.value}" on <${attribute.element}>`);
    if (attribute.name === 'src') assert.equal(attribute.element, 'script');
    if (attribute.name === 'fill') assert.match(attribute.value, /^#[0-9a-f]{6}$/);
  }
  const found = elements
    .filter((e) => e.tagName === 'script')
    .map((e) => ({ src: e.attrs!.find((a) => a.name === 'src')?.value ?? '', nonce: e.attrs!.find((a) => a.name === 'nonce')?.value ?? '', inline: (e.childNodes ?? []).length }));
  assert.deepEqual(found, scripts.map((s) => ({ ...s, inline: 0 })));
  const styles = elements.filter((e) => e.tagName === 'style');
  assert.equal(styles.length, 1);
  const css = styles[0]!.childNodes!.map((n) => n.value).join('');
  for (const text of [...hostile, 'evil.example', 'alert(']) assert.ok(!css.includes(text), `the style sheet holds ${text}`);
  // Every hostile string reaches the reader as text, character for character.
  const visible = [...texts, ...attributes.filter((a) => a.name === 'title').map((a) => a.value)].join('\n');
  for (const text of hostile) assert.ok(visible.includes(text), `${text} is shown as text`);
  return { css, elements };
}

function csp(elements: Node[]): string {
  const meta = elements.find((e) => e.tagName === 'meta' && e.attrs!.some((a) => a.name === 'http-equiv' && a.value === 'Content-Security-Policy'));
  assert.ok(meta, 'a CSP meta element');
  const firstContent = elements.findIndex((e) => e.tagName === 'style' || e.tagName === 'script' || e.tagName === 'title');
  assert.ok(elements.indexOf(meta) < firstContent, 'the CSP comes before any style, script or text');
  return meta.attrs!.find((a) => a.name === 'content')!.value;
}

describe('report HTML', () => {
  it('exports a self-contained file where hostile names, speakers, notes, quotes and paths stay text', () => {
    const html = renderStandaloneReport(hostileReport(), { subtitle: hostile[0], generated: hostile[1] });
    const { css, elements } = assertInert(html, []);
    const policy = csp(elements);
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    assert.equal(policy, `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`);
    assert.match(css, /prefers-color-scheme: dark/);
    assert.ok(!/https?:|\/\/[a-z]/i.test(html.replace(/“[^”]*”/g, '')), 'no remote address');
    assert.ok(elements.every((e) => e.tagName !== 'button'), 'the file has no buttons');
  });

  it('renders the webview with one nonce’d script, cell buttons carrying their coordinates, and hostile text inert', () => {
    const report = hostileReport();
    const nonce = 'AbCdEfGhIjKlMnOpQrStUv';
    const html = renderWebviewReport(report, { nonce, cspSource: 'https://file+.vscode-resource.vscode-cdn.net', scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/report.js', revision: 7 });
    const { elements } = assertInert(html, [{ src: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/report.js', nonce }]);
    assert.equal(
      csp(elements),
      `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src https://file+.vscode-resource.vscode-cdn.net; font-src https://file+.vscode-resource.vscode-cdn.net; base-uri 'none'; form-action 'none'`,
    );
    assert.equal(elements.find((e) => e.tagName === 'style')!.attrs!.find((a) => a.name === 'nonce')?.value, nonce);
    assert.equal(elements.find((e) => e.tagName === 'main')!.attrs!.find((a) => a.name === 'data-revision')?.value, '7');
    const buttons = elements.filter((e) => e.tagName === 'button' && e.attrs!.some((a) => a.name === 'data-table'));
    const attr = (e: Node, name: string) => e.attrs!.find((a) => a.name === name)?.value;
    const nonEmpty = (['documents', 'cooccurrence', 'speakers'] as const).flatMap((id) =>
      report[id].cells.flatMap((row, r) => row.flatMap((cell, c) => (cell.count > 0 ? [`${id}:${r}:${c}:${cell.count}`] : []))),
    );
    assert.deepEqual(buttons.map((b) => `${attr(b, 'data-table')}:${attr(b, 'data-row')}:${attr(b, 'data-column')}:${b.childNodes![0]!.value}`), nonEmpty);
    assert.ok(elements.some((e) => e.tagName === 'button' && attr(e, 'data-action') === 'export'));
  });

  it('refuses a nonce that could break out of the policy', () => {
    assert.throws(() => renderWebviewReport(hostileReport(), { nonce: "x' 'unsafe-inline", cspSource: 'vscode-resource:', scriptUri: 'x', revision: 0 }), RangeError);
  });

  it('says so when there are no claims instead of empty tables', () => {
    const { texts, elements } = inventory(renderStandaloneReport(computeReport({ themes: [], documents: [doc('a.txt')] })));
    assert.ok(texts.some((t) => t.startsWith('No claims yet')));
    assert.ok(!elements.some((e) => e.tagName === 'table'));
  });
});
