-- The figures' version: one row whose number changes whenever reports, their figures, targets or a
-- submitter's name change, however they change (the service, the admin CLI, a hand-written UPDATE).
-- The service keeps figures in memory and reads this number to know whether they are still current.

-- CreateTable
CREATE TABLE "facts_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "facts_version_pkey" PRIMARY KEY ("id")
);

INSERT INTO "facts_version" ("id", "version") VALUES (1, 0);

-- Once per statement: an import of many rows bumps it once. Writers of figures queue on the one row
-- until the writing transaction commits, which is what makes a reader that sees the new number also
-- see the new figures.
CREATE FUNCTION "bump_facts_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "facts_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER "report_bumps_facts_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "report"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_facts_version"();
CREATE TRIGGER "report_count_bumps_facts_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "report_count"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_facts_version"();
CREATE TRIGGER "report_rate_bumps_facts_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "report_rate"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_facts_version"();
CREATE TRIGGER "target_bumps_facts_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "target"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_facts_version"();
CREATE TRIGGER "person_name_bumps_facts_version" AFTER UPDATE OF "display_name" ON "person"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_facts_version"();
