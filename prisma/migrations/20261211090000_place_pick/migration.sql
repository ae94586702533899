-- The place a person picked from a numbered list of places sharing a name, one per person and name
-- as typed (folded); a later pick for the same name replaces the earlier one.

-- CreateTable
CREATE TABLE "place_pick" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "name_key" TEXT NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "place_pick_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "place_pick_unit_id_idx" ON "place_pick"("unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "place_pick_person_id_name_key_key" ON "place_pick"("person_id", "name_key");

-- AddForeignKey
ALTER TABLE "place_pick" ADD CONSTRAINT "place_pick_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "place_pick" ADD CONSTRAINT "place_pick_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
