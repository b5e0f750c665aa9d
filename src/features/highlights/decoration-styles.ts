import * as vscode from 'vscode';
import { paletteColorOf } from '../../core/codebook/palette';
import type { SwatchIcons } from './swatch-icons';
import { untaggedKey } from './highlight-plan';

export type HighlightStyle = 'background' | 'underline';

const lanes = [vscode.OverviewRulerLane.Left, vscode.OverviewRulerLane.Center, vscode.OverviewRulerLane.Right];

/**
 * One decoration type per style, created the first time a style is needed and reused for every
 * range and editor after that. A theme whose colour is in the palette is drawn with the contributed
 * colour id `marginalia.themeN`, so colour themes (high contrast included) and
 * `workbench.colorCustomizations` decide how it looks; a custom colour is drawn translucent as is.
 */
export class DecorationStyles implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly pendingGutter = new Map<string, Promise<vscode.TextEditorDecorationType>>();

  constructor(private readonly swatches: SwatchIcons) {}

  /** Every style key created so far (with the kind prefix used in `computed` maps). */
  get keys(): string[] {
    return [...this.types.keys()];
  }

  background(colorKey: string, style: HighlightStyle): vscode.TextEditorDecorationType {
    return this.lazily(`background:${style}:${colorKey}`, () => {
      const color = colorKey === untaggedKey ? new vscode.ThemeColor('marginalia.claimBackground') : themeColor(colorKey);
      return style === 'background'
        ? { backgroundColor: color, borderRadius: '2px' }
        : { borderStyle: 'solid', borderWidth: '0 0 2px 0', borderColor: colorKey === untaggedKey ? color : colorKey };
    });
  }

  quote(): vscode.TextEditorDecorationType {
    return this.lazily('quote', () => ({ backgroundColor: new vscode.ThemeColor('marginalia.quoteBackground'), borderRadius: '2px' }));
  }

  ruler(color: string, lane: number): vscode.TextEditorDecorationType {
    return this.lazily(`ruler:${color}|${lane}`, () => ({ overviewRulerColor: color, overviewRulerLane: lanes[lane] ?? lanes[0] }));
  }

  async gutter(colors: readonly string[]): Promise<vscode.TextEditorDecorationType> {
    const key = `gutter:${colors.join(',')}`;
    const existing = this.types.get(key);
    if (existing) return existing;
    let pending = this.pendingGutter.get(key);
    if (!pending) {
      pending = this.swatches.stripes(colors).then((icon) =>
        this.lazily(key, () => ({ gutterIconPath: icon, gutterIconSize: 'contain', isWholeLine: false })),
      );
      this.pendingGutter.set(key, pending);
    }
    return pending;
  }

  /** Every type created so far, to clear the styles an editor no longer uses. */
  all(): vscode.TextEditorDecorationType[] {
    return [...this.types.values()];
  }

  dispose(): void {
    for (const type of this.types.values()) type.dispose();
    this.types.clear();
  }

  private lazily(key: string, options: () => vscode.DecorationRenderOptions): vscode.TextEditorDecorationType {
    let type = this.types.get(key);
    if (!type) {
      type = vscode.window.createTextEditorDecorationType({ rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed, ...options() });
      this.types.set(key, type);
    }
    return type;
  }
}

/** The contributed colour of a palette colour, else the colour itself at a quarter opacity. */
function themeColor(hex: string): vscode.ThemeColor | string {
  const slot = paletteColorOf(hex)?.slot;
  return slot !== undefined ? new vscode.ThemeColor(`marginalia.theme${slot}`) : `${hex}40`;
}
