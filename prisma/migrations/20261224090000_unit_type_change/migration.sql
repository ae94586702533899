-- A unit's type can change within its structure: on 30 April 2026 Đồng Nai became a centrally-run
-- city and ten of its xã became phường (the unit list's type_2026 columns). The current type stays in
-- "type", "type_code" and "full_name"; the one before it and the day of the change are kept here.
ALTER TABLE "unit" ADD COLUMN "former_type" TEXT,
ADD COLUMN "former_type_code" TEXT,
ADD COLUMN "former_full_name" TEXT,
ADD COLUMN "type_changed_on" DATE;
