-- No reminder lost in silence (issue 21, item 6). A ledger row records when it was claimed for
-- sending (UTC, the database's clock, so every worker measures with one clock): a row still
-- "sending" long after its job's lock expired was left by a worker that died, and is sent again
-- (or listed by `admin reminders --stuck`). Rows claimed before this migration have no time; the
-- sweep counts them as stuck since ever.

-- AlterTable
ALTER TABLE "reminder_delivery" ADD COLUMN "claimed_at" TIMESTAMP(3);
