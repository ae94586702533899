import { openPostgresStore } from '../../support/postgres.js';
import { describeRoundTrip } from './round-trip.js';

describeRoundTrip('Prisma on PostgreSQL', openPostgresStore);
