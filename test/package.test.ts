/** What package.json promises a deployer: one Prisma version for the client and its CLI, one Bull Board api. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('package.json', () => {
  it('pins @prisma/client and the prisma CLI to the same exact version (the CLI only at build time)', () => {
    const client = pkg.dependencies['@prisma/client'];
    expect(client).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.devDependencies.prisma).toBe(client);
    expect(pkg.dependencies.prisma).toBeUndefined();
  });

  it('pins @bull-board/api to the version @bull-board/fastify depends on', () => {
    const fastify = JSON.parse(readFileSync(resolve(import.meta.dirname, '../node_modules/@bull-board/fastify/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies['@bull-board/api']).toBe(fastify.dependencies['@bull-board/api']);
  });
});
