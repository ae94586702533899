/** `npm run chat`: the console chat on the configured store, one person (the local administrator by default) at the terminal. */
import { createChartRenderer } from '../adapters/chart/render-chart.js';
import { LOCAL_ADMIN, runConsoleChat } from '../adapters/console/console-chat.js';
import { consoleFilesDir, saveAttachment } from '../adapters/console/save-attachment.js';
import { createMessageHandler } from '../app/handle-message.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { systemClock } from '../ports/clock.js';
import { openWorld } from './open-world.js';

const BANNER = [
  'baophu: hỏi tỷ lệ bao phủ BHXH, BHYT, BHTN theo địa phương (tiếng Việt hoặc English).',
  'Ví dụ: "tỷ lệ bao phủ BHXH Bắc Kạn", "coverage for Vinh city". Gõ "help" để xem hướng dẫn, Ctrl+D để thoát.',
].join('\n');

/** What the chat may be told. */
export interface ChatOptions {
  /** Who types (default: the local administrator). */
  readonly userId?: string;
}

/** Runs the chat on stdin/stdout until its input ends; the store is closed whatever happens. */
export async function runChat(config: Config, log: Logger, options: ChatOptions = {}): Promise<void> {
  const interactive = process.stdin.isTTY === true;
  const onFirstSeed = interactive ? () => process.stderr.write('Lần đầu chạy: đang nạp danh mục đơn vị hành chính (vài giây)…\n') : undefined;
  const world = await openWorld(config, log, onFirstSeed ? { onFirstSeed } : {});
  try {
    const { opened, directory, calendar } = world;
    const handler = createMessageHandler({
      store: opened.store,
      units: directory.current,
      clock: systemClock,
      log,
      schedules: calendar.current,
      daysOff: calendar.daysOff,
      onCalendarChanged: calendar.reload,
      submissionYearsBack: config.submissionYearsBack,
      charts: createChartRenderer(),
    });
    const filesDir = consoleFilesDir(config.dataDir);
    await runConsoleChat({
      handle: handler.handle,
      input: process.stdin,
      output: process.stdout,
      userId: options.userId ?? LOCAL_ADMIN,
      interactive,
      banner: BANNER,
      saveAttachment: (attachment) => saveAttachment(filesDir, attachment),
    });
  } finally {
    await world.close();
  }
}
