/**
 * The twelve named colours offered for themes. Slot n (1-based) is also contributed as the colour
 * id `marginalia.themeN`, whose light, dark and high-contrast defaults are these hues with the
 * transparency a text background needs; a theme whose colour is a palette colour is highlighted
 * through that id, so colour themes and users stay in charge of it.
 */
export interface PaletteColor {
  readonly name: string;
  /** `#rrggbb`, lower case. */
  readonly hex: string;
  /** 1-based slot, the N of `marginalia.themeN`. */
  readonly slot: number;
}

const named: readonly (readonly [string, string])[] = [
  ['Red', '#e5484d'],
  ['Orange', '#f76b15'],
  ['Amber', '#ffb224'],
  ['Lime', '#99d52a'],
  ['Green', '#30a46c'],
  ['Teal', '#12a594'],
  ['Cyan', '#05a2c2'],
  ['Blue', '#0090ff'],
  ['Indigo', '#3e63dd'],
  ['Violet', '#8e4ec6'],
  ['Pink', '#d6409f'],
  ['Brown', '#ad7f58'],
];

export const palette: readonly PaletteColor[] = named.map(([name, hex], i) => ({ name, hex, slot: i + 1 }));

const hexPattern = /^#[0-9a-f]{6}$/i;

export function isHexColor(value: string): boolean {
  return hexPattern.test(value.trim());
}

/** `#RGB`, `RRGGBB` or `#RRGGBB` (any case, spaces around) as `#rrggbb`; undefined for anything else. */
export function normalizeHexColor(value: string): string | undefined {
  let text = value.trim().toLowerCase();
  if (!text.startsWith('#')) text = `#${text}`;
  if (/^#[0-9a-f]{3}$/.test(text)) text = `#${[...text.slice(1)].map((c) => c + c).join('')}`;
  return hexPattern.test(text) ? text : undefined;
}

/** The palette colour with exactly this hex (case-insensitive), if any. */
export function paletteColorOf(hex: string): PaletteColor | undefined {
  const wanted = hex.toLowerCase();
  return palette.find((color) => color.hex === wanted);
}

/** The palette colour closest to a hex colour (Euclidean distance in RGB weighted for the eye). */
export function nearestPaletteColor(hex: string): PaletteColor {
  const target = rgbOf(hex);
  let best = palette[0]!;
  let bestDistance = Infinity;
  for (const color of palette) {
    const [r, g, b] = rgbOf(color.hex);
    const distance = 2 * (r - target[0]) ** 2 + 4 * (g - target[1]) ** 2 + 3 * (b - target[2]) ** 2;
    if (distance < bestDistance) {
      best = color;
      bestDistance = distance;
    }
  }
  return best;
}

/** The colour for a new theme: the first palette colour no theme uses yet, else the least used one. */
export function nextThemeColor(usedColors: readonly string[]): string {
  const uses = new Map(palette.map((color) => [color.hex, 0]));
  for (const used of usedColors) {
    const hex = used.toLowerCase();
    if (uses.has(hex)) uses.set(hex, uses.get(hex)! + 1);
  }
  let best = palette[0]!;
  for (const color of palette) if (uses.get(color.hex)! < uses.get(best.hex)!) best = color;
  return best.hex;
}

function rgbOf(hex: string): [number, number, number] {
  const value = Number.parseInt((normalizeHexColor(hex) ?? '#000000').slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}
