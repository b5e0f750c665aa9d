import { dirname, join, relative, sep } from 'node:path';
import type { Sidecar } from '../core/model/sidecar';
import { documentPathForSidecar, sidecarPathFor, sidecarSuffix, type SidecarLayout } from '../core/store/paths';
import { parseSidecar } from '../core/store/sidecar-format';
import { folderSettingsPath, sidecarLayoutFromSettings } from '../core/store/settings-layout';
import { findCorpusRoot } from '../host/corpus-files';
import { readOptionalText } from '../host/node-corpus-reader';
import { CorpusError } from './command';

export type SidecarRead =
  /** `sidecar` is undefined when the document has none. */
  | { readonly ok: true; readonly file: string; readonly sidecar?: Sidecar }
  | { readonly ok: false; readonly file: string; readonly message: string };

/**
 * Where the sidecars of documents are, as the editor would put them: beside each document, or
 * mirrored under a folder when the corpus root's `.vscode/settings.json` says
 * `"marginalia.sidecars.location": "folder"`. Documents outside any corpus (no `.marginalia`
 * folder above them) have their sidecars beside them. One instance per command run: roots and
 * layouts are looked up once.
 */
export class SidecarFiles {
  private readonly roots = new Map<string, Promise<string | undefined>>();
  private readonly layouts = new Map<string, Promise<SidecarLayout>>();

  /** The absolute path of a document's sidecar. Throws CorpusError when the layout setting is unusable. */
  async sidecarOf(document: string): Promise<string> {
    const root = await this.rootOf(dirname(document));
    if (root === undefined) return document + sidecarSuffix;
    const layout = await this.layoutOf(root);
    return join(root, ...sidecarPathFor(toPosix(relative(root, document)), layout).split('/'));
  }

  /**
   * The document a file is the sidecar of, or undefined when the file is not a sidecar where the
   * layout keeps them. The sidecar's `document` field is never followed: a hand-edited or hostile
   * value such as `/etc/passwd` must not make a command read outside the corpus.
   */
  async documentOf(sidecar: string): Promise<string | undefined> {
    const root = await this.rootOf(dirname(sidecar));
    if (root === undefined) return sidecar.endsWith(sidecarSuffix) && !sidecar.endsWith(sep + sidecarSuffix) ? sidecar.slice(0, -sidecarSuffix.length) : undefined;
    const relativePath = documentPathForSidecar(toPosix(relative(root, sidecar)), await this.layoutOf(root));
    return relativePath === undefined ? undefined : join(root, ...relativePath.split('/'));
  }

  /** The document's sidecar, parsed and checked against the document's text. */
  async read(document: string, text: string | undefined, display: (path: string) => string): Promise<SidecarRead> {
    const file = await this.sidecarOf(document);
    let raw: string | undefined;
    try {
      raw = await readOptionalText(file);
    } catch (error) {
      return { ok: false, file, message: `${display(file)}: ${(error as Error).message}` };
    }
    if (raw === undefined) return { ok: true, file };
    const parsed = parseSidecar(raw, display(file), text === undefined ? {} : { documentText: text });
    return parsed.ok ? { ok: true, file, sidecar: parsed.value } : { ok: false, file, message: parsed.problem.message };
  }

  /** The layout of the corpus a folder belongs to (beside when it belongs to none). */
  async layoutAt(folder: string): Promise<SidecarLayout> {
    const root = await this.rootOf(folder);
    return root === undefined ? { kind: 'beside' } : this.layoutOf(root);
  }

  private rootOf(folder: string): Promise<string | undefined> {
    let root = this.roots.get(folder);
    if (!root) {
      root = findCorpusRoot(folder).catch(() => undefined);
      this.roots.set(folder, root);
    }
    return root;
  }

  private layoutOf(root: string): Promise<SidecarLayout> {
    let layout = this.layouts.get(root);
    if (!layout) {
      layout = readLayout(root);
      this.layouts.set(root, layout);
    }
    return layout;
  }
}

async function readLayout(root: string): Promise<SidecarLayout> {
  const file = join(root, ...folderSettingsPath.split('/'));
  let text: string | undefined;
  try {
    text = await readOptionalText(file);
  } catch (error) {
    throw unusableSettings(`${file}: ${(error as Error).message}`);
  }
  if (text === undefined) return { kind: 'beside' };
  const result = sidecarLayoutFromSettings(text, file);
  if (!result.ok) throw unusableSettings(result.message);
  return result.layout;
}

function unusableSettings(problem: string): CorpusError {
  return new CorpusError(`${problem}; it says where the sidecars are, so nothing was read`);
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
