/**
 * A message urging the group on ("Cố gắng đạt chỉ tiêu cao nhất tỉnh nhé mọi người") gets a word of
 * encouragement back. Tried before the comparison and the ranking, which would read "cao nhất" or
 * "hơn" in it as a question; the rest of small talk is read last, by the coverage feature.
 */
import { composeSmallTalk, readSmallTalk } from '../../core/small-talk/small-talk.js';
import type { Feature } from '../turn.js';

export const cheer: Feature = async (turn) => (readSmallTalk(turn.text) === 'cheer' ? { text: composeSmallTalk(turn.language, 'cheer') } : null);
