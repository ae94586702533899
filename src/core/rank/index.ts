/**
 * Rankings: the units of one level and one structure ordered by an indicator's figure or target
 * ("tỉnh nào cao nhất", "xếp hạng các xã Nghệ An theo BHYT", "top 5 …").
 */
export { readRanking, withoutRankingWords, type RankingQuestion } from './read-ranking.js';
export { composeRanking, DEFAULT_LISTED, type RankGroup, type RankUnit, type RankingInput } from './compose-ranking.js';
export { composeOwnUnitsOnly } from './replies.js';
