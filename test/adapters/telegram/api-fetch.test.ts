/**
 * The Bot API client under grammY (api-fetch.ts), over real HTTP on loopback: what the server
 * receives, how Telegram's refusals, a broken answer, a timeout and a refused connection come back.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api, GrammyError, HttpError, InputFile } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { apiClientOptions, apiFetch } from '../../../src/adapters/telegram/api-fetch.js';
import { TOKEN } from './bot-harness.js';

interface Received {
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
}

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A server answering every request with `respond`; returns its root and what it received. */
async function serve(respond: (response: ServerResponse) => void): Promise<{ root: string; received: Received[]; closed: Promise<void> }> {
  const received: Received[] = [];
  let markClosed = () => {};
  const closed = new Promise<void>((resolve) => {
    markClosed = resolve;
  });
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) });
      respond(response);
    });
    response.on('close', markClosed);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { root: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, closed };
}

const json = (status: number, value: unknown) => (response: ServerResponse) => {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
};

const MESSAGE = { message_id: 9, date: 1, chat: { id: 501, type: 'private' }, text: 'Chào' };

describe('apiFetch under grammY', () => {
  it('posts the call as JSON with its length and gives back the result', async () => {
    const { root, received } = await serve(json(200, { ok: true, result: MESSAGE }));
    const sent = await new Api(TOKEN, apiClientOptions(root)).sendMessage(501, 'Chào anh');
    expect(sent.message_id).toBe(9);
    const [call] = received;
    expect(call?.url).toBe(`/bot${TOKEN}/sendMessage`);
    expect(call?.headers['content-type']).toBe('application/json');
    expect(call?.headers['content-length']).toBe(String(call?.body.length));
    expect(JSON.parse(call?.body.toString('utf8') ?? '')).toEqual({ chat_id: 501, text: 'Chào anh' });
  });

  it('reads the JSON of a refusal, so grammY raises its error with Telegram’s description', async () => {
    const { root } = await serve(json(403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }));
    const error: unknown = await new Api(TOKEN, apiClientOptions(root)).sendMessage(501, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).error_code).toBe(403);
    expect((error as GrammyError).description).toContain('blocked');
  });

  it('streams an upload as multipart with the file’s bytes', async () => {
    const { root, received } = await serve(json(200, { ok: true, result: MESSAGE }));
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);
    await new Api(TOKEN, apiClientOptions(root)).sendPhoto(501, new InputFile(bytes, 'chart.png'), { caption: 'Biểu đồ' });
    const [call] = received;
    expect(call?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(call?.body.includes(bytes)).toBe(true);
    expect(call?.body.toString('utf8')).toContain('Biểu đồ');
  });

  it('gives an answer that is not JSON (a proxy’s error page) back as an HTTP error', async () => {
    const { root } = await serve((response) => response.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>'));
    const error: unknown = await new Api(TOKEN, apiClientOptions(root)).sendMessage(501, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
  });

  it('gives up after the call’s timeout and closes the connection', async () => {
    const { root, closed } = await serve(() => {});
    const error: unknown = await new Api(TOKEN, apiClientOptions(root, { timeoutSeconds: 1 })).sendMessage(501, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    await closed;
  });

  it('reports a refused connection with its code and without the token', async () => {
    const error: unknown = await new Api(TOKEN, apiClientOptions('http://127.0.0.1:1')).getMe().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    const cause = (error as HttpError).error as NodeJS.ErrnoException;
    expect(cause.code).toBe('ECONNREFUSED');
    expect(`${(error as Error).message} ${cause.message}`).not.toContain(TOKEN);
  });

  it('does not call when the signal is already aborted', async () => {
    const { root, received } = await serve(json(200, { ok: true, result: true }));
    const controller = new AbortController();
    controller.abort();
    await expect(apiFetch(`${root}/bot${TOKEN}/getMe`, { body: '{}', signal: controller.signal })).rejects.toThrow(/abort/i);
    expect(received).toHaveLength(0);
  });

  it('keeps the connection open between calls', async () => {
    const { root, received } = await serve(json(200, { ok: true, result: true }));
    const ports = new Set<number>();
    server?.on('connection', (socket) => ports.add(socket.remotePort ?? 0));
    const api = new Api(TOKEN, apiClientOptions(root));
    for (let i = 0; i < 3; i += 1) await api.deleteWebhook();
    expect(received).toHaveLength(3);
    expect(ports.size).toBe(1);
  });
});
