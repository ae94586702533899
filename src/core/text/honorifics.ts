/**
 * Our choice: the words typed before a person's name ("chị Thanh Hà", "anh Đức Thọ", "đ/c Minh",
 * "đồng chí Hải"), in lower case. One list for the query parser, which drops a name after one, and the
 * place finder, whose places after one yield to any other place.
 */
const TITLES = ['anh', 'chị', 'cô', 'chú', 'bác', 'ông', 'bà', 'sếp', 'a', 'c'] as const;

/** An honorific as one word, "chí" standing for "đồng chí" read word by word. */
export const HONORIFIC_WORDS: ReadonlySet<string> = new Set([...TITLES, 'chí']);

/** An honorific as typed, with "đ/c" and "đồng chí", for a pattern. */
export const HONORIFIC_BODY = `(?:${TITLES.join('|')}|đ\\/c|đồng\\s+chí)`;
