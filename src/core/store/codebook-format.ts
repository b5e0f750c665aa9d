import { currentCodebookVersion, type Codebook } from '../model/codebook';
import { parseJsonFile } from './json-checks';
import { problem, type ParseResult } from './problems';
import { validateAgainstSchema } from './schemas';

/** Reads the codebook's text: conflict markers, JSON, version, schema, then consistency. */
export function parseCodebook(text: string, file: string): ParseResult<Codebook> {
  const json = parseJsonFile(text, file, 'codebook');
  if (!json.ok) return json;
  const value = json.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return problem(file, 'schema', `${file} is not a Marginalia codebook: it must be a JSON object with "version" and "themes".`);
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > currentCodebookVersion) {
    return problem(
      file,
      'newer-version',
      `${file} uses codebook format version ${version}, newer than this Marginalia understands (${currentCodebookVersion}). Update Marginalia; the file is left untouched.`,
    );
  }
  const errors = validateAgainstSchema('codebook', value);
  if (errors.length > 0) {
    return problem(
      file,
      'schema',
      `${file} does not follow the codebook schema: ${errors.map((e) => e.message).join('; ')}. Fix it by hand; Marginalia will not write to it until then.`,
      { pointer: errors[0]!.pointer },
    );
  }
  const codebook = value as Codebook;
  const ids = new Map<string, number>();
  for (const [i, theme] of codebook.themes.entries()) {
    if (ids.has(theme.id)) {
      return problem(file, 'invalid', `${file} defines theme "${theme.id}" twice. Merge or rename one of them.`, { pointer: `/themes/${i}` });
    }
    ids.set(theme.id, i);
  }
  for (const [i, theme] of codebook.themes.entries()) {
    if (theme.parent !== undefined && !ids.has(theme.parent)) {
      return problem(file, 'invalid', `${file}: theme "${theme.id}" has parent "${theme.parent}", which is not a theme.`, { pointer: `/themes/${i}/parent` });
    }
    const seen = new Set<string>([theme.id]);
    for (let parent = theme.parent; parent !== undefined; parent = codebook.themes[ids.get(parent)!]?.parent) {
      if (seen.has(parent)) {
        return problem(file, 'invalid', `${file}: theme "${theme.id}" is its own ancestor (a parent cycle). Change one of the parents.`, { pointer: `/themes/${i}/parent` });
      }
      seen.add(parent);
    }
  }
  return { ok: true, value: codebook };
}
