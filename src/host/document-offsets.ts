import * as vscode from 'vscode';
import { CodePointIndex, type CodePointRange, type Utf16Range } from '../core/text/code-points';

/**
 * Converts between VS Code positions and the two offset units of the core, for one version of a
 * document. All conversions between the editor and code points pass through here.
 */
export class DocumentOffsets {
  private constructor(
    readonly document: vscode.TextDocument,
    readonly version: number,
    readonly text: string,
    readonly index: CodePointIndex,
  ) {}

  private static readonly cache = new WeakMap<vscode.TextDocument, DocumentOffsets>();

  static of(document: vscode.TextDocument): DocumentOffsets {
    const cached = DocumentOffsets.cache.get(document);
    if (cached && cached.version === document.version) return cached;
    const text = document.getText();
    const offsets = new DocumentOffsets(document, document.version, text, CodePointIndex.of(text));
    DocumentOffsets.cache.set(document, offsets);
    return offsets;
  }

  rangeOfUtf16(range: Utf16Range): vscode.Range {
    return new vscode.Range(this.document.positionAt(range.start), this.document.positionAt(range.end));
  }

  utf16Of(range: vscode.Range): Utf16Range {
    return { start: this.document.offsetAt(range.start), end: this.document.offsetAt(range.end) };
  }

  codePointsOf(range: vscode.Range): CodePointRange {
    return this.index.toCodePointRange(this.utf16Of(range));
  }

  rangeOfCodePoints(range: CodePointRange): vscode.Range {
    return this.rangeOfUtf16(this.index.toUtf16Range(range));
  }
}
