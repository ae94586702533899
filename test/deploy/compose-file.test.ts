/**
 * docker-compose.yml checked without a Docker engine: its shape read as YAML (the services, their
 * volumes, healthchecks and start order, the image's commands), and .env.example against both the
 * compose file (every ${VAR} it interpolates) and src/config.ts (every variable the service reads),
 * with no secret filled in. js-yaml comes with date-holidays (a production dependency).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { healthzUrl } from '../../src/healthcheck.js';

const ROOT = resolve(import.meta.dirname, '../..');
const COMPOSE_TEXT = readFileSync(resolve(ROOT, 'docker-compose.yml'), 'utf8');
const ENV_EXAMPLE = readFileSync(resolve(ROOT, '.env.example'), 'utf8');
const CONFIG_SOURCE = readFileSync(resolve(ROOT, 'src/config.ts'), 'utf8');

interface Healthcheck {
  test: string[];
  interval?: string;
  timeout?: string;
  retries?: number;
  start_period?: string;
}
interface Service {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  env_file?: string;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: Healthcheck;
  restart?: string;
  stop_grace_period?: string;
}
interface Compose {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
}

const compose = load(COMPOSE_TEXT) as Compose;
const service = (name: string): Service => {
  const found = compose.services[name];
  if (!found) throw new Error(`no service ${name}`);
  return found;
};

/** The variables .env.example lists (`NAME=value` lines), with their values. */
const listed = new Map(
  ENV_EXAMPLE.split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => [m[1] as string, m[2] as string]),
);

describe('docker-compose.yml', () => {
  it('has PostgreSQL, Redis, the service and the worker, and named volumes for the two stores', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'postgres', 'redis', 'worker']);
    expect(Object.keys(compose.volumes).sort()).toEqual(['postgres-data', 'redis-data']);
    expect(service('postgres').image).toMatch(/^postgres:1[67]$/);
    expect(service('postgres').volumes).toEqual(['postgres-data:/var/lib/postgresql/data']);
    expect(service('redis').image).toBe('redis:7');
    expect(service('redis').volumes).toEqual(['redis-data:/data']);
    for (const name of Object.keys(compose.services)) expect(service(name).restart, name).toBe('unless-stopped');
  });

  it('runs Redis append-only and never evicting', () => {
    const command = service('redis').command?.join(' ');
    expect(command).toContain('--appendonly yes');
    expect(command).toContain('--maxmemory-policy noeviction');
  });

  it('checks the health of every service the way each can answer', () => {
    expect(service('postgres').healthcheck?.test).toEqual(['CMD-SHELL', 'pg_isready -U baophu -d baophu']);
    expect(service('redis').healthcheck?.test).toEqual(['CMD-SHELL', 'redis-cli ping | grep -q PONG']);
    // The image's check asks /healthz of the named command on the port the environment gives it.
    const app = service('app');
    const worker = service('worker');
    expect(app.healthcheck?.test).toEqual(['CMD', 'node', 'dist/healthcheck.js', 'start']);
    expect(worker.healthcheck?.test).toEqual(['CMD', 'node', 'dist/healthcheck.js', 'worker']);
    expect(healthzUrl('start', app.environment ?? {})).toBe('http://127.0.0.1:3000/healthz');
    expect(healthzUrl('worker', worker.environment ?? {})).toBe('http://127.0.0.1:3001/healthz');
  });

  it("starts the service and the worker from one image built here, with the image's commands", () => {
    const app = service('app');
    const worker = service('worker');
    expect(app.build).toBe('.');
    expect(worker.image).toBe(app.image);
    expect(app.command).toEqual(['start']);
    expect(worker.command).toEqual(['worker']);
    expect(readFileSync(resolve(ROOT, 'src/main.ts'), 'utf8')).toMatch(/case 'start':[\s\S]*case 'worker':/);
    // The service stops within 10 s of SIGTERM (SHUTDOWN_LIMIT_MS): Docker must wait longer before SIGKILL.
    for (const each of [app, worker]) expect(each.stop_grace_period).toBe('15s');
  });

  it('gives both the env file and the same database, Redis and /data, and waits for healthy stores', () => {
    const app = service('app');
    const worker = service('worker');
    for (const each of [app, worker]) {
      expect(each.env_file).toBe('.env');
      expect(each.environment).toBe(app.environment);
      expect(each.depends_on?.postgres).toEqual({ condition: 'service_healthy' });
      expect(each.depends_on?.redis).toEqual({ condition: 'service_healthy' });
    }
    expect(worker.depends_on?.app).toEqual({ condition: 'service_healthy' });
    expect(app.environment?.DATABASE_URL).toMatch(/^postgresql:\/\/baophu:\$\{POSTGRES_PASSWORD:\?[^}]+\}@postgres:5432\/baophu$/);
    expect(app.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(app.environment?.DATA_DIR).toBe('/data');
    // Published on loopback only, for the TLS reverse proxy on the same machine.
    expect(app.ports).toEqual([`127.0.0.1:\${BAOPHU_HTTP_PORT:-3000}:${app.environment?.PORT}`]);
    expect(worker.ports).toBeUndefined();
  });

  it('takes every variable it interpolates from .env.example', () => {
    const used = [...new Set([...COMPOSE_TEXT.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1] as string))].sort();
    expect(used).toEqual(['BAOPHU_HTTP_PORT', 'BAOPHU_TAG', 'POSTGRES_PASSWORD']);
    for (const name of used) expect(listed.has(name), `${name} in .env.example`).toBe(true);
  });
});

describe('.env.example', () => {
  it('lists every variable src/config.ts reads', () => {
    const schema = /z\s*\.object\(\{([\s\S]*?)\n\s*\}\)/.exec(CONFIG_SOURCE)?.[1] ?? '';
    const read = [...schema.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1] as string);
    expect(read.length).toBeGreaterThan(15);
    expect(read.filter((name) => !listed.has(name))).toEqual([]);
  });

  it('fills in no secret, and explains each variable in a comment above it', () => {
    for (const [name, value] of listed) {
      if (/TOKEN|SECRET|PASSWORD|DATABASE_URL|REDIS_URL/.test(name)) expect(value, name).toBe('');
    }
    const lines = ENV_EXAMPLE.split('\n');
    lines.forEach((line, i) => {
      if (!/^[A-Z]/.test(line)) return;
      // Each variable sits under a comment, or in a run of variables under one.
      let above = i - 1;
      while (above >= 0 && /^[A-Z]/.test(lines[above] as string)) above -= 1;
      expect(lines[above], line).toMatch(/^#/);
    });
  });
});
