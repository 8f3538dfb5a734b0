-- Tracking numbers come from a sequence per year (tracking_2027), created by the application when a year's first
-- number is needed, starting after the highest number of that year in complaint (where every number the counter
-- issued is stored: counter and complaint were written in one transaction). The counter row is no longer used.
-- docs/decisions/0008-tracking-numbers-from-a-sequence-per-year.md
drop table tracking_counter;
