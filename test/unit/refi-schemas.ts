import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The official REFI-QDA schemas (not in the repository): $MARGINALIA_REFI_SCHEMAS, then
 * <repo>/../shared/refi-qda, then /work/shared/refi-qda. `skip` names why validation cannot run.
 */
export function refiSchemas(): { folder: string } | { skip: string } {
  const candidates = [process.env['MARGINALIA_REFI_SCHEMAS'], join(__dirname, '..', '..', '..', 'shared', 'refi-qda'), '/work/shared/refi-qda'];
  const folder = candidates.find((c): c is string => !!c && existsSync(join(c, 'Project-mrt2019.xsd')) && existsSync(join(c, 'Codebook.xsd')));
  if (!folder) return { skip: 'the REFI-QDA schemas were not found (set MARGINALIA_REFI_SCHEMAS, or put them in ../shared/refi-qda)' };
  if (spawnSync('xmllint', ['--version']).error) return { skip: 'xmllint is not installed (Debian package libxml2-utils)' };
  return { folder };
}

/** Validates XML text against one of the schemas with xmllint; returns xmllint's complaint, or undefined when valid. */
export function xmllintErrors(folder: string, schema: 'Project-mrt2019.xsd' | 'Codebook.xsd', xml: string): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-refi-'));
  try {
    const file = join(dir, schema === 'Codebook.xsd' ? 'codebook.qdc' : 'project.qde');
    writeFileSync(file, xml);
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', join(folder, schema), file], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
