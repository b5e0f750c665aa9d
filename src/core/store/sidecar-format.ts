import { refreshSelectors } from '../anchor/selectors';
import { makeTarget, type Annotation } from '../model/annotation';
import { currentSidecarVersion, type Sidecar, type SidecarV1 } from '../model/sidecar';
import { CodePointIndex } from '../text/code-points';
import { parseJsonFile } from './json-checks';
import { problem, type ParseResult } from './problems';
import { validateAgainstSchema } from './schemas';

export interface SidecarParseOptions {
  /**
   * The document text, used only to migrate version 1 (to compute prefix and suffix). Without
   * it migrated annotations have empty context and anchor on their quote and position alone.
   */
  readonly documentText?: string;
  /** The `document` value for a migrated version 1 file; defaults to the file name without `.annotations.json`. */
  readonly document?: string;
  /** Mints ids for version 1 annotations without one. */
  readonly newId?: () => string;
  /** ISO time used as created/modified of migrated annotations. */
  readonly now?: () => string;
}

/**
 * Reads a sidecar file's text: conflict markers, JSON, version, schema, then consistency.
 * A version 1 file comes back migrated to version 2 with `migratedFrom: 1`.
 */
export function parseSidecar(text: string, file: string, options: SidecarParseOptions = {}): ParseResult<Sidecar> {
  const json = parseJsonFile(text, file, 'sidecar');
  if (!json.ok) return json;
  const value = json.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return problem(file, 'schema', `${file} is not a Marginalia sidecar: it must be a JSON object with a "version".`);
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > currentSidecarVersion) {
    return problem(
      file,
      'newer-version',
      `${file} uses sidecar format version ${version}, newer than this Marginalia understands (${currentSidecarVersion}). Update Marginalia; the file is left untouched.`,
    );
  }
  const errors = validateAgainstSchema('sidecar', value);
  if (errors.length > 0) {
    return problem(
      file,
      'schema',
      `${file} does not follow the sidecar schema: ${errors.map((e) => e.message).join('; ')}. Fix it by hand (VS Code shows the errors in the file); Marginalia will not write to it until then.`,
      { pointer: errors[0]!.pointer },
    );
  }
  const sidecar = version === 1 ? migrateV1(value as SidecarV1, file, options) : (value as Sidecar);
  const inconsistency = checkSidecar(sidecar, file);
  if (inconsistency) return inconsistency;
  return version === 1 ? { ok: true, value: sidecar, migratedFrom: 1 } : { ok: true, value: sidecar };
}

function checkSidecar(sidecar: Sidecar, file: string): ParseResult<never> | undefined {
  const seen = new Set<string>();
  for (const [i, annotation] of sidecar.annotations.entries()) {
    const pointer = `/annotations/${i}`;
    if (seen.has(annotation.id)) {
      return problem(file, 'invalid', `${file} has two annotations with id ${annotation.id}. Give one of them a new id.`, { pointer });
    }
    seen.add(annotation.id);
    const position = annotation.target.selector[1];
    if (position.end < position.start) {
      return problem(file, 'invalid', `${file}: annotation ${annotation.id} ends (${position.end}) before it starts (${position.start}).`, { pointer });
    }
  }
  return undefined;
}

function migrateV1(v1: SidecarV1, file: string, options: SidecarParseOptions): Sidecar {
  const now = options.now?.() ?? new Date().toISOString();
  const text = options.documentText;
  const index = text === undefined ? undefined : CodePointIndex.of(text);
  let minted = 0;
  const annotations = v1.annotations.map((old): Annotation => {
    const range = { start: old.start, end: old.end };
    const holdsQuote =
      text !== undefined &&
      index !== undefined &&
      old.end <= index.codePointLength &&
      old.start <= old.end &&
      text.slice(index.toUtf16(old.start), index.toUtf16(old.end)) === old.quote;
    const target = holdsQuote ? refreshSelectors(text, range, index) : makeTarget({ exact: old.quote, prefix: '', suffix: '' }, range);
    const id = old.id ?? options.newId?.() ?? `v1-${String(++minted).padStart(4, '0')}`;
    const annotation: Annotation = { id, target, themes: old.themes ?? [], created: now, modified: now };
    return {
      ...annotation,
      ...(old.speaker !== undefined ? { speaker: old.speaker } : {}),
      ...(old.note !== undefined ? { note: old.note } : {}),
    };
  });
  const document = options.document ?? baseName(file).replace(/\.annotations\.json$/, '');
  return { version: 2, document, textHash: '', annotations };
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
