/**
 * Rankings: the units of one level and one structure ordered by an indicator's figure or target
 * ("tỉnh nào cao nhất", "xếp hạng các xã Nghệ An theo BHYT", "top 5 …"), or by the gap to the target.
 */

export { composeRanking, DEFAULT_LISTED, type RankGroup, type RankingInput, type RankUnit, rankingRows } from './compose-ranking.js';
export { composeGapRanking } from './rank-gaps.js';
export { type RankingQuestion, readRanking, withoutRankingWords } from './read-ranking.js';
export { composeOwnUnitsOnly } from './replies.js';
