/**
 * Civil time, the one account of it: the civil date and hour of an instant (Vietnam's, or a
 * schedule's zone), arithmetic on ISO civil dates, and working days. Pure: every instant is passed
 * in by a caller that holds the clock.
 */

export { addDays, dayOfWeek, daysBetween, daysInMonth, isoDate } from './civil-dates.js';
export { civilTimeIn, formatVietnamTime, VIETNAM_TIME_ZONE, vietnamDate } from './vietnam-time.js';
export { type DaysOff, isWorkingDay, nextWorkingDay, previousWorkingDay } from './working-days.js';
