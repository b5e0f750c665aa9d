import * as assert from 'node:assert/strict';
import { codebookOperationsFor, planThemeRewrite, rewriteClaimThemes } from '../../src/core/codebook/theme-rewrite';
import { ThemeTree } from '../../src/core/codebook/theme-tree';
import type { Codebook, Theme } from '../../src/core/model/codebook';
import { applyCodebookOperation, type CodebookOperation } from '../../src/core/model/codebook-operations';
import { parseCodebook } from '../../src/core/store/codebook-format';
import { serializeCodebook } from '../../src/core/store/serialize';

const theme = (id: string, parent?: string): Theme => ({ id, label: id.toUpperCase(), color: '#e5484d', ...(parent ? { parent } : {}) });
// health ─┬ water ── infants
//         └ hospitals
// economy
const themes: Theme[] = [theme('health'), theme('water', 'health'), theme('infants', 'water'), theme('hospitals', 'health'), theme('economy')];

function applyAll(codebook: Codebook, operations: readonly CodebookOperation[]): Codebook {
  return operations.reduce((current, operation) => applyCodebookOperation(current, operation).codebook, codebook);
}

describe('theme tree', () => {
  const tree = new ThemeTree(themes);

  it('builds the hierarchy in codebook order', () => {
    assert.deepEqual(tree.children().map((t) => t.id), ['health', 'economy']);
    assert.deepEqual(tree.children('health').map((t) => t.id), ['water', 'hospitals']);
    assert.deepEqual(tree.flatten().map((r) => `${r.depth}:${r.theme.id}`), ['0:health', '1:water', '2:infants', '1:hospitals', '0:economy']);
  });

  it('knows ancestors, descendants and label paths', () => {
    assert.deepEqual(tree.ancestors('infants').map((t) => t.id), ['water', 'health']);
    assert.deepEqual(tree.descendants('health').map((t) => t.id), ['water', 'infants', 'hospitals']);
    assert.equal(tree.path('infants'), 'HEALTH › WATER › INFANTS');
  });

  it('refuses moves that would make a theme its own ancestor', () => {
    assert.equal(tree.canMoveUnder('health', 'infants'), false);
    assert.equal(tree.canMoveUnder('health', 'health'), false);
    assert.equal(tree.canMoveUnder('water', 'missing'), false);
    assert.equal(tree.canMoveUnder('infants', 'economy'), true);
    assert.equal(tree.canMoveUnder('infants', undefined), true);
  });

  it('shows themes with a missing parent, or in a cycle, at the top level instead of losing them', () => {
    const broken = new ThemeTree([theme('a', 'b'), theme('b', 'a'), theme('c', 'gone')]);
    assert.deepEqual(broken.children().map((t) => t.id), ['a', 'b', 'c']);
  });
});

describe('codebook operations keep the hierarchy valid', () => {
  const codebook: Codebook = { version: 1, themes };

  it('does not apply a re-parent that would create a cycle or point nowhere', () => {
    assert.equal(applyCodebookOperation(codebook, { type: 'update-theme', id: 'health', changes: { parent: 'infants' } }).applied, false);
    assert.equal(applyCodebookOperation(codebook, { type: 'update-theme', id: 'water', changes: { parent: 'water' } }).applied, false);
    assert.equal(applyCodebookOperation(codebook, { type: 'update-theme', id: 'water', changes: { parent: 'nope' } }).applied, false);
    const moved = applyCodebookOperation(codebook, { type: 'update-theme', id: 'infants', changes: { parent: 'economy' } });
    assert.equal(moved.applied, true);
    assert.equal(moved.codebook.themes.find((t) => t.id === 'infants')?.parent, 'economy');
  });

  it('moves to the top level by removing the parent', () => {
    const moved = applyCodebookOperation(codebook, { type: 'update-theme', id: 'water', changes: { parent: undefined } }).codebook;
    assert.equal('parent' in moved.themes.find((t) => t.id === 'water')!, false);
  });

  it('moves the sub-themes of a removed theme up to its parent', () => {
    const { codebook: next, applied } = applyCodebookOperation(codebook, { type: 'remove-theme', id: 'water' });
    assert.equal(applied, true);
    assert.equal(next.themes.find((t) => t.id === 'infants')?.parent, 'health');
    assert.equal(applyCodebookOperation(codebook, { type: 'remove-theme', id: 'nope' }).applied, false);
  });
});

