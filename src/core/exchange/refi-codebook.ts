import type { Codebook } from '../model/codebook';
import { codebookNamespace, codesOf, readCodes, writeCodes, type ImportedCode } from './refi-codes';
import { parseXml, XmlInputError } from './xml';

/** An export that cannot be written as asked (nothing to export in that format). */
export class ExportError extends Error {}

/** A REFI-QDA codebook (`.qdc`): every theme as a code, sub-themes nested. */
export function writeQdc(codebook: Codebook): string {
  if (codebook.themes.length === 0) throw new ExportError('the codebook has no themes: a REFI-QDA codebook needs at least one code');
  const codes = writeCodes(codebook.themes, '    ');
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<CodeBook xmlns="${codebookNamespace}" origin="Marginalia">\n` +
    `  <Codes>\n${codes}  </Codes>\n` +
    '</CodeBook>\n'
  );
}

/** The codes of a `.qdc` file. Throws XmlInputError when it is not one. */
export function readQdc(xml: string): ImportedCode[] {
  const root = parseXml(xml, 'the codebook');
  const codebook = root['CodeBook'];
  if (!codebook || typeof codebook !== 'object') throw new XmlInputError('the file is not a REFI-QDA codebook (no CodeBook element)');
  return readCodes(codesOf(codebook as Record<string, unknown>));
}
