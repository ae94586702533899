/** The reorganisation of 2025: the district level abolished, 63 provinces merged into 34. */

/** The first day of the new structure; the old one ended the day before. */
export const REORGANISATION_DAY = '2025-07-01';
