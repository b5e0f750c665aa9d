import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/model/annotation';
import type { CrossReferenceNode } from '../../src/features/claims-view';
import type { CrossReferencePrompts } from '../../src/features/cross-references';
import type { MarginaliaApi } from '../../src/extension';
import { childrenOf, reloadCorpus, removeFolder, until, workspaceUri, writeDocument } from './claims-view-fixtures';
import { findClaimNode, ScriptedPrompts } from './cross-references-fixtures';
import { activatedMarginalia } from './support/extension';
import { readSidecar } from './tagging-fixtures';

const folder = 'cross-references-review-test';
const north = `${folder}/north.md`;
const meridian = `${folder}/meridian.txt`;
const hostileA = `${folder}/hostile-a.md`;
const hostileB = `${folder}/hostile-b.md`;
const echo = `${folder}/echo.md`;
const echoText = 'Port officials repeated the line: “The law applies to every boat, whatever flag it flies,” a spokesman said.\n';

const quotes = {
  northCede: 'Marevia will not cede an inch of the Caddon Shoals, not today and not at any table',
  northLaw: 'The law applies to every boat, whatever flag it flies',
  meridianCede: 'Marevia will not cede an inch of the Caddon Shoals - not today, and not at any negotiating table',
  meridianLaw: 'The law applies to every boat, whatever flag it flies',
};
const hostileQuote = 'Close the harbour [now](command:workbench.action.quit) *today* <img src=x onerror=alert(1)> before the Brisk storm';

