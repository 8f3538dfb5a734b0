-- Indexes for the staff list and the dashboard at 100 000 complaints (docs/decisions/0013, docs/performance.md).

-- The staff list: the nearest deadline first, then the tracking number (a total order for paging), for those who
-- see every file and for one SKPD. The first page is read from the index and stops after 50 rows.
create index complaint_deadline on complaint (deadline_due, tracking_number);
create index complaint_skpd_deadline on complaint (skpd, deadline_due, tracking_number);

-- The dashboard's running clocks past their warning time (stopped_at and paused_at null, warn_at <= now).
create index stage_clock_running on stage_clock (stopped_at, paused_at, warn_at);
