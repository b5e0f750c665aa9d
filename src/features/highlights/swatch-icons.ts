import * as vscode from 'vscode';
import { normalizeHexColor } from '../../core/codebook/palette';

/**
 * Small SVG images in a theme's colour: swatches for tree items and quick picks, and stripes for the
 * editor gutter. Tree and quick-pick icons cannot take an arbitrary colour through ThemeColor, so each
 * colour gets a file under the extension's global storage, written once; file URIs are what tree items,
 * quick picks and gutter icons all accept, locally and in remote windows. Hovers get data: URIs.
 */
export class SwatchIcons {
  private readonly written = new Map<string, Promise<vscode.Uri>>();

  constructor(private readonly folder: vscode.Uri) {}

  /** A rounded square of the colour. */
  swatch(color: string): Promise<vscode.Uri> {
    const hex = safeHex(color);
    return this.file(`swatch-${hex.slice(1)}.svg`, swatchSvg(hex));
  }

  /** Up to three vertical stripes, one per colour, for the gutter. */
  stripes(colors: readonly string[]): Promise<vscode.Uri> {
    const hexes = colors.slice(0, 3).map(safeHex);
    return this.file(`stripes-${hexes.map((h) => h.slice(1)).join('-')}.svg`, stripesSvg(hexes));
  }

  private file(name: string, svg: string): Promise<vscode.Uri> {
    let pending = this.written.get(name);
    if (!pending) {
      const uri = vscode.Uri.joinPath(this.folder, 'icons', name);
      pending = (async () => {
        try {
          await vscode.workspace.fs.stat(uri);
        } catch {
          await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.folder, 'icons'));
          await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(svg));
        }
        return uri;
      })();
      pending.catch(() => this.written.delete(name));
      this.written.set(name, pending);
    }
    return pending;
  }
}

/** A swatch as a data: URI, for Markdown images in hovers. */
export function swatchDataUri(color: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(swatchSvg(safeHex(color))).toString('base64')}`;
}

function safeHex(color: string): string {
  return normalizeHexColor(color) ?? '#808080';
}

function swatchSvg(hex: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><rect x="2" y="2" width="12" height="12" rx="3" fill="${hex}" stroke="#80808080" stroke-width="1"/></svg>`;
}

function stripesSvg(hexes: readonly string[]): string {
  const bars = hexes.map((hex, i) => `<rect x="${i * 4}" y="0" width="3" height="16" fill="${hex}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="12" height="16" viewBox="0 0 12 16" preserveAspectRatio="none">${bars}</svg>`;
}
