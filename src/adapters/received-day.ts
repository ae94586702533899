/**
 * The civil day on which a submission was received. Deadlines are civil dates in Vietnam, so a
 * message sent at 06:00 on 5 July in Hà Nội (23:00 UTC on 4 July) was received on 5 July.
 */

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * "YYYY-MM-DD" of `at` in Asia/Ho_Chi_Minh. Stores pass the submission's recordedAt (the
 * application's clock), so the source date and createdAt of a version always agree.
 */
export function receivedDay(at: Date): string {
  return VIETNAM_DAY.format(at);
}
