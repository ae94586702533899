/**
 * The country as a place ("cả nước", "toàn quốc", "Việt Nam", "nationwide"): finding it in a
 * question, counting its administrative units, and answering coverage for it from the provinces.
 */

export { type LevelTally, type TypeCount, tallyLevel } from './count-units.js';
export { type CountryMention, type CountryPhrase, type FindCountryOptions, findCountry, unitNameTest, withoutCountry } from './find-country.js';
export { composeNationalCoverage, type NationalCoverageInput, type ProvinceData } from './national-coverage.js';
export { otherPlaceNamed } from './other-place.js';
export { composeProvinceMergers, type ProvinceMergerAsk, readProvinceMergerAsk } from './province-mergers.js';
export { composeUnitRank, readUnitRankQuestion, type UnitRankQuestion } from './rank-unit-counts.js';
export { REORGANISATION_DAY, readUnitCountQuestion, type UnitAsk, type UnitCountQuestion } from './read-unit-count.js';
export { composeUnitCount, type UnitCountContext } from './unit-count-reply.js';
