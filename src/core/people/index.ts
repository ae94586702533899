/**
 * People questions: how many people take part, how many are still short of a target, whether a target
 * was reached, and how far a count went towards its plan. Reading the question, the arithmetic and
 * the reply texts (vi/en), pure.
 */
export { readPeopleQuestion, type PeopleKind, type PeopleQuestion, type PeopleSubject } from './read-question.js';
export { peopleNeeded, type PeopleNeeded } from './shortfall.js';
export { composePeopleAnswer, type PeopleAnswerInput } from './compose-people.js';
export { peoplePlaceText } from './place-words.js';
