/** The annotated document and quote the virtual pass starts with (seeded by test/host/virtual-workspace.ts). */
export const seededClaim = {
  documentPath: 'water-advisory/northgate-2026-03-10-lake-sorrel-boil-notice.txt',
  quote: 'Boiling kills bacteria.',
  id: '01JVIRTUA1SEED000000000001',
  theme: 'public-health',
} as const;
