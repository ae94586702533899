/**
 * A small axios client for the Zalo Bot Platform: `POST {baseUrl}/bot<TOKEN>/<method>` with a JSON
 * body, answered by `{ok, result, description, error_code}`. Every failure becomes a ZaloApiError
 * without the token; an empty long poll (408) is not a failure but "no update".
 */
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { redactToken } from '../channel/index.js';
import { ZaloApiError } from './zalo-api-error.js';
import { readAnswer } from './zalo-envelope.js';
import { isRecord, type JsonRecord } from './zalo-json.js';
import { toBotInfo, toSentMessage, toWebhookInfo, type ZaloBotInfo, type ZaloChatAction, type ZaloSentMessage, type ZaloWebhookInfo } from './zalo-types.js';

/** The platform's base URL; older SDKs use https://bot-api.zapps.me. */
export const ZALO_BASE_URL = 'https://bot-api.zaloplatforms.com';

/** What the client needs: the bot token and where the platform is. */
export interface ZaloClientOptions {
  readonly token: string;
  /** e.g. https://bot-api.zaloplatforms.com (no trailing /bot…). */
  readonly baseUrl: string;
  /** Time allowed for one call (a long poll gets its own wait on top). Default 10 s. */
  readonly timeoutMs?: number;
  /** An axios instance to send through (interceptors, proxies); a new one by default. */
  readonly http?: AxiosInstance;
}

/** The Bot API methods the bot uses. Every method throws ZaloApiError on failure. */
export interface ZaloClient {
  getMe(): Promise<ZaloBotInfo>;
  /** Waits up to `timeout` seconds for one update; null when none came (408). */
  getUpdates(params: { timeout: number; signal?: AbortSignal }): Promise<JsonRecord | null>;
  setWebhook(params: { url: string; secret_token: string }): Promise<ZaloWebhookInfo>;
  deleteWebhook(): Promise<ZaloWebhookInfo>;
  getWebhookInfo(): Promise<ZaloWebhookInfo>;
  sendMessage(params: { chat_id: string; text: string }): Promise<ZaloSentMessage>;
  sendPhoto(params: { chat_id: string; photo: string; caption?: string }): Promise<ZaloSentMessage>;
  sendChatAction(params: { chat_id: string; action: ZaloChatAction }): Promise<void>;
}

/** Creates the client. */
export function createZaloClient(options: ZaloClientOptions): ZaloClient {
  const { token } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const http = options.http ?? axios.create();
  const root = `${options.baseUrl.replace(/\/+$/, '')}/bot${token}`;

  async function call(method: string, body: object, extra: { waitMs?: number; signal?: AbortSignal } = {}): Promise<unknown> {
    let response: AxiosResponse<string>;
    try {
      response = await http.post<string>(`${root}/${method}`, body, {
        timeout: timeoutMs + (extra.waitMs ?? 0),
        signal: extra.signal,
        responseType: 'text',
        // Read every status here: the body says more than axios' generic message would.
        validateStatus: () => true,
        headers: { 'Content-Type': 'application/json' },
      });
    } catch (error) {
      throw new ZaloApiError(method, null, redactToken(describeNetworkError(error), token));
    }
    const answer = readAnswer(response.status, response.headers['retry-after'], String(response.data ?? ''));
    if (answer.ok) return answer.result;
    throw new ZaloApiError(method, answer.errorCode, redactToken(answer.description, token), answer.retryAfterSeconds);
  }

  return {
    getMe: async () => toBotInfo(await call('getMe', {})),
    async getUpdates({ timeout, signal }) {
      try {
        // The documentation gives the timeout as a string of seconds.
        const result = await call('getUpdates', { timeout: String(timeout) }, { waitMs: timeout * 1000, signal });
        return isRecord(result) ? result : null;
      } catch (error) {
        if (error instanceof ZaloApiError && error.errorCode === 408) return null;
        throw error;
      }
    },
    setWebhook: async (params) => toWebhookInfo(await call('setWebhook', params)),
    deleteWebhook: async () => toWebhookInfo(await call('deleteWebhook', {})),
    getWebhookInfo: async () => toWebhookInfo(await call('getWebhookInfo', {})),
    sendMessage: async (params) => toSentMessage(await call('sendMessage', params)),
    sendPhoto: async (params) => toSentMessage(await call('sendPhoto', params)),
    async sendChatAction(params) {
      await call('sendChatAction', params);
    },
  };
}

/** What went wrong on the way, from the error's code: axios messages are not trusted to omit the URL. */
function describeNetworkError(error: unknown): string {
  if (axios.isCancel(error)) return 'aborted';
  const code = isRecord(error) && typeof error.code === 'string' ? error.code : null;
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT') return 'timed out';
  return code ? `network error (${code})` : 'network error';
}
