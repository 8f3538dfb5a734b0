package id.pengaduan.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The holidays as data: seeded from the SKB file on first start, then edited by an
 * administrator, every change audited. Each node rereads the table at most a minute after
 * a change, so two nodes agree within that minute.
 */
@Component
public class HolidayCalendar {

	private static final Logger log = LoggerFactory.getLogger(HolidayCalendar.class);

	private static final Duration REFRESH = Duration.ofMinutes(1);

	private final JdbcTemplate jdbc;

	private volatile WorkingDayCalendar current;

	/**
	 * System.nanoTime() of the last load: elapsed time, not "now", so no clock of ours.
	 */
	private volatile long loadedAtNanos;

	private final Clock clock;

	private final List<Holiday> seed;

	private final LocalTime officeEnd;

	private volatile boolean seeded;

	private final TransactionTemplate ownTransaction;

	HolidayCalendar(JdbcTemplate jdbc, SlaProperties properties, ResourceLoader resources, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.seed = WorkingDayCalendar.fromCsv(resources.getResource(properties.holidays())).holidays();
		this.officeEnd = LocalTime.parse(properties.officeHoursEnd());
	}

	public WorkingDayCalendar calendar() {
		long now = System.nanoTime();
		if (this.current == null || now - this.loadedAtNanos > REFRESH.toNanos()) {
			this.current = new WorkingDayCalendar(holidays(), this.officeEnd);
			this.loadedAtNanos = now;
		}
		return this.current;
	}

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
		audit(actor, "PUT", holiday.date(), holiday.kind().name(), holiday.name());
		this.current = null;
	}

	@Transactional
	public boolean remove(LocalDate date, String actor) {
		boolean removed = this.jdbc.update("delete from holiday where holiday_date = ?", date) > 0;
		if (removed) {
			audit(actor, "REMOVE", date, null, null);
			this.current = null;
		}
		return removed;
	}

	public List<Change> changes() {
		return this.jdbc.query(
				"select changed_at, actor, action, holiday_date, kind, name from holiday_change order by id desc",
				(rs, row) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6)));
	}

	private void audit(String actor, String action, LocalDate date, String kind, String name) {
		this.jdbc.update(
				"insert into holiday_change (changed_at, actor, action, holiday_date, kind, name) values (?, ?, ?, ?, ?, ?)",
				Timestamp.from(this.clock.instant()), actor, action, date, kind, name);
	}

	/**
	 * Lazily, on first use: the table exists only once Flyway has run. In a transaction
	 * of its own, committed before the caller's: seeded inside a submission's
	 * transaction, the rows were invisible to the next submission, which seeded again and
	 * failed.
	 */
	private synchronized void seedWhenEmpty() {
		try {
			this.ownTransaction.executeWithoutResult((status) -> {
				Integer count = this.jdbc.queryForObject("select count(*) from holiday", Integer.class);
				if (count != null && count == 0) {
					for (Holiday holiday : this.seed) {
						this.jdbc.update("insert into holiday (holiday_date, kind, name) values (?, ?, ?)",
								holiday.date(), holiday.kind().name(), holiday.name());
					}
					audit("system", "SEED", this.seed.get(0).date(), null,
							"SKB 3 Menteri: " + this.seed.size() + " days");
					log.info("Holiday calendar seeded with {} days", this.seed.size());
				}
			});
		}
		catch (DataIntegrityViolationException | TransientDataAccessException ex) {
			// Another node seeded it at the same moment.
		}
		this.seeded = true;
	}

	/** One audited change of the calendar. */
	public record Change(Instant at, String actor, String action, LocalDate date, String kind, String name) {
	}

}
