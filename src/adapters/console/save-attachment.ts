/**
 * The console's files: a chart or a workbook that goes with a reply is written to a folder (by default
 * DATA_DIR/files) under its own name and the start of its id ("bhxh-bac-kan-k3Jd9QxA.png"), so that
 * two charts never overwrite each other, and the chat prints the path.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Attachment } from '../../ports/messenger.js';

/** The folder the console writes files to, under the data folder. */
export function consoleFilesDir(dataDir: string): string {
  return resolve(dataDir, 'files');
}

/** Writes the attachment into `dir` (created when missing) and returns its absolute path. */
export async function saveAttachment(dir: string, attachment: Attachment): Promise<string> {
  await mkdir(dir, { recursive: true });
  const ext = extname(attachment.fileName);
  const base = attachment.fileName.slice(0, attachment.fileName.length - ext.length).replace(/[^A-Za-z0-9_-]+/g, '-') || 'file';
  const path = join(resolve(dir), `${base}-${attachment.id.slice(0, 8).replace(/[^A-Za-z0-9_-]/g, 'x')}${ext}`);
  await writeFile(path, attachment.bytes);
  return path;
}