describe('Cross-references: confirm and dismiss suggestions, Claims view children, hover links', () => {
  let api: MarginaliaApi;
  let saved: CrossReferencePrompts;
  const script = new ScriptedPrompts();
  let northClaims: Annotation[];
  let meridianClaims: Annotation[];
  const id = (claims: Annotation[], exact: string): string => claims.find((a) => a.target.selector[0].exact === exact)!.id;
  const sample = (name: string): string => readFileSync(workspaceUri(`harbour-dispute/${name}`).fsPath, 'utf8');
  const uriOf = (relative: string): string => workspaceUri(relative).toString();
  const settle = async (): Promise<void> => {
    await api.annotations.whenIdle();
    await api.crossReferences.service.whenIdle();
    await api.claimsView.provider.whenRefreshed();
  };
  const rows = (claimId: string) => api.crossReferences.service.claimCrossReferences(claimId);
  const stored = (relative: string, claimId: string) => readSidecar(relative).annotations.find((a) => a.id === claimId);

  before(async () => {
    api = await activatedMarginalia();
    saved = api.crossReferences.prompts;
    api.crossReferences.prompts = script;
    northClaims = writeDocument(north, sample('northgate-2026-03-03-trawler-detained.md'), [
      { exact: quotes.northCede, speaker: 'Ilona Márkvart' },
      { exact: quotes.northLaw, speaker: 'Tomas Brennick' },
    ]);
    meridianClaims = writeDocument(meridian, sample('meridian-2026-03-03-grey-heron.txt'), [
      { exact: quotes.meridianCede, speaker: 'Ilona Márkvart' },
      { exact: quotes.meridianLaw, speaker: 'Tomas Brennick' },
    ]);
    writeDocument(echo, echoText, [{ exact: quotes.northLaw, speaker: 'Tomas Brennick' }]);
    await reloadCorpus(api);
    await settle();
  });

  after(async () => {
    api.crossReferences.prompts = saved;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.annotations.whenIdle();
    removeFolder(folder);
    await reloadCorpus(api);
  });

  it('shows a claim’s suggested cross-references as children of its Claims view row, each revealing the other claim', async () => {
    const law = id(northClaims, quotes.northLaw);
    const row = await findClaimNode(api, law);
    const item = await api.claimsView.provider.getTreeItem(row);
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed, 'a claim with cross-references expands');
    const children = (await childrenOf(api, row)) as CrossReferenceNode[];
    assert.ok(children.length >= 2 && children.every((n) => n.kind === 'crossReference' && n.reference.status === 'suggested'), JSON.stringify(children.map((n) => n.reference)));
    assert.deepEqual(
      children.map((n) => n.reference.score),
      children.map((n) => n.reference.score).sort((x, y) => y! - x!),
      'best first',
    );
    const meridianRow = children.find((n) => n.reference.claimId === id(meridianClaims, quotes.meridianLaw));
    assert.ok(meridianRow, 'the same statement in the other report');
    assert.equal(api.claimsView.provider.getParent(meridianRow), row);
    const child = await api.claimsView.provider.getTreeItem(meridianRow);
    assert.ok(quotes.meridianLaw.startsWith(String(child.label).replace(/…$/, '')), String(child.label));
    assert.match(String(child.description), /^suggested [01]\.\d\d · .+ · meridian\.txt$/);
    assert.equal(child.contextValue, 'crossReference-suggested');
    assert.ok(child.command, 'clicking reveals the claim');
    await vscode.commands.executeCommand(child.command.command, ...(child.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.uri.path, /meridian\.txt$/);
    assert.equal(editor.document.getText(editor.selection), quotes.meridianLaw);
  });

  it('Confirm from a Claims view row links the pair as the same statement; the row then shows it as linked', async () => {
    const law = id(northClaims, quotes.northLaw);
    const target = id(meridianClaims, quotes.meridianLaw);
    const suggestion = ((await childrenOf(api, await findClaimNode(api, law))) as CrossReferenceNode[]).find((n) => n.reference.claimId === target)!;
    const link = await vscode.commands.executeCommand('marginalia.confirmCrossReference', suggestion);
    await settle();
    assert.deepEqual(link, { target, document: meridian, relation: 'same-statement' });
    assert.deepEqual(stored(north, law)?.links, [{ target, document: meridian, relation: 'same-statement' }]);
    const [first] = (await childrenOf(api, await findClaimNode(api, law))) as CrossReferenceNode[];
    assert.deepEqual([first?.reference.claimId, first?.reference.status, first?.reference.label], [target, 'linked', 'same statement']);
    const item = await api.claimsView.provider.getTreeItem(first!);
    assert.equal(item.contextValue, 'crossReference-linked');
    // The other end shows the backlink.
    const back = rows(target).find((r) => r.claimId === law);
    assert.equal(back?.status, 'linked');
  });

  it('Dismiss remembers the pair on the source claim; neither end suggests it again', async () => {
    const cede = id(northClaims, quotes.northCede);
    const target = id(meridianClaims, quotes.meridianCede);
    assert.ok(rows(cede).some((r) => r.claimId === target && r.status === 'suggested'), JSON.stringify(rows(cede)));
    assert.equal(await vscode.commands.executeCommand('marginalia.dismissCrossReference', uriOf(north), cede, target), true);
    await settle();
    assert.deepEqual(stored(north, cede)?.dismissedLinks, [{ target, document: meridian }]);
    assert.ok(!rows(cede).some((r) => r.claimId === target));
    assert.ok(!rows(target).some((r) => r.claimId === cede), 'not from the other end either');
    assert.ok(!api.crossReferences.service.crossReferencesOf(target).some((r) => r.id === cede));
    const children = (await childrenOf(api, await findClaimNode(api, cede))) as CrossReferenceNode[];
    assert.ok(!children.some((n) => n.reference.claimId === target));
    // Still dismissed after the corpus is read again from disk.
    await reloadCorpus(api);
    await settle();
    assert.ok(!rows(cede).some((r) => r.claimId === target));
  });

  it('Confirm as… asks for the relation and takes back an earlier dismissal', async () => {
    const cede = id(northClaims, quotes.northCede);
    const target = id(meridianClaims, quotes.meridianCede);
    script.relation = 'elaborates';
    await vscode.commands.executeCommand('marginalia.confirmCrossReferenceAs', uriOf(north), cede, target);
    await settle();
    const claim = stored(north, cede);
    assert.deepEqual(claim?.links, [{ target, document: meridian, relation: 'elaborates' }]);
    assert.equal(claim?.dismissedLinks, undefined, 'the dismissal is gone');
    assert.equal(rows(cede)[0]?.status, 'linked');
    assert.equal(rows(cede)[0]?.label, 'elaborates');
  });

  it('refuses arguments that do not name two claims, without writing anything', async () => {
    const before = readFileSync(workspaceUri(north).fsPath.concat('.annotations.json'), 'utf8');
    const cede = id(northClaims, quotes.northCede);
    for (const args of [[uriOf(north), cede, 42], [uriOf(north), cede, 'not-a-claim'], [uriOf(north), cede, cede], [uriOf(north), cede, id(meridianClaims, quotes.meridianLaw), { relation: 1 }], [{}]]) {
      assert.equal(await vscode.commands.executeCommand('marginalia.dismissCrossReference', ...args), undefined, JSON.stringify(args));
    }
    await settle();
    assert.equal(readFileSync(workspaceUri(north).fsPath.concat('.annotations.json'), 'utf8'), before);
  });

  it('shows a broken link among a claim’s children, marked as such and with nothing to open', async () => {
    const law = id(northClaims, quotes.northLaw);
    const document = await vscode.workspace.openTextDocument(workspaceUri(north));
    const links = [...(stored(north, law)?.links ?? []), { target: '01JZZZZZZZZZZZZZZZZZZGONE1', document: `${folder}/gone.md`, relation: 'supports' }];
    await api.annotations.updateClaim(document, law, { links });
    await settle();
    await until(() => rows(law).some((r) => r.status === 'broken'), 'the broken link');
    const children = (await childrenOf(api, await findClaimNode(api, law))) as CrossReferenceNode[];
    assert.deepEqual(children.map((n) => n.reference.status).slice(0, 2), ['linked', 'broken'], 'after the links, before suggestions');
    const item = await api.claimsView.provider.getTreeItem(children[1]!);
    assert.equal(item.label, 'missing claim 01JZZZZZZZZZZZZZZZZZZGONE1');
    assert.match(String(item.description), /^broken link · supports · cross-references-review-test\/gone\.md$/);
    assert.equal(item.command, undefined);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'warning');
    await api.annotations.updateClaim(document, law, { links: links.slice(0, -1) });
    await settle();
  });

  it('the review quick pick dismisses from a suggestion’s button, then offers the list again without it', async () => {
    const law = id(northClaims, quotes.northLaw);
    const suggestions = rows(law).filter((r) => r.status === 'suggested');
    assert.ok(suggestions.length > 0, 'the same quote in echo.md is suggested');
    const dismissed = suggestions[0]!.claimId;
    script.reviewAnswers = [(items) => ({ action: 'dismiss', id: items.find((i) => i.suggested)!.id }), () => undefined];
    await vscode.commands.executeCommand('marginalia.reviewCrossReferences', uriOf(north), law);
    await settle();
    const [first, second] = script.reviewed.slice(-2);
    assert.ok(first?.some((i) => i.id === dismissed && i.suggested));
    assert.ok(first?.some((i) => i.id === id(meridianClaims, quotes.meridianLaw) && !i.suggested), 'links are listed too');
    assert.ok(second && !second.some((i) => i.id === dismissed), 'the dismissed suggestion is gone from the list');
    assert.deepEqual(stored(north, law)?.dismissedLinks?.map((d) => d.target), [dismissed]);
  });

  describe('the hover', () => {
    let a: Annotation[];
    let b: Annotation[];
    before(async () => {
      a = writeDocument(hostileA, `# A\n\nThe mayor said: “${hostileQuote}”.\n`, [{ exact: hostileQuote, speaker: 'Mayor Oskar Lind' }]);
      b = writeDocument(hostileB, `# B\n\nLind told reporters: “${hostileQuote}”.\n`, [{ exact: hostileQuote, speaker: 'Mayor Oskar Lind' }]);
      await reloadCorpus(api);
      await settle();
    });

    it('lists cross-references as links to Marginalia’s own commands only, with the quoted text escaped', async () => {
      const source = a[0]!;
      await until(() => rows(source.id).some((r) => r.claimId === b[0]!.id), 'the same quote suggested');
      const markdown = api.highlights.hover.describe(workspaceUri(hostileA), source);
      const value = markdown.value.replace(/&nbsp;/g, ' ');
      assert.equal(markdown.supportHtml, false);
      assert.deepEqual(markdown.isTrusted, {
        enabledCommands: [
          'marginalia.editThemes',
          'marginalia.editNote',
          'marginalia.setSpeaker',
          'marginalia.openClaim',
          'marginalia.confirmCrossReference',
          'marginalia.confirmCrossReferenceAs',
          'marginalia.dismissCrossReference',
        ],
      });
      assert.match(value, /\*\*Cross-references\*\*/);
      assert.ok(!value.includes('](command:workbench'), 'the link in the quote is not live');
      assert.ok(!value.includes('<img'), 'no HTML');
      const commands = [...value.matchAll(/\]\(command:([\w.]+)\?/g)].map((m) => m[1]!);
      assert.ok(commands.every((c) => (markdown.isTrusted as { enabledCommands: string[] }).enabledCommands.includes(c)), commands.join());
      for (const command of ['marginalia.openClaim', 'marginalia.confirmCrossReference', 'marginalia.dismissCrossReference']) assert.ok(commands.includes(command), command);
    });

    it('runs its links: Show opens the other claim, Confirm links the pair', async () => {
      const source = a[0]!;
      const target = b[0]!;
      const value = api.highlights.hover.describe(workspaceUri(hostileA), source).value;
      const argsOf = (command: string): unknown[] => {
        const match = new RegExp(`\\(command:${command.replace(/\./g, '\\.')}\\?([^)]+)\\)`).exec(value);
        assert.ok(match, `${command} in ${value}`);
        return JSON.parse(decodeURIComponent(match[1]!)) as unknown[];
      };
      const open = argsOf('marginalia.openClaim');
      assert.deepEqual(open, [target.id]);
      await vscode.commands.executeCommand('marginalia.openClaim', ...open);
      const editor = vscode.window.activeTextEditor!;
      assert.match(editor.document.uri.path, /hostile-b\.md$/);
      assert.equal(editor.document.getText(editor.selection), hostileQuote);

      const confirm = argsOf('marginalia.confirmCrossReference');
      assert.deepEqual(confirm, [uriOf(hostileA), source.id, target.id]);
      await vscode.commands.executeCommand('marginalia.confirmCrossReference', ...confirm);
      await settle();
      assert.deepEqual(stored(hostileA, source.id)?.links, [{ target: target.id, document: hostileB, relation: 'same-statement' }]);
      const after = api.highlights.hover.describe(workspaceUri(hostileA), stored(hostileA, source.id)!).value.replace(/&nbsp;/g, ' ');
      assert.match(after, /\*Linked\* \(same statement\)/);
    });
  });
});
