/**
 * A TCP proxy on loopback that can be switched off and on, to take a real database "down" for one
 * service without stopping the server other tests share: switched off, it cuts every open connection
 * and resets new ones at once, as a crashed or unreachable server would.
 */
import { createServer, connect, type Socket } from 'node:net';

export interface TcpSwitch {
  /** The port to connect to instead of the target's. */
  readonly port: number;
  /** Cuts every connection and refuses new ones until `on()`. */
  off(): void;
  on(): void;
  close(): Promise<void>;
}

/** Starts a proxy to `host:port` on a free loopback port. */
export async function startTcpSwitch(host: string, port: number): Promise<TcpSwitch> {
  let up = true;
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    track(client);
    if (!up) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(port, host);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the switch has no TCP address');
  return {
    port: address.port,
    off() {
      up = false;
      for (const socket of open) socket.resetAndDestroy();
    },
    on() {
      up = true;
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
