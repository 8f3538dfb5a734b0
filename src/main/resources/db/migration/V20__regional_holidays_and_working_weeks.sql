-- ADR 0020: holidays of one region (a regency's anniversary), set by its regent or mayor.
create table regional_holiday (
    region_code  varchar(64)  not null,
    holiday_date date         not null,
    name         varchar(200) not null,
    primary key (region_code, holiday_date)
);

-- ADR 0020: a unit's own working week (SKPD code, or unit-pengaduan); units without a row work Monday to Friday in the
-- default office hours. days: seven flags from Monday, '1111110' for a unit that works Saturdays.
create table unit_week (
    unit          varchar(64) not null primary key,
    days          varchar(7)  not null,
    opens         time        not null,
    closes        time        not null,
    -- A shorter Friday; null when Friday closes like the other days.
    friday_closes time,
    -- Shorter hours for a period (Ramadan): first and last day and the closing time.
    short_from    date,
    short_to      date,
    short_closes  time
);
