import * as vscode from 'vscode';
import type { AnnotationService } from '../annotations';
import { claimIdAt } from './claim-places';
import type { CrossReferenceCommands } from './cross-reference-commands';
import { crossReferenceSummary } from './cross-reference-list';
import type { CrossReferenceService } from './cross-reference-service';

export const peekCommand = 'marginalia.peekCrossReferences';

/** Go to / Peek Definition on a claim: its linked claims, then its best suggestions. */
export class CrossReferenceDefinitionProvider implements vscode.DefinitionProvider {
  constructor(
    private readonly annotations: AnnotationService,
    private readonly commands: CrossReferenceCommands,
  ) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[] | undefined> {
    const id = await claimIdAt(this.annotations, document, position);
    return id === undefined ? undefined : this.commands.locationsOf(id);
  }
}

/** "N cross-references in M documents" above each claim that has any; it opens a Peek of them. */
export class CrossReferenceCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly annotations: AnnotationService,
    private readonly service: CrossReferenceService,
  ) {
    this.subscription = service.onDidChange(() => this.changed.fire());
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    // A document closed meanwhile (renamed, deleted) must not get a new annotation session.
    if (document.isClosed) return [];
    const session = await this.annotations.sessionFor(document);
    if (!session) return [];
    await this.service.ready();
    const lenses: vscode.CodeLens[] = [];
    for (const live of session.annotations) {
      if (live.state !== 'anchored') continue;
      const references = this.service.crossReferencesOf(live.annotation.id);
      if (references.length === 0) continue;
      const start = document.positionAt(live.start);
      lenses.push(
        new vscode.CodeLens(new vscode.Range(start, start), {
          title: crossReferenceSummary(references),
          tooltip: 'Peek the linked and suggested claims',
          command: peekCommand,
          arguments: [document.uri.toString(), live.annotation.id],
        }),
      );
    }
    return lenses;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
