/** Query parsing: what a free-text coverage question asks for. */
export { parseQuery, messageLanguageEvidence, MAX_READ, type ParsedQuery, type QueryIntent } from './parse-query.js';
export { detectLanguage, languageEvidence } from './detect-language.js';
export { replyLanguage, type LanguageSignals } from './reply-language.js';
