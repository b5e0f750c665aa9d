import * as vscode from 'vscode';

const colorPattern = /^#[0-9a-f]{6}$/i;

/**
 * Round colour swatches for theme colours. A TreeItem icon cannot take an arbitrary colour
 * (ThemeColor only names colours of the colour registry), so each colour gets a tiny SVG file
 * in the extension's global storage, written once and reused.
 */
export class SwatchIcons {
  private readonly files = new Map<string, Promise<vscode.Uri | undefined>>();

  constructor(private readonly storage: vscode.Uri) {}

  /** The swatch of a `#rrggbb` colour; undefined for anything else or when it cannot be written. */
  iconFor(color: string | undefined): Promise<vscode.Uri | undefined> {
    if (!color || !colorPattern.test(color)) return Promise.resolve(undefined);
    const hex = color.slice(1).toLowerCase();
    let file = this.files.get(hex);
    if (!file) {
      file = this.write(hex);
      this.files.set(hex, file);
    }
    return file;
  }

  private async write(hex: string): Promise<vscode.Uri | undefined> {
    const folder = vscode.Uri.joinPath(this.storage, 'swatches');
    const uri = vscode.Uri.joinPath(folder, `${hex}.svg`);
    try {
      await vscode.workspace.fs.createDirectory(folder);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(swatchSvg(hex)));
      return uri;
    } catch (error) {
      console.error('Marginalia: cannot write a theme colour swatch', error);
      return undefined;
    }
  }
}

/** A filled circle with a thin darker ring, so light colours stay visible on light themes. */
export function swatchSvg(hex: string): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">' +
    `<circle cx="8" cy="8" r="5.5" fill="#${hex}" stroke="#000" stroke-opacity=".25" stroke-width="1"/></svg>`
  );
}
