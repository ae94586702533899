/**
 * A TCP proxy on loopback that can be switched off and on, to take a real database "down" for one
 * service without stopping the server other tests share: switched off, it cuts every open connection
 * and resets new ones at once, as a crashed or unreachable server would.
 */
import { connect, createServer, type Socket } from 'node:net';

export interface TcpSwitch {
  /** The port to connect to instead of the target's. */
  readonly port: number;
  /** Cuts every connection and refuses new ones until `on()`. */
  off(): void;
  /**
   * Stops forwarding in both directions and accepts new connections without forwarding them, as a
   * server that hangs (SIGSTOP, a full disk) would; `on()` lets everything through again.
   */
  hang(): void;
  on(): void;
  close(): Promise<void>;
}

/** Starts a proxy to `host:port` on a free loopback port. */
export async function startTcpSwitch(host: string, port: number): Promise<TcpSwitch> {
  let state: 'up' | 'off' | 'hung' = 'up';
  const open = new Set<Socket>();
  const pairs = new Set<readonly [Socket, Socket]>();
  const held = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const join = (client: Socket) => {
    const upstream = connect(port, host);
    track(upstream);
    const pair = [client, upstream] as const;
    pairs.add(pair);
    client.pipe(upstream).pipe(client);
    client.on('close', () => {
      upstream.destroy();
      pairs.delete(pair);
    });
    upstream.on('close', () => client.destroy());
  };
  const server = createServer((client) => {
    track(client);
    if (state === 'off') client.resetAndDestroy();
    else if (state === 'hung') {
      client.pause();
      held.add(client);
    } else join(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the switch has no TCP address');
  return {
    port: address.port,
    off() {
      state = 'off';
      for (const socket of open) socket.resetAndDestroy();
    },
    hang() {
      state = 'hung';
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    on() {
      const wasHung = state === 'hung';
      state = 'up';
      if (!wasHung) return;
      for (const [client, upstream] of pairs) client.pipe(upstream).pipe(client);
      for (const client of held) if (!client.destroyed) join(client);
      held.clear();
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
