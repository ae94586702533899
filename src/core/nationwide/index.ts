/**
 * The country as a place ("cả nước", "toàn quốc", "Việt Nam", "nationwide"): finding it in a
 * question, counting its administrative units, and answering coverage for it from the provinces.
 */
export { findCountry, withoutCountry, unitNameTest, type CountryMention, type CountryPhrase, type FindCountryOptions } from './find-country.js';
export { readUnitCountQuestion, REORGANISATION_DAY, type UnitAsk, type UnitCountQuestion } from './read-unit-count.js';
export { tallyLevel, type LevelTally, type TypeCount } from './count-units.js';
export { composeUnitCount, type UnitCountContext } from './unit-count-reply.js';
export { composeNationalCoverage, type NationalCoverageInput, type ProvinceData } from './national-coverage.js';
export { otherPlaceNamed } from './other-place.js';
