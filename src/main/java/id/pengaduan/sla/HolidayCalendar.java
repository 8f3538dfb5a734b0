package id.pengaduan.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The working-day calendar as data: national holidays and cuti bersama imported from the
 * SKB file (again whenever an administrator asks), the years whose SKB was entered,
 * regional holidays and each unit's working week (ADR 0020), every change audited. Each
 * node rereads the tables at most a minute after a change, so two nodes agree within that
 * minute.
 */
@Component
public class HolidayCalendar {

	/** The unit key of the complaint unit's own clocks (they name no SKPD). */
	public static final String COMPLAINT_UNIT = "unit-pengaduan";

	private static final Logger log = LoggerFactory.getLogger(HolidayCalendar.class);

	private static final Duration REFRESH = Duration.ofMinutes(1);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Resource file;

	private final WorkingWeek defaultWeek;

	private final TransactionTemplate ownTransaction;

	private volatile Snapshot current;

	/**
	 * System.nanoTime() of the last load: elapsed time, not "now", so no clock of ours.
	 */
	private volatile long loadedAtNanos;

	private volatile boolean seeded;

	HolidayCalendar(JdbcTemplate jdbc, SlaProperties properties, ResourceLoader resources, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.file = resources.getResource(properties.holidays());
		this.defaultWeek = WorkingWeek.mondayToFriday(LocalTime.parse(properties.officeHoursStart()),
				LocalTime.parse(properties.officeHoursEnd()));
	}

	/** The national calendar with the default working week. */
	public WorkingDayCalendar calendar() {
		return calendar(null, null);
	}

	/**
	 * The calendar of a unit in a region: national and regional holidays, the unit's
	 * working week (the default one when it has none).
	 */
	public WorkingDayCalendar calendar(String regionCode, String unit) {
		Snapshot snapshot = snapshot();
		String unitKey = (unit != null) ? unit : COMPLAINT_UNIT;
		String key = ((regionCode != null) ? regionCode : "") + "|" + unitKey;
		return snapshot.calendars.computeIfAbsent(key, (k) -> {
			List<Holiday> days = new ArrayList<>(snapshot.national);
			if (regionCode != null) {
				snapshot.regional.getOrDefault(regionCode, List.of())
					.forEach((day) -> days.add(new Holiday(day.date(), Holiday.Kind.REGIONAL, day.name())));
			}
			return new WorkingDayCalendar(days, snapshot.weeks.getOrDefault(unitKey, this.defaultWeek),
					snapshot.decreeYears);
		});
	}

	private Snapshot snapshot() {
		long now = System.nanoTime();
		Snapshot snapshot = this.current;
		if (snapshot == null || now - this.loadedAtNanos > REFRESH.toNanos()) {
			snapshot = new Snapshot(holidays(), regionalByRegion(), weeks(), decrees().keySet(),
					new ConcurrentHashMap<>());
			this.current = snapshot;
			this.loadedAtNanos = now;
		}
		return snapshot;
	}

	private void changed() {
		this.current = null;
	}

	/** National holidays and cuti bersama, by date. */
	public List<Holiday> holidays() {
		// The calendar page may be the first to ask on a new database.
		if (!this.seeded) {
			seedWhenEmpty();
		}
		return this.jdbc.query("select holiday_date, kind, name from holiday order by holiday_date",
				(rs, row) -> new Holiday(rs.getObject(1, LocalDate.class), Holiday.Kind.valueOf(rs.getString(2)),
						rs.getString(3)));
	}

	/** Adds or replaces the holiday of that date. */
	@Transactional
	public void put(Holiday holiday, String actor) {
		this.jdbc.update("delete from holiday where holiday_date = ?", holiday.date());
		this.jdbc.update("insert into holiday (holiday_date, kind, name) values (?, ?, ?)", holiday.date(),
				holiday.kind().name(), holiday.name());
		audit(actor, "PUT", holiday.date(), holiday.kind().name(), holiday.name(), null);
		changed();
	}

