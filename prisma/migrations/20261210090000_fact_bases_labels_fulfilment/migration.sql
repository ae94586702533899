-- What each percentage is a share of (its basis), sources described in Vietnamese and English, targets
-- from Party Congress resolutions, and plan fulfilment ("95,6% of the assigned plan") kept beside the
-- coverage rates of a report. Rows stored before this migration keep a null basis (unknown) and no
-- labels until their facts file is imported again.

-- CreateEnum
CREATE TYPE "Basis" AS ENUM ('labour_force', 'employed', 'population', 'past_retirement_age', 'plan_count', 'transactions', 'none');

-- CreateEnum
CREATE TYPE "RateKind" AS ENUM ('coverage', 'plan_fulfilment');

-- AlterEnum (allowed in a transaction since PostgreSQL 12; the value is not used in this one)
ALTER TYPE "TargetKind" ADD VALUE 'party_resolution';

-- AlterTable
ALTER TABLE "report" ADD COLUMN "source_label_en" TEXT,
ADD COLUMN "source_label_vi" TEXT;

-- AlterTable
ALTER TABLE "report_rate" ADD COLUMN "basis" "Basis",
ADD COLUMN "kind" "RateKind" NOT NULL DEFAULT 'coverage';

-- AlterTable
ALTER TABLE "target" ADD COLUMN "basis" "Basis",
ADD COLUMN "label_en" TEXT,
ADD COLUMN "label_vi" TEXT;

-- DropIndex
DROP INDEX "report_rate_report_id_indicator_key";

-- CreateIndex
CREATE UNIQUE INDEX "report_rate_report_id_indicator_kind_key" ON "report_rate"("report_id", "indicator", "kind");
