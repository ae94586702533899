/**
 * An open-loop webhook load: POSTs planned Telegram updates to a bot's webhook on a fixed schedule
 * (one every `intervalMs`, whether or not earlier ones were answered), then pairs every update with
 * the sendMessage the fake Telegram API recorded for its chat. Latency runs from the POST's start
 * to the fake recording that sendMessage. Every update must be answered 2xx and get a checked
 * reply, or the run throws.
 */
import { Agent, request } from 'node:http';
import type { FakeTelegramApi, RecordedRequest } from '../test/fakes/fake-telegram-api.js';
import { textUpdate } from '../test/fakes/fake-telegram-api.js';
import type { Span } from './machine-stalls.js';
import { percentiles } from './percentiles.js';

/** One update to send: a private chat (chat id = user id), its text and the group it is reported in. */
export interface PlannedUpdate {
  readonly chatId: number;
  readonly text: string;
  readonly group: string;
}

/** Where to send, and how to judge the reply to an update (a problem description, or null when it is right). */
export interface LoadTarget {
  readonly webhookUrl: string;
  readonly secret: string;
  readonly fake: FakeTelegramApi;
  check(update: PlannedUpdate, replyText: string): string | null;
}

/** Latency figures of one group (or of all updates), in milliseconds. */
export interface GroupFigures {
  readonly p50: number;
  readonly p99: number;
  readonly count: number;
}

/** What one run (or several pooled) measured. */
export interface LoadFigures {
  readonly all: GroupFigures;
  readonly groups: ReadonlyMap<string, GroupFigures>;
  /** Every update's group, POST start (epoch ms) and latency: for pooling runs, and to set beside the machine's stalls. */
  readonly spans: readonly GroupSpan[];
  /** Updates answered per second, from the first POST to the last reply. */
  readonly achievedPerSecond: number;
  /** How late the POSTs started against the schedule (p99 and worst), in milliseconds. */
  readonly lagP99: number;
  readonly lagMax: number;
}

/** One update's span, with the group it is reported in. */
export interface GroupSpan extends Span {
  readonly group: string;
}

/** Bounds of a run. */
export interface LoadLimits {
  readonly intervalMs: number;
  /** Longest a single POST may take before the run fails. */
  readonly requestTimeoutMs: number;
}

interface Sent {
  readonly update: PlannedUpdate;
  readonly start: number;
  readonly lag: number;
  end: number;
  status: number;
}

/** Telegram opens at most 40 connections to a webhook by default. */
const MAX_CONNECTIONS = 40;

function post(agent: Agent, url: URL, body: string, secret: string, timeoutMs: number): Promise<{ status: number; end: number }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-telegram-bot-api-secret-token': secret },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, end: performance.now() }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`webhook POST took longer than ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends the plan on schedule and waits for every answer; throws on any failure. */
async function sendAll(target: LoadTarget, plan: readonly PlannedUpdate[], limits: LoadLimits): Promise<Sent[]> {
  const url = new URL(target.webhookUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_CONNECTIONS });
  const bodies = plan.map((u) => JSON.stringify(textUpdate({ chatId: u.chatId, userId: u.chatId, text: u.text })));
  const sent: Sent[] = [];
  const pending: Promise<void>[] = [];
  const failures: string[] = [];
  const origin = performance.now() + 10;
  const launch = (index: number, update: PlannedUpdate, body: string): void => {
    const start = performance.now();
    const entry: Sent = { update, start, lag: start - (origin + index * limits.intervalMs), end: 0, status: 0 };
    sent.push(entry);
    pending.push(
      post(agent, url, body, target.secret, limits.requestTimeoutMs).then(
        ({ status, end }) => {
          entry.status = status;
          entry.end = end;
        },
        (error: unknown) => {
          failures.push(`chat ${update.chatId}: ${error instanceof Error ? error.message : String(error)}`);
        },
      ),
    );
  };
  await new Promise<void>((resolve) => {
    let next = 0;
    const tick = (): void => {
      const now = performance.now();
      for (; next < plan.length && origin + next * limits.intervalMs <= now; next += 1) launch(next, plan[next] as PlannedUpdate, bodies[next] as string);
      if (next >= plan.length) resolve();
      else setTimeout(tick, Math.max(0, origin + next * limits.intervalMs - performance.now()));
    };
    setTimeout(tick, Math.max(0, origin - performance.now()));
  });
  await Promise.all(pending);
  agent.destroy();
  if (failures.length > 0) throw new Error(`webhook bench: ${failures.length} POSTs failed, first: ${failures[0]}`);
  const refused = sent.filter((s) => s.status < 200 || s.status >= 300);
  if (refused.length > 0) throw new Error(`webhook bench: ${refused.length} POSTs answered non-2xx, first: HTTP ${refused[0]?.status}`);
  return sent;
}

