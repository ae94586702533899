-- Who owes a report and gets its nudges: the holders of this role for the audience units. The
-- reports of communes and districts stay with their focal points (the column's default); the
-- population and labour-force figures are the statistics office's (7337/UBND-VX), so the stored
-- quarterly_stats schedule passes to it.

-- AlterTable
ALTER TABLE "reporting_schedule" ADD COLUMN "reporter_role" "Role" NOT NULL DEFAULT 'focal_point';

UPDATE "reporting_schedule" SET "reporter_role" = 'statistics' WHERE "key" = 'quarterly_stats';
