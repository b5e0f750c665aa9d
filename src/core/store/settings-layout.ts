import { parse, printParseErrorCode, stripComments, type ParseError } from 'jsonc-parser';
import { normalizeRelative, type SidecarLayout } from './paths';

/** Where VS Code keeps a folder's settings; the CLI reads the sidecar layout from it. */
export const folderSettingsPath = '.vscode/settings.json';
export const defaultSidecarFolder = '.marginalia/annotations';

export type LayoutFromSettings =
  | { readonly ok: true; readonly layout: SidecarLayout }
  | { readonly ok: false; readonly message: string };

/**
 * The sidecar layout a folder's `.vscode/settings.json` chooses (`marginalia.sidecars.location`
 * and `marginalia.sidecars.folder`), read the way VS Code reads settings: comments and trailing
 * commas allowed, missing keys meaning the defaults. A file VS Code could not use either, or a
 * folder leaving the corpus, is refused with a message naming the problem, so that no command
 * reads or writes sidecars in a place the editor would not.
 */
export function sidecarLayoutFromSettings(text: string, file = folderSettingsPath): LayoutFromSettings {
  if (stripComments(text).trim() === '') return { ok: true, layout: { kind: 'beside' } };
  const errors: ParseError[] = [];
  const settings: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    return { ok: false, message: `${file}: not valid JSON (${printParseErrorCode(first.error)} at offset ${first.offset})` };
  }
  if (settings === undefined) return { ok: true, layout: { kind: 'beside' } };
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    return { ok: false, message: `${file}: settings must be a JSON object` };
  }
  const location = Object.getOwnPropertyDescriptor(settings, 'marginalia.sidecars.location')?.value;
  const folder = Object.getOwnPropertyDescriptor(settings, 'marginalia.sidecars.folder')?.value;
  if (location === undefined || location === 'beside') return { ok: true, layout: { kind: 'beside' } };
  if (location !== 'folder') {
    return { ok: false, message: `${file}: "marginalia.sidecars.location" must be "beside" or "folder", not ${JSON.stringify(location)}` };
  }
  if (folder !== undefined && typeof folder !== 'string') {
    return { ok: false, message: `${file}: "marginalia.sidecars.folder" must be a string` };
  }
  try {
    const normalized = normalizeRelative(folder || defaultSidecarFolder);
    if (normalized === '') throw new RangeError('empty');
    return { ok: true, layout: { kind: 'mirror', folder: normalized } };
  } catch {
    return { ok: false, message: `${file}: "marginalia.sidecars.folder" must be a folder inside the corpus, not ${JSON.stringify(folder)}` };
  }
}
