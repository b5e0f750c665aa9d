export { XrefIndex, compareClaims, defaultXrefThreshold, type XrefClaim, type XrefMatch, type XrefPair } from './xref-index';
export { dismissedPairKeys, documentClaims, linkedPairs, pairKey, xrefClaimOf, type BrokenLink, type DetectedClaim, type LinkedPair, type PlacedAnnotation } from './corpus-claims';
export { scorePair, type PairScore } from './similarity';
export { speakerKey, stem, termsOf, words } from './terms';
