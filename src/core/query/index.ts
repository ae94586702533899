/** Query parsing: what a free-text coverage question asks for. */
export { parseQuery, MAX_READ, type ParsedQuery, type QueryIntent } from './parse-query.js';
export { detectLanguage } from './detect-language.js';
