import { writeCsv } from './csv';
import { writeQdc } from './refi-codebook';
import { writeQdpx, type ExportSummary } from './refi-project';
import type { ExchangeInput } from './types';
import { writeW3c } from './w3c';

export const exportFormats = ['qdpx', 'qdc', 'w3c', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The bytes of one export file, and what it left out where the format counts that. */
export function writeExport(
  format: ExportFormat,
  input: ExchangeInput,
  project: { origin: string; projectName: string },
): { bytes: Uint8Array; summary?: ExportSummary } {
  const encoder = new TextEncoder();
  switch (format) {
    case 'qdpx':
      return writeQdpx(input, project);
    case 'qdc':
      return { bytes: encoder.encode(writeQdc(input.codebook)) };
    case 'w3c': {
      const { json, summary } = writeW3c(input);
      return { bytes: encoder.encode(json), summary };
    }
    case 'csv': {
      const { csv, summary } = writeCsv(input);
      return { bytes: encoder.encode(csv), summary };
    }
  }
}
