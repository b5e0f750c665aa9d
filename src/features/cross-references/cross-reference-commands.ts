import * as vscode from 'vscode';
import { quoteSelectorOf, type AnnotationLink } from '../../core/model/annotation';
import type { AnnotationService } from '../annotations';
import type { CorpusService } from '../corpus';
import { claimIdAt, locationOf, resolveSource, revealLocation, storedPathOf, type SourceClaim } from './claim-places';
import { nextStop, relationLabel, type CrossReference } from './cross-reference-list';
import type { CrossReferenceService, KnownClaim } from './cross-reference-service';
import { withLink } from './link-graph';
import { defaultPrompts, type ClaimChoice, type CrossReferencePrompts } from './prompts';

/** Link Claim, Peek, Next/Previous Cross-reference and Compare with… */
export class CrossReferenceCommands {
  prompts: CrossReferencePrompts = defaultPrompts;
  /** The claim a Next/Previous walk started from, followed by its cross-references. */
  private walk: readonly string[] = [];

  constructor(
    private readonly annotations: AnnotationService,
    private readonly corpus: CorpusService,
    private readonly service: CrossReferenceService,
  ) {}

  /** Asks for a target claim and a relation and stores the link in the source claim's sidecar. */
  async linkClaim(args: readonly unknown[]): Promise<AnnotationLink | undefined> {
    const source = await resolveSource(this.annotations, this.corpus, args);
    if (!source) return undefined;
    await this.service.ready();
    const sourcePath = this.corpus.keyOf(source.document.uri);
    const live = (await this.annotations.sessionFor(source.document))?.annotations.find((a) => a.annotation.id === source.id);
    if (!live) throw new Error('the claim is no longer in its document.');
    const choices = this.service.rankedCandidates(source.id).map(({ claim, score }) => choiceOf(claim, score > 0 ? `similarity ${score.toFixed(2)}` : 'not similar'));
    if (choices.length === 0) {
      void vscode.window.showInformationMessage('Marginalia: there is no other claim in the corpus to link to.');
      return undefined;
    }
    const targetId = await this.prompts.pickLinkTarget(quoteSelectorOf(live.annotation).exact, choices);
    const target = targetId === undefined ? undefined : this.service.claim(targetId);
    if (!target) return undefined;
    const relation = await this.prompts.pickRelation();
    if (!relation) return undefined;
    const link: AnnotationLink = {
      target: target.claim.annotation.id,
      ...(target.documentPath === sourcePath ? {} : { document: storedPathOf(this.corpus, target) }),
      relation,
    };
    await this.annotations.updateClaim(source.document, source.id, { links: withLink(live.annotation.links, link) });
    vscode.window.setStatusBarMessage(`Marginalia: linked (${relationLabel(relation)})`, 3000);
    return link;
  }

  /** Where the cross-references of a claim are, links first. */
  async locationsOf(id: string): Promise<vscode.Location[]> {
    await this.service.ready();
    const locations = await Promise.all(this.service.crossReferencesOf(id).map((reference) => this.locationOfReference(reference)));
    return locations.filter((l): l is vscode.Location => l !== undefined);
  }

  /** Opens the peek view on a claim's cross-references; resolves to the locations it shows. */
  async peek(args: readonly unknown[]): Promise<vscode.Location[] | undefined> {
    const source = await resolveSource(this.annotations, this.corpus, args);
    if (!source) return undefined;
    const here = this.service.claim(source.id);
    const place = here && (await locationOf(this.corpus, here));
    const locations = await this.locationsOf(source.id);
    // From a Claims view row the document may not be shown: the peek opens in an editor of it.
    if (place && vscode.window.activeTextEditor?.document.uri.toString() !== source.document.uri.toString()) await revealLocation(place);
    const position = place?.range.start ?? vscode.window.activeTextEditor?.selection.active ?? new vscode.Position(0, 0);
    await vscode.commands.executeCommand('editor.action.peekLocations', source.document.uri, position, locations, 'peek');
    return locations;
  }

  /** Moves the selection to the next (or previous) cross-reference of the claim the walk started from. */
  async step(direction: 1 | -1): Promise<string | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) throw new Error('open a document of your corpus and put the cursor in a claim.');
    await this.service.ready();
    const here = await claimIdAt(this.annotations, editor.document, middleOf(editor.document, editor.selection));
    if (here === undefined) {
      void vscode.window.showInformationMessage('Marginalia: there is no claim at the cursor.');
      return undefined;
    }
    if (!this.walk.includes(here)) this.walk = [here, ...this.service.crossReferencesOf(here).map((r) => r.id)];
    if (this.walk.length < 2) {
      void vscode.window.showInformationMessage('Marginalia: this claim has no cross-references.');
      return undefined;
    }
    const next = this.walk[nextStop(this.walk.length, this.walk.indexOf(here), direction)]!;
    const known = this.service.claim(next);
    const location = known && (await locationOf(this.corpus, known));
    if (!location) return undefined;
    await revealLocation(location, editor.viewColumn);
    return next;
  }

  /** Opens the claim's document and a cross-referenced claim's document side by side, both claims selected. */
  async compare(args: readonly unknown[]): Promise<[vscode.TextEditor, vscode.TextEditor] | undefined> {
    const source = await resolveSource(this.annotations, this.corpus, args);
    if (!source) return undefined;
    await this.service.ready();
    const requested = typeof args[2] === 'string' ? args[2] : undefined;
    const targetId = requested ?? (await this.prompts.pickComparison(this.comparisonChoices(source)));
    const target = targetId === undefined ? undefined : this.service.claim(targetId);
    const here = this.service.claim(source.id);
    if (!target || !here) return undefined;
    const [from, to] = await Promise.all([locationOf(this.corpus, here), locationOf(this.corpus, target)]);
    if (!from || !to) return undefined;
    const column = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
    const left = await revealLocation(from, column);
    const right = await revealLocation(to, vscode.ViewColumn.Beside);
    return [left, right];
  }

  private comparisonChoices(source: SourceClaim): ClaimChoice[] {
    const references = this.service.crossReferencesOf(source.id);
    if (references.length > 0) {
      return references.flatMap((r) => {
        const known = this.service.claim(r.id);
        return known ? [choiceOf(known, r.source === 'suggestion' ? `suggested: ${r.label}` : r.label)] : [];
      });
    }
    return this.service.rankedCandidates(source.id, 50).map(({ claim, score }) => choiceOf(claim, `similarity ${score.toFixed(2)}`));
  }

  private async locationOfReference(reference: CrossReference): Promise<vscode.Location | undefined> {
    const known = this.service.claim(reference.id);
    return known && locationOf(this.corpus, known);
  }
}

function choiceOf(known: KnownClaim, detail: string): ClaimChoice {
  return {
    id: known.claim.annotation.id,
    quote: quoteSelectorOf(known.claim.annotation).exact,
    speaker: known.claim.annotation.speaker,
    documentPath: known.documentPath,
    detail,
  };
}

/** The middle of a selection: inside the selected claim, never on the edge it shares with a neighbour. */
function middleOf(document: vscode.TextDocument, selection: vscode.Selection): vscode.Position {
  if (selection.isEmpty) return selection.active;
  return document.positionAt(Math.floor((document.offsetAt(selection.start) + document.offsetAt(selection.end)) / 2));
}
