/**
 * Composition root: configuration → logger → adapters → use cases → start/stop.
 * Commands: `chat` (default; console chat, options `--user <id>`), `start` (the service: HTTP server,
 * channels and, with REDIS_URL, the reminder worker), `worker` (the reminder worker alone), `admin
 * <command> …` (the administrator command line, src/admin/admin-command.ts). The compiled build runs
 * them as `node dist/main.js <command>`, which is the image's entry point.
 */
import { parseArgs } from 'node:util';
import { createChartRenderer } from './adapters/chart/render-chart.js';
import { LOCAL_ADMIN, runConsoleChat } from './adapters/console/console-chat.js';
import { consoleFilesDir, saveAttachment } from './adapters/console/save-attachment.js';
import { openStore } from './adapters/db/open-store.js';
import { runAdminCommand } from './admin/admin-command.js';
import { loadCalendar } from './app/calendar.js';
import { createMessageHandler } from './app/handle-message.js';
import { loadUnitDirectory } from './app/unit-directory.js';
import { type Config, ConfigError, createConfig } from './config.js';
import { describeError } from './describe-error.js';
import { defaultDataDir, ensureReferenceData } from './import/seed.js';
import { createLogger, type Logger } from './logger.js';
import { systemClock } from './ports/clock.js';
import { startService } from './service.js';
import { stopOnSignals } from './shutdown.js';
import { startWorker } from './worker.js';

const COMMANDS = 'Commands: chat [--user <id>], start, worker, admin <command> … (admin help lists them)';

const BANNER = [
  'baophu: hỏi tỷ lệ bao phủ BHXH, BHYT, BHTN theo địa phương (tiếng Việt hoặc English).',
  'Ví dụ: "tỷ lệ bao phủ BHXH Bắc Kạn", "coverage for Vinh city". Gõ "help" để xem hướng dẫn, Ctrl+D để thoát.',
].join('\n');

async function chat(config: Config, log: Logger, argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { user: { type: 'string' } }, allowPositionals: false });
  const opened = await openStore(config);
  try {
    const interactive = process.stdin.isTTY === true;
    if (interactive && (await opened.store.countUnits()) === 0) {
      process.stderr.write('Lần đầu chạy: đang nạp danh mục đơn vị hành chính (vài giây)…\n');
    }
    await ensureReferenceData(opened.store, defaultDataDir(), log);
    const directory = await loadUnitDirectory(opened.store);
    const calendar = await loadCalendar(opened.store, { log });
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
      userId: values.user ?? LOCAL_ADMIN,
      interactive,
      banner: BANNER,
      saveAttachment: (attachment) => saveAttachment(filesDir, attachment),
    });
    calendar.stop();
  } finally {
    await opened.close();
  }
}

async function main(): Promise<void> {
  const [command = 'chat', ...rest] = process.argv.slice(2);
  // The administrator command line reads its own configuration and reports its own errors.
  if (command === 'admin') process.exit(await runAdminCommand(rest));
  if (command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${COMMANDS}\n`);
    return;
  }
  let config: Config;
  try {
    config = createConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // The console chat owns the terminal: only warnings and errors go to stderr unless asked.
  const log = createLogger(config.logLevel ?? (command === 'chat' ? 'warn' : 'info'));
  switch (command) {
    case 'chat':
      return chat(config, log, rest);
    case 'start':
      return stopOnSignals(await startService(config, log), log);
    case 'worker':
      return stopOnSignals(await startWorker(config, log), log);
    default:
      process.stderr.write(`Unknown command "${command}". ${COMMANDS}\n`);
      process.exit(2);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`baophu failed to start: ${describeError(error)}\n`);
  process.exit(1);
});
