import { describe, expect, it } from 'vitest';
import { commandOf, healthzUrl } from '../src/healthcheck.js';

describe("the image's HEALTHCHECK", () => {
  it("reads the container's command from its first process", () => {
    expect(commandOf('node\0dist/main.js\0worker\0')).toBe('worker');
    expect(commandOf('node\0/app/dist/main.js\0start\0')).toBe('start');
    expect(commandOf('node\0dist/main.js\0')).toBe('start');
    expect(commandOf('/sbin/init\0')).toBeUndefined();
  });

  it("probes the service's PORT and the worker's WORKER_HTTP_PORT, on loopback", () => {
    expect(healthzUrl('start', {})).toBe('http://127.0.0.1:3000/healthz');
    expect(healthzUrl('start', { PORT: '8080', HOST: '0.0.0.0' })).toBe('http://127.0.0.1:8080/healthz');
    expect(healthzUrl('worker', {})).toBe('http://127.0.0.1:3001/healthz');
    expect(healthzUrl('worker', { WORKER_HTTP_PORT: '9000', HOST: '127.0.0.2' })).toBe('http://127.0.0.2:9000/healthz');
    expect(healthzUrl('start', { HOST: '::1' })).toBe('http://[::1]:3000/healthz');
  });

  it('has nothing to probe for a worker without HTTP, the chat or the admin command line', () => {
    expect(healthzUrl('worker', { WORKER_HTTP_PORT: '0' })).toBeUndefined();
    expect(healthzUrl('chat', {})).toBeUndefined();
    expect(healthzUrl('admin', {})).toBeUndefined();
  });
});
