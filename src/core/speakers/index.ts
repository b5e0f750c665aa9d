export { buildSpeakerIndex, isShortFormOf, SpeakerIndex, type MentionSource, type Speaker, type SpeakerMention, type SpeakerVariant } from './speaker-index';
export { exactKey, foldAscii, similarNames, similarWords, spellingKey, stripTitles } from './name-key';
