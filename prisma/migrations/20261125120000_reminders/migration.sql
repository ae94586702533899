-- AlterEnum
-- The applier runs each migration in a transaction: ADD VALUE is allowed there from PostgreSQL 12 on
-- (PGlite is 17), and the new value is not used before this transaction commits.
ALTER TYPE "DeliveryStatus" ADD VALUE 'sending' AFTER 'pending';

-- AlterTable
ALTER TABLE "reporting_schedule" ADD COLUMN     "name_en" TEXT NOT NULL DEFAULT '';
