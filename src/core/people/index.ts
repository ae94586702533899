/**
 * People questions: how many people take part, how many are still short of a target, whether a target
 * was reached, and how far a count went towards its plan. Reading the question, the arithmetic and
 * the reply texts (vi/en), pure.
 */

export { composePeopleAnswer, type PeopleAnswerInput } from './compose-people.js';
export { peoplePlaceText } from './place-words.js';
export { type PeopleKind, type PeopleQuestion, type PeopleSubject, readPeopleQuestion } from './read-question.js';
export { type PeopleNeeded, peopleNeeded } from './shortfall.js';
