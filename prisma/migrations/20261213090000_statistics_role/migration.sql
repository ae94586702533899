-- The provincial statistics office (Cục Thống kê) as a role: it supplies the population and
-- labour-force figures (7337/UBND-VX). A value added to an enum cannot be used in the transaction
-- that adds it, so whatever uses it is the next migration.

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'statistics';
