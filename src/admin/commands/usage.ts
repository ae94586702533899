/** The administrator command line's usage text and its usage error (core/errors.ts: exit code 2). */
import { UsageError } from '../../core/errors.js';

export { UsageError };

/** Shown by `help` and after a usage error. */
export const USAGE = [
  'Usage: npm run -s admin -- <command> [arguments]',
  '',
  'Commands:',
  '  import-units <folder>    import administrative units and the old→new lineage from CSV files',
  '                           in the data/admin-units format (any subset of its files)',
  '  import-facts <file.csv>  import published figures and targets (the data/seed-facts.csv format)',
  '  template [--out file.xlsx]',
  '                           write the empty import workbook (sheets Số liệu, Chỉ tiêu, Hướng dẫn)',
  '  import <file.xlsx|file.csv> [--lang en]',
  '                           import figures and targets from a workbook or CSV in that layout: every',
  '                           row checked, nothing stored unless all are right, one transaction',
  '  export --unit X [--from YYYY] [--to YYYY] [--out file.xlsx]',
  '                           figures, targets, gaps and sources of a unit and its sub-units as XLSX',
  '  invite --unit <name or code> --role <focal_point|official|statistics|admin> [--days N]',
  '                           create a single-use invite code (valid 7 days unless --days);',
  '                           the code is printed alone on the last line, this once (not stored)',
  '  invites [--unit X] [--all]',
  '                           list usable invites by id and hint (--all: used, revoked, expired too)',
  '  revoke-invite <code|#id> make an unused invite unusable',
  '  assignments [--unit X]   list active roles of a unit and the units under it',
  '  revoke-assignment <id>   end one role (ids as listed by assignments)',
  '  audit --unit X [--limit N]',
  "                           the unit's audit trail, newest first (default 50 events)",
  '  history --unit X --period P',
  "                           every version of the unit's submissions for a period (6T/2025, 2025-6M …)",
  '  reminders --date YYYY-MM-DD --dry-run [--schedule KEY]',
  '                           who would get which reminder that day (nothing is sent or recorded)',
  '  reminders --stuck        reminders a stopped worker left "sending" (schedule, period, chat, since when)',
  '  reminders --resend-stuck send those again (needs REDIS_URL); the worker does it itself unless REMINDER_STUCK=list',
  '  schedules                the reporting calendar (deadlines, reminder offsets, send hour)',
  '  schedule <key> <offsets|hour|due|active|reporter> <value>',
  '                           change one field, e.g. schedule six_month offsets 7,3,1,0',
  '  holidays [--year Y]      days off: computed public holidays and the stored days over them',
  '  holiday-add <YYYY-MM-DD> <name>   holiday-work <YYYY-MM-DD> <reason>   holiday-remove <YYYY-MM-DD>',
  '  A unit is a name ("Phường Thành Vinh") or a GSO code; a bare code means the current unit,',
  '  pre2025:412 or post2025:16681 says which structure.',
  '  doctor                   check the configuration, the database and its migrations, Redis, and',
  '                           the Telegram and Zalo bots and webhooks; exits 1 when something is broken',
  '  help                     show this text',
  '',
  'The imports are idempotent: importing the same files again changes nothing.',
  'The database is the one the service uses (DATABASE_URL, or the embedded one in DATA_DIR).',
].join('\n');

/** The single argument of a command, or a UsageError. */
export function singleArgument(command: string, what: string, args: readonly string[]): string {
  const [value, ...extra] = args;
  if (value === undefined || value === '' || extra.length > 0) throw new UsageError(`${command} takes exactly one argument: ${what}`);
  return value;
}
