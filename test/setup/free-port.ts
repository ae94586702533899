/** Asks the kernel for a TCP port that is free on 127.0.0.1 right now. */
import { createServer } from 'node:net';

/** Resolves to a port number that was free a moment ago (good enough for a test server). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
