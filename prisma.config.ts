// Prisma CLI configuration. The service itself never reads this file: it connects through a driver
// adapter (src/adapters/db/open-database.ts) and applies prisma/migrations on its own.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // Only `prisma migrate` needs a URL; `prisma generate` does not, so a missing one is not an error here.
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
