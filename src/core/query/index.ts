/** Query parsing: what a free-text coverage question asks for. */

export { detectLanguage, languageEvidence } from './detect-language.js';
export { MAX_READ, messageLanguageEvidence, type ParsedQuery, parseQuery, type QueryIntent } from './parse-query.js';
export { type LanguageSignals, replyLanguage } from './reply-language.js';
