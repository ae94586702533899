/**
 * Reading the options of the access commands (`--unit`, `--role`, `--days`, `--limit`, `--all`)
 * and the unit they name; anything wrong is a UsageError that names it.
 */
import { parseArgs } from 'node:util';
import { readUnitArgument } from '../../app/units/unit-argument.js';
import { loadUnitDirectory } from '../../app/units/unit-directory.js';
import { visible } from '../../core/text/visible.js';
import type { Role, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { UnitStore } from '../../ports/unit-store.js';
import { UsageError } from './usage.js';

type OptionSpec = Record<string, { readonly type: 'string' | 'boolean' }>;

/** The options and positionals of `args`, or a UsageError naming the command and what is wrong. */
export function readOptions(command: string, args: readonly string[], options: OptionSpec, positionals = 0) {
  const parsed = parse(command, args, options, positionals > 0);
  if (parsed.positionals.length !== positionals) {
    throw new UsageError(`${command} takes ${positionals === 0 ? 'no' : positionals} argument${positionals === 1 ? '' : 's'} besides its options`);
  }
  return parsed;
}

function parse(command: string, args: readonly string[], options: OptionSpec, allowPositionals: boolean) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(`${command}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A required string option. */
export function requiredOption(command: string, name: string, value: string | boolean | undefined): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`${command}: --${name} is required`);
  return value.trim();
}

/** A whole number from `min` to `max`, or a UsageError naming the option. */
export function wholeNumber(command: string, name: string, value: string, min: number, max: number): number {
  const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) throw new UsageError(`${command}: ${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}

const ROLES: readonly Role[] = ['focal_point', 'official', 'statistics', 'admin'];

/** A role exactly as the command line spells it. */
export function roleOption(command: string, value: string): Role {
  const role = ROLES.find((r) => r === value);
  if (!role) throw new UsageError(`${command}: --role must be one of ${ROLES.join(', ')}, not "${value}"`);
  return role;
}

/** The unit index, the unit `text` names, and a label for it; a UsageError when it names no single unit. */
export async function unitOption(command: string, store: UnitStore, text: string): Promise<{ index: UnitIndex; unit: Unit; label: string }> {
  const index = (await loadUnitDirectory(store)).current();
  const found = readUnitArgument(text, index);
  if (found.kind === 'found') return { index, unit: found.unit, label: unitLabel(found.unit, index) };
  const others = (found.kind === 'ambiguous' ? found.candidates : found.suggestions).map((u) => `  ${unitLabel(u, index)}`);
  const problem = found.kind === 'ambiguous' ? `--unit "${text}" is ambiguous; it could be:` : `--unit "${text}" names no unit`;
  const hint = 'Name it more fully (type and province) or give its code, e.g. post2025:16681 or pre2025:412.';
  throw new UsageError([`${command}: ${problem}${others.length > 0 && found.kind === 'unknown' ? '; close names:' : ''}`, ...others, hint].join('\n'));
}

/** "Phường Thành Vinh, Tỉnh Nghệ An (post2025 commune 16681)"; names from an import file print no control characters. */
export function unitLabel(unit: Unit, index: UnitIndex): string {
  return visible(`${describeUnit(unit, index, 'vi')} (${unit.structure} ${unit.level} ${unit.code})`);
}

/** The command line as typed, for the audit trail. */
export function commandText(command: string, args: readonly string[]): string {
  return [command, ...args.map((a) => (/\s/.test(a) || a === '' ? JSON.stringify(a) : a))].join(' ');
}
