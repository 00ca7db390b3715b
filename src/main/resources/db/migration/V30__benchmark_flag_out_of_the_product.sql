-- The benchmark's synthetic consultations are no longer the product's concern: the load generator lives in src/bench
-- and marks its consultations by their title ("SYNTHETIC LOAD — not real responses"). The flag V9 added goes.
ALTER TABLE consultation DROP COLUMN synthetic;
