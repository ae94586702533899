/**
 * The Bot API's HTTP client under grammY: each call one POST over node:http(s) on a keep-alive agent,
 * the answer read whole and parsed as JSON. grammY's default (node-fetch) builds a WHATWG request and
 * response, a header map and a body stream around each call; grammY needs none of that (it posts a
 * JSON string or a multipart stream and reads the answer's JSON). It saved about 0.07 ms of CPU a
 * call against a loopback server (bench/NOTES.md, "6 Dec 2026, before midnight"). Our choices: no
 * compression is asked for (the Bot API's answers are small) and no redirect is followed (the Bot API
 * sends none).
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ApiClientOptions } from 'grammy';

/** What grammY passes to its fetch function (payload.js, client.js), read here. */
interface ApiCallInit {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly signal?: AbortSignal | null;
}

/** The part of a fetch response grammY reads: the JSON answer (also for a 4xx: `{ ok: false, … }`). */
export interface ApiCallResponse {
  readonly ok: boolean;
  readonly status: number;
  json(): Promise<unknown>;
}

export type ApiFetch = (url: string, init?: ApiCallInit) => Promise<ApiCallResponse>;

/** One keep-alive agent per protocol for the process's Bot API calls (grammY's default keeps one too). */
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

/**
 * grammY's client options for a Bot API at `apiRoot` (absent: Telegram's) with this module's fetch,
 * and whatever else is given (a call's timeout).
 */
export function apiClientOptions(apiRoot: string | undefined, rest: Omit<ApiClientOptions, 'apiRoot' | 'fetch'> = {}): ApiClientOptions {
  // grammY types the option as the global fetch; it calls it with (url, init) and reads `json()` only.
  return { ...rest, ...(apiRoot ? { apiRoot } : {}), fetch: apiFetch as unknown as typeof fetch };
}

/** One Bot API call: resolves with the answer once it is read whole; rejects on a network error or an abort. */
export const apiFetch: ApiFetch = (url, init = {}) =>
  new Promise<ApiCallResponse>((resolve, reject) => {
    const { signal, body } = init;
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const secure = url.startsWith('https:');
    const headers: Record<string, string | number> = { ...init.headers };
    if (typeof body === 'string') headers['content-length'] = Buffer.byteLength(body);
    const onResponse = (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.on('end', () => {
        signal?.removeEventListener('abort', onAbort);
        const status = response.statusCode ?? 0;
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ ok: status >= 200 && status < 300, status, json: async () => JSON.parse(text) as unknown });
      });
    };
    const options = { method: init.method ?? 'POST', headers, agent: secure ? agents.https : agents.http };
    const request = secure ? httpsRequest(url, options, onResponse) : httpRequest(url, options, onResponse);
    function fail(error: Error): void {
      signal?.removeEventListener('abort', onAbort);
      request.destroy();
      reject(error);
    }
    function onAbort(): void {
      if (signal) fail(abortError(signal));
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    request.on('error', fail);
    if (body instanceof Readable) pipeline(body, request).catch(fail);
    else request.end(typeof body === 'string' ? body : undefined);
  });

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The Bot API call was aborted', 'AbortError');
}
