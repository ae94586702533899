/** Throwaway folders and files for import tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new folder holding `files` (name → content). */
export function tempFolder(files: Readonly<Record<string, string>> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'baophu-import-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

/** A new file named `name` with the given lines (a newline after each). */
export function tempFile(name: string, lines: readonly string[]): string {
  const folder = tempFolder({ [name]: lines.map((line) => `${line}\n`).join('') });
  return join(folder, name);
}