describe('merge and delete plans', () => {
  const claims = [
    { documentPath: 'a.md', claimId: '1', themes: ['water', 'economy'] },
    { documentPath: 'a.md', claimId: '2', themes: ['economy'] },
    { documentPath: 'b.txt', claimId: '3', themes: ['water', 'health'] },
    { documentPath: 'c.txt', claimId: '4', themes: ['health'] },
  ];

  it('rewrites one claim’s themes in place without duplicates', () => {
    assert.deepEqual(rewriteClaimThemes(['water', 'economy'], { kind: 'merge', from: 'water', into: 'health' }), ['health', 'economy']);
    assert.deepEqual(rewriteClaimThemes(['water', 'health'], { kind: 'merge', from: 'water', into: 'health' }), ['health']);
    assert.deepEqual(rewriteClaimThemes(['health', 'water'], { kind: 'merge', from: 'water', into: 'health' }), ['health']);
    assert.deepEqual(rewriteClaimThemes(['water', 'economy'], { kind: 'delete', id: 'water' }), ['economy']);
    assert.equal(rewriteClaimThemes(['economy'], { kind: 'delete', id: 'water' }), undefined);
  });

  it('counts the claims and documents a merge changes', () => {
    const plan = planThemeRewrite(claims, { kind: 'merge', from: 'water', into: 'health' });
    assert.equal(plan.claimCount, 2);
    assert.equal(plan.documentCount, 2);
    assert.deepEqual(plan.byDocument.get('a.md'), [{ claimId: '1', themes: ['health', 'economy'] }]);
    assert.deepEqual(plan.byDocument.get('b.txt'), [{ claimId: '3', themes: ['health'] }]);
  });

  it('counts the claims and documents a delete changes', () => {
    const plan = planThemeRewrite(claims, { kind: 'delete', id: 'economy' });
    assert.equal(plan.claimCount, 2);
    assert.equal(plan.documentCount, 1);
    assert.deepEqual(plan.byDocument.get('a.md'), [
      { claimId: '1', themes: ['water'] },
      { claimId: '2', themes: [] },
    ]);
  });

  it('merges a theme: its sub-themes move under the target and the result is a valid codebook', () => {
    const operations = codebookOperationsFor(themes, { kind: 'merge', from: 'water', into: 'economy' });
    assert.ok(Array.isArray(operations));
    const next = applyAll({ version: 1, themes }, operations);
    assert.equal(next.themes.some((t) => t.id === 'water'), false);
    assert.equal(next.themes.find((t) => t.id === 'infants')?.parent, 'economy');
    assert.equal(parseCodebook(serializeCodebook(next), 'codebook.json').ok, true);
  });

  it('deletes a theme: its sub-themes move up to its parent', () => {
    const operations = codebookOperationsFor(themes, { kind: 'delete', id: 'health' });
    assert.ok(Array.isArray(operations));
    const next = applyAll({ version: 1, themes }, operations);
    assert.deepEqual(new ThemeTree(next.themes).children().map((t) => t.id), ['water', 'hospitals', 'economy']);
    assert.equal(parseCodebook(serializeCodebook(next), 'codebook.json').ok, true);
  });

  it('refuses to merge a theme into itself, into one of its sub-themes or into a missing theme', () => {
    assert.equal(typeof codebookOperationsFor(themes, { kind: 'merge', from: 'water', into: 'water' }), 'string');
    assert.match(String(codebookOperationsFor(themes, { kind: 'merge', from: 'health', into: 'infants' })), /below/);
    assert.equal(typeof codebookOperationsFor(themes, { kind: 'merge', from: 'water', into: 'gone' }), 'string');
    assert.equal(typeof codebookOperationsFor(themes, { kind: 'delete', id: 'gone' }), 'string');
  });
});