	@Transactional
	public boolean remove(LocalDate date, String actor) {
		boolean removed = this.jdbc.update("delete from holiday where holiday_date = ?", date) > 0;
		if (removed) {
			audit(actor, "REMOVE", date, null, null, null);
			changed();
		}
		return removed;
	}

	/** The years whose joint decree (SKB 3 Menteri) was entered, with the decree. */
	public Map<Integer, String> decrees() {
		Map<Integer, String> decrees = new TreeMap<>();
		this.jdbc.query("select decree_year, decree from holiday_decree order by decree_year",
				(RowCallbackHandler) (rs) -> decrees.put(rs.getInt(1), rs.getString(2)));
		return decrees;
	}

	/** Records that the year's SKB is in the calendar in full. */
	@Transactional
	public void putDecree(int year, String decree, String actor) {
		this.jdbc.update("delete from holiday_decree where decree_year = ?", year);
		this.jdbc.update("insert into holiday_decree (decree_year, decree) values (?, ?)", year, decree);
		audit(actor, "DECREE", LocalDate.of(year, 1, 1), null, decree, null);
		changed();
	}

	/**
	 * Imports the holiday file: each day that is new or different is written, each SKB
	 * year recorded; a day already as the file says is left alone, so a second run
	 * changes nothing. Days the file does not name stay (an administrator's own entries).
	 */
	@Transactional
	public ImportResult importFile(String actor) {
		List<Holiday> days = new ArrayList<>();
		Map<Integer, String> decrees = WorkingDayCalendar.readCsv(this.file, days, new LinkedHashMap<>());
		Map<LocalDate, Holiday> present = new TreeMap<>();
		holidays().forEach((day) -> present.put(day.date(), day));
		int added = 0;
		int changed = 0;
		for (Holiday day : days) {
			Holiday old = present.get(day.date());
			if (day.equals(old)) {
				continue;
			}
			this.jdbc.update("delete from holiday where holiday_date = ?", day.date());
			this.jdbc.update("insert into holiday (holiday_date, kind, name) values (?, ?, ?)", day.date(),
					day.kind().name(), day.name());
			audit(actor, "IMPORT", day.date(), day.kind().name(), day.name(), null);
			if (old == null) {
				added++;
			}
			else {
				changed++;
			}
		}
		Map<Integer, String> known = decrees();
		int years = 0;
		for (Map.Entry<Integer, String> decree : decrees.entrySet()) {
			if (!decree.getValue().equals(known.get(decree.getKey()))) {
				this.jdbc.update("delete from holiday_decree where decree_year = ?", decree.getKey());
				this.jdbc.update("insert into holiday_decree (decree_year, decree) values (?, ?)", decree.getKey(),
						decree.getValue());
				audit(actor, "DECREE", LocalDate.of(decree.getKey(), 1, 1), null, decree.getValue(), null);
				years++;
			}
		}
		changed();
		return new ImportResult(added, changed, years);
	}

