import { applyCodebookOperation, type CodebookOperation } from '../model/codebook-operations';
import { emptyCodebook, type Codebook } from '../model/codebook';
import { applySidecarOperation, type SidecarOperation } from '../model/operations';
import { emptySidecar, type Sidecar } from '../model/sidecar';
import { parseCodebook } from './codebook-format';
import type { FilePort } from './file-port';
import { GuardedJsonFile, type JsonFileFormat } from './guarded-file';
import { documentPathForSidecar, documentFieldFor } from './paths';
import { serializeCodebook, serializeSidecar } from './serialize';
import { parseSidecar, type SidecarParseOptions } from './sidecar-format';

export type SidecarFile = GuardedJsonFile<Sidecar, SidecarOperation>;
export type CodebookFile = GuardedJsonFile<Codebook, CodebookOperation>;

export interface SidecarOpenOptions extends SidecarParseOptions {
  /** Workspace-relative path of the document, for the `document` field of a new sidecar. */
  readonly documentPath?: string;
}

export function sidecarFormat(options: SidecarOpenOptions = {}): JsonFileFormat<Sidecar, SidecarOperation> {
  return {
    parse: (text, path) => parseSidecar(text, path, options),
    serialize: serializeSidecar,
    apply: (value, operation) => {
      const outcome = applySidecarOperation(value, operation);
      return { value: outcome.sidecar, applied: outcome.applied };
    },
    empty: (path) =>
      emptySidecar(
        options.documentPath !== undefined
          ? documentFieldFor(path, options.documentPath)
          : (documentPathForSidecar(baseName(path)) ?? ''),
      ),
  };
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

export const codebookFormat: JsonFileFormat<Codebook, CodebookOperation> = {
  parse: parseCodebook,
  serialize: serializeCodebook,
  apply: (value, operation) => {
    const outcome = applyCodebookOperation(value, operation);
    return { value: outcome.codebook, applied: outcome.applied };
  },
  empty: () => emptyCodebook(),
};

/**
 * Opens a sidecar for editing. `path` is given to the port as is; for a new sidecar the
 * `document` field is computed from `options.documentPath` (or from the sidecar's name).
 */
export function openSidecar(port: FilePort, path: string, options: SidecarOpenOptions = {}): Promise<SidecarFile> {
  return GuardedJsonFile.open(port, path, sidecarFormat(options));
}

export function openCodebook(port: FilePort, path: string): Promise<CodebookFile> {
  return GuardedJsonFile.open(port, path, codebookFormat);
}