/** The sendMessages of each chat, in arrival order. */
function repliesByChat(calls: readonly RecordedRequest[]): Map<number, RecordedRequest[]> {
  const byChat = new Map<number, RecordedRequest[]>();
  for (const call of calls) {
    const chatId = Number(call.params.chat_id);
    const list = byChat.get(chatId) ?? [];
    list.push(call);
    byChat.set(chatId, list);
  }
  for (const list of byChat.values()) list.sort((a, b) => a.at - b.at);
  return byChat;
}

/**
 * Pairs the k-th update of each chat with the k-th sendMessage the fake recorded for that chat: both
 * bots answer one message with one sendMessage, and updates of one chat are answered in order (the
 * service sequentializes them per chat; the minimal bot answers in milliseconds, a chat speaks again
 * a whole round later). The counts must match and each reply must fall between its POST's start
 * and its answer (the webhooks answer after replying), or the run throws.
 */
function latencies(target: LoadTarget, sent: readonly Sent[], firstRequest: number): { spans: GroupSpan[]; lastReply: number } {
  const byChat = repliesByChat(target.fake.requests.slice(firstRequest).filter((r) => r.method === 'sendMessage'));
  const used = new Map<number, number>();
  const spans: GroupSpan[] = [];
  let lastReply = 0;
  for (const s of [...sent].sort((a, b) => a.start - b.start)) {
    const { chatId, group } = s.update;
    const k = used.get(chatId) ?? 0;
    used.set(chatId, k + 1);
    const reply = byChat.get(chatId)?.[k];
    if (!reply) throw new Error(`webhook bench: no sendMessage reached the fake for chat ${chatId} ("${s.update.text}")`);
    if (reply.at < s.start || reply.at > s.end) throw new Error(`webhook bench: chat ${chatId}'s replies are out of order with its updates`);
    if (reply.status !== 200) throw new Error(`webhook bench: the fake refused the sendMessage for chat ${chatId} (HTTP ${reply.status})`);
    const problem = target.check(s.update, String(reply.params.text));
    if (problem) throw new Error(`webhook bench: wrong reply for chat ${chatId} ("${s.update.text}"): ${problem}`);
    spans.push({ group, start: performance.timeOrigin + s.start, latency: reply.at - s.start });
    lastReply = Math.max(lastReply, reply.at);
  }
  for (const [chatId, replies] of byChat) {
    if (replies.length !== (used.get(chatId) ?? 0))
      throw new Error(`webhook bench: chat ${chatId} got ${replies.length} sendMessages for ${used.get(chatId) ?? 0} updates`);
  }
  return { spans, lastReply };
}

function figuresOf(samples: readonly number[]): GroupFigures {
  const { p50, p99 } = percentiles(samples);
  return { p50, p99, count: samples.length };
}

function figuresOfSpans(spans: readonly GroupSpan[]): Pick<LoadFigures, 'all' | 'groups' | 'spans'> {
  const byGroup = new Map<string, number[]>();
  for (const span of spans) {
    const list = byGroup.get(span.group) ?? [];
    list.push(span.latency);
    byGroup.set(span.group, list);
  }
  return {
    all: figuresOf(spans.map((span) => span.latency)),
    groups: new Map([...byGroup].map(([group, list]) => [group, figuresOf(list)])),
    spans,
  };
}

/**
 * Several runs of one target as one: latencies pooled, the lowest rate answered, the worst lag.
 */
export function poolLoads(runs: readonly LoadFigures[]): LoadFigures {
  return {
    ...figuresOfSpans(runs.flatMap((r) => r.spans)),
    achievedPerSecond: Math.min(...runs.map((r) => r.achievedPerSecond)),
    lagP99: Math.max(...runs.map((r) => r.lagP99)),
    lagMax: Math.max(...runs.map((r) => r.lagMax)),
  };
}

/** Runs the plan against the target and returns its figures. */
export async function runWebhookLoad(target: LoadTarget, plan: readonly PlannedUpdate[], limits: LoadLimits): Promise<LoadFigures> {
  // Only this run's requests: an earlier run (the warm-up) used the same fake.
  const firstRequest = target.fake.requests.length;
  const sent = await sendAll(target, plan, limits);
  const { spans, lastReply } = latencies(target, sent, firstRequest);
  const first = Math.min(...sent.map((s) => s.start));
  const lags = sent.map((s) => s.lag);
  return {
    ...figuresOfSpans(spans),
    achievedPerSecond: (sent.length / (lastReply - first)) * 1000,
    lagP99: percentiles(lags).p99,
    lagMax: Math.max(...lags),
  };
}