	/** Regional holidays (a regency's anniversary), by region and date. */
	public List<RegionalHoliday> regionalHolidays() {
		return this.jdbc.query(
				"select region_code, holiday_date, name from regional_holiday order by holiday_date, region_code",
				(rs, row) -> new RegionalHoliday(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)));
	}

	@Transactional
	public void putRegional(RegionalHoliday holiday, String actor) {
		this.jdbc.update("delete from regional_holiday where region_code = ? and holiday_date = ?",
				holiday.regionCode(), holiday.date());
		this.jdbc.update("insert into regional_holiday (region_code, holiday_date, name) values (?, ?, ?)",
				holiday.regionCode(), holiday.date(), holiday.name());
		audit(actor, "REGIONAL", holiday.date(), Holiday.Kind.REGIONAL.name(), holiday.name(), holiday.regionCode());
		changed();
	}

	@Transactional
	public boolean removeRegional(String regionCode, LocalDate date, String actor) {
		boolean removed = this.jdbc.update("delete from regional_holiday where region_code = ? and holiday_date = ?",
				regionCode, date) > 0;
		if (removed) {
			audit(actor, "REMOVE", date, Holiday.Kind.REGIONAL.name(), null, regionCode);
			changed();
		}
		return removed;
	}

	/** The units with a working week of their own. */
	public Map<String, WorkingWeek> weeks() {
		Map<String, WorkingWeek> weeks = new TreeMap<>();
		this.jdbc.query(
				"select unit, days, opens, closes, friday_closes, short_from, short_to, short_closes from unit_week",
				(RowCallbackHandler) (rs) -> {
					weeks.put(rs.getString(1),
							new WorkingWeek(WorkingWeek.fromFlags(rs.getString(2)), rs.getObject(3, LocalTime.class),
									rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class),
									rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
									rs.getObject(8, LocalTime.class)));
				});
		return weeks;
	}

	@Transactional
	public void putWeek(String unit, WorkingWeek week, String actor) {
		this.jdbc.update("delete from unit_week where unit = ?", unit);
		this.jdbc.update(
				"insert into unit_week (unit, days, opens, closes, friday_closes, short_from, short_to, short_closes) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?)",
				unit, week.dayFlags(), week.opens(), week.closes(), week.fridayCloses(), week.shortFrom(),
				week.shortTo(), week.shortCloses());
		audit(actor, "WEEK", LocalDate.now(this.clock), null,
				week.dayFlags() + " " + week.opens() + "-" + week.closes(), unit);
		changed();
	}

	public List<Change> changes() {
		return this.jdbc.query(
				"select changed_at, actor, action, holiday_date, kind, name, scope from holiday_change order by id desc",
				(rs, row) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7)));
	}

	private void audit(String actor, String action, LocalDate date, String kind, String name, String scope) {
		this.jdbc.update(
				"insert into holiday_change (changed_at, actor, action, holiday_date, kind, name, scope) values (?, ?, ?, ?, ?, ?, ?)",
				Timestamp.from(this.clock.instant()), actor, action, date, kind, name, scope);
	}

	private Map<String, List<Holiday>> regionalByRegion() {
		Map<String, List<Holiday>> regional = new TreeMap<>();
		regionalHolidays().forEach((day) -> regional.computeIfAbsent(day.regionCode(), (k) -> new ArrayList<>())
			.add(new Holiday(day.date(), Holiday.Kind.REGIONAL, day.name())));
		return regional;
	}

	/**
	 * Lazily, on first use: the table exists only once Flyway has run. In a transaction
	 * of its own, committed before the caller's: seeded inside a submission's
	 * transaction, the rows were invisible to the next submission, which seeded again and
	 * failed.
	 */
	private synchronized void seedWhenEmpty() {
		if (this.seeded) {
			return;
		}
		try {
			this.ownTransaction.executeWithoutResult((status) -> {
				Integer count = this.jdbc.queryForObject("select count(*) from holiday", Integer.class);
				if (count != null && count == 0) {
					this.seeded = true;
					ImportResult result = importFile("system");
					log.info("Holiday calendar seeded with {} days, {} SKB years", result.added(), result.years());
				}
			});
		}
		catch (DataIntegrityViolationException | TransientDataAccessException ex) {
			// Another node seeded it at the same moment.
		}
		this.seeded = true;
	}

	/**
	 * One audited change of the calendar; {@code scope} is the region or unit, if any.
	 */
	public record Change(Instant at, String actor, String action, LocalDate date, String kind, String name,
			String scope) {
	}

	/** What an import changed: days added, days changed, SKB years recorded. */
	public record ImportResult(int added, int changed, int years) {
	}

	private record Snapshot(List<Holiday> national, Map<String, List<Holiday>> regional, Map<String, WorkingWeek> weeks,
			Set<Integer> decreeYears, Map<String, WorkingDayCalendar> calendars) {

		Snapshot {
			decreeYears = new TreeSet<>(decreeYears);
		}

	}

}
