-- Issue 17, ADR 0020: the calendar is an import an administrator can run again; the SKB of each year is recorded;
-- a clock keeps the length it counts so that a recomputation after a calendar change can count it again.
alter table stage_clock add column length_days integer;
alter table stage_clock add column counted_from timestamp with time zone;

-- The years whose joint decree (SKB 3 Menteri) is in the calendar in full; other years hold only fixed-date holidays.
create table holiday_decree (
    decree_year integer      not null primary key,
    decree      varchar(200) not null
);

-- The region or unit a calendar change concerns (regional holidays, working weeks); null for the national calendar.
alter table holiday_change add column scope varchar(64);

-- A database seeded before this version has 2025 and 2026 from their SKB, and nothing after. A new database is seeded
-- from calendar/holidays.csv on first use instead (the table is still empty here).
insert into holiday_decree (decree_year, decree) select 2025, 'SKB Menag 1017/2024 Menaker 2/2024 MenPANRB 2/2024'
    where exists (select 1 from holiday where holiday_date = date '2025-01-01');
insert into holiday_decree (decree_year, decree) select 2026, 'SKB Menag 1497/2025 Menaker 2/2025 MenPANRB 5/2025'
    where exists (select 1 from holiday where holiday_date = date '2026-01-01');
insert into holiday (holiday_date, kind, name) select date '2027-01-01', 'NATIONAL', 'Tahun Baru 2027 Masehi' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2027-01-01');
insert into holiday (holiday_date, kind, name) select date '2027-05-01', 'NATIONAL', 'Hari Buruh Internasional' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2027-05-01');
insert into holiday (holiday_date, kind, name) select date '2027-06-01', 'NATIONAL', 'Hari Lahir Pancasila' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2027-06-01');
insert into holiday (holiday_date, kind, name) select date '2027-08-17', 'NATIONAL', 'Hari Kemerdekaan Republik Indonesia' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2027-08-17');
insert into holiday (holiday_date, kind, name) select date '2027-12-25', 'NATIONAL', 'Kelahiran Yesus Kristus' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2027-12-25');
insert into holiday (holiday_date, kind, name) select date '2028-01-01', 'NATIONAL', 'Tahun Baru 2028 Masehi' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2028-01-01');
insert into holiday (holiday_date, kind, name) select date '2028-05-01', 'NATIONAL', 'Hari Buruh Internasional' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2028-05-01');
insert into holiday (holiday_date, kind, name) select date '2028-06-01', 'NATIONAL', 'Hari Lahir Pancasila' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2028-06-01');
insert into holiday (holiday_date, kind, name) select date '2028-08-17', 'NATIONAL', 'Hari Kemerdekaan Republik Indonesia' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2028-08-17');
insert into holiday (holiday_date, kind, name) select date '2028-12-25', 'NATIONAL', 'Kelahiran Yesus Kristus' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2028-12-25');
insert into holiday (holiday_date, kind, name) select date '2029-01-01', 'NATIONAL', 'Tahun Baru 2029 Masehi' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2029-01-01');
insert into holiday (holiday_date, kind, name) select date '2029-05-01', 'NATIONAL', 'Hari Buruh Internasional' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2029-05-01');
insert into holiday (holiday_date, kind, name) select date '2029-06-01', 'NATIONAL', 'Hari Lahir Pancasila' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2029-06-01');
insert into holiday (holiday_date, kind, name) select date '2029-08-17', 'NATIONAL', 'Hari Kemerdekaan Republik Indonesia' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2029-08-17');
insert into holiday (holiday_date, kind, name) select date '2029-12-25', 'NATIONAL', 'Kelahiran Yesus Kristus' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2029-12-25');
insert into holiday (holiday_date, kind, name) select date '2030-01-01', 'NATIONAL', 'Tahun Baru 2030 Masehi' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2030-01-01');
insert into holiday (holiday_date, kind, name) select date '2030-05-01', 'NATIONAL', 'Hari Buruh Internasional' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2030-05-01');
insert into holiday (holiday_date, kind, name) select date '2030-06-01', 'NATIONAL', 'Hari Lahir Pancasila' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2030-06-01');
insert into holiday (holiday_date, kind, name) select date '2030-08-17', 'NATIONAL', 'Hari Kemerdekaan Republik Indonesia' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2030-08-17');
insert into holiday (holiday_date, kind, name) select date '2030-12-25', 'NATIONAL', 'Kelahiran Yesus Kristus' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2030-12-25');
insert into holiday (holiday_date, kind, name) select date '2031-01-01', 'NATIONAL', 'Tahun Baru 2031 Masehi' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2031-01-01');
insert into holiday (holiday_date, kind, name) select date '2031-05-01', 'NATIONAL', 'Hari Buruh Internasional' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2031-05-01');
insert into holiday (holiday_date, kind, name) select date '2031-06-01', 'NATIONAL', 'Hari Lahir Pancasila' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2031-06-01');
insert into holiday (holiday_date, kind, name) select date '2031-08-17', 'NATIONAL', 'Hari Kemerdekaan Republik Indonesia' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2031-08-17');
insert into holiday (holiday_date, kind, name) select date '2031-12-25', 'NATIONAL', 'Kelahiran Yesus Kristus' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2031-12-25');
insert into holiday (holiday_date, kind, name) select date '2032-01-01', 'NATIONAL', 'Tahun Baru 2032 Masehi' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2032-01-01');
insert into holiday (holiday_date, kind, name) select date '2032-05-01', 'NATIONAL', 'Hari Buruh Internasional' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2032-05-01');
insert into holiday (holiday_date, kind, name) select date '2032-06-01', 'NATIONAL', 'Hari Lahir Pancasila' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2032-06-01');
insert into holiday (holiday_date, kind, name) select date '2032-08-17', 'NATIONAL', 'Hari Kemerdekaan Republik Indonesia' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2032-08-17');
insert into holiday (holiday_date, kind, name) select date '2032-12-25', 'NATIONAL', 'Kelahiran Yesus Kristus' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2032-12-25');
insert into holiday (holiday_date, kind, name) select date '2033-01-01', 'NATIONAL', 'Tahun Baru 2033 Masehi' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2033-01-01');
insert into holiday (holiday_date, kind, name) select date '2033-05-01', 'NATIONAL', 'Hari Buruh Internasional' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2033-05-01');
insert into holiday (holiday_date, kind, name) select date '2033-06-01', 'NATIONAL', 'Hari Lahir Pancasila' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2033-06-01');
insert into holiday (holiday_date, kind, name) select date '2033-08-17', 'NATIONAL', 'Hari Kemerdekaan Republik Indonesia' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2033-08-17');
insert into holiday (holiday_date, kind, name) select date '2033-12-25', 'NATIONAL', 'Kelahiran Yesus Kristus' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2033-12-25');
insert into holiday (holiday_date, kind, name) select date '2034-01-01', 'NATIONAL', 'Tahun Baru 2034 Masehi' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2034-01-01');
insert into holiday (holiday_date, kind, name) select date '2034-05-01', 'NATIONAL', 'Hari Buruh Internasional' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2034-05-01');
insert into holiday (holiday_date, kind, name) select date '2034-06-01', 'NATIONAL', 'Hari Lahir Pancasila' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2034-06-01');
insert into holiday (holiday_date, kind, name) select date '2034-08-17', 'NATIONAL', 'Hari Kemerdekaan Republik Indonesia' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2034-08-17');
insert into holiday (holiday_date, kind, name) select date '2034-12-25', 'NATIONAL', 'Kelahiran Yesus Kristus' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2034-12-25');
insert into holiday (holiday_date, kind, name) select date '2035-01-01', 'NATIONAL', 'Tahun Baru 2035 Masehi' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2035-01-01');
insert into holiday (holiday_date, kind, name) select date '2035-05-01', 'NATIONAL', 'Hari Buruh Internasional' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2035-05-01');
insert into holiday (holiday_date, kind, name) select date '2035-06-01', 'NATIONAL', 'Hari Lahir Pancasila' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2035-06-01');
insert into holiday (holiday_date, kind, name) select date '2035-08-17', 'NATIONAL', 'Hari Kemerdekaan Republik Indonesia' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2035-08-17');
insert into holiday (holiday_date, kind, name) select date '2035-12-25', 'NATIONAL', 'Kelahiran Yesus Kristus' where exists (select 1 from holiday)
    and not exists (select 1 from holiday where holiday_date = date '2035-12-25');
