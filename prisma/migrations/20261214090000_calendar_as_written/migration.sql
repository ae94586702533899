-- The reporting calendar as the documents write it (issue 19).
--
-- A stored day can now also make a computed holiday a working day (off = false): the government
-- sets each year's spans, and they override Viet Nam's holidays as the bot computes them.
ALTER TABLE "holiday" ADD COLUMN "off" BOOLEAN NOT NULL DEFAULT true;

-- A due rule is now the last day on time. 1736/QĐ-UBND says "trước ngày 05 tháng 7" and "trước
-- ngày 20 tháng 12": the last days on time are 4 July and 19 December. Only the national defaults
-- still on the document's named day move; a day a province chose stays its own.
UPDATE "reporting_schedule" SET "due_rule" = 'fixed:07-04'
WHERE "key" = 'six_month' AND "due_rule" = 'fixed:07-05' AND "province_id" IS NULL;

UPDATE "reporting_schedule" SET "due_rule" = 'fixed:12-19'
WHERE "key" = 'annual' AND "due_rule" = 'fixed:12-20' AND "province_id" IS NULL;

-- No document gives a day for the monthly figures or the statistics office's: the days the bot had
-- invented (the 20th, the 15th after the quarter) are dropped and the schedules are off until a
-- province sets a day of its own.
UPDATE "reporting_schedule" SET "due_rule" = 'none', "active" = false
WHERE "key" = 'monthly' AND "due_rule" = 'in-last-month:20' AND "province_id" IS NULL;

UPDATE "reporting_schedule" SET "due_rule" = 'none', "active" = false
WHERE "key" = 'quarterly_stats' AND "due_rule" = 'in-next-month:15' AND "province_id" IS NULL;
