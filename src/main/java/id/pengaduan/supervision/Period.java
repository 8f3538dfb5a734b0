package id.pengaduan.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days the compliance figures cover, both included, in the province's time zone; the
 * current month unless the supervisor chooses another.
 */
record Period(LocalDate from, LocalDate to, ZoneId zone) {

	/**
	 * The days a period may name: the calendar years a database and a person can use
	 * ({@code from=+999999999-12-31} is refused, not computed).
	 */
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	Period {
		if (to.isBefore(from)) {
			LocalDate swap = from;
			from = to;
			to = swap;
		}
	}

	/**
	 * @throws IllegalArgumentException when a chosen day lies outside
	 * {@link #EARLIEST}..{@link #LATEST}
	 */
	static Period of(LocalDate from, LocalDate to, Instant now, ZoneId zone) {
		if (!isWithinReach(from) || !isWithinReach(to)) {
			throw new IllegalArgumentException("A period runs from " + EARLIEST + " to " + LATEST);
		}
		LocalDate today = now.atZone(zone).toLocalDate();
		LocalDate first = (from != null) ? from : (to != null) ? to.withDayOfMonth(1) : today.withDayOfMonth(1);
		LocalDate last = (to != null) ? to : first.withDayOfMonth(first.lengthOfMonth());
		return new Period(first, last, zone);
	}

	static boolean isWithinReach(LocalDate day) {
		return day == null || (!day.isBefore(EARLIEST) && !day.isAfter(LATEST));
	}

	Instant start() {
		return this.from.atStartOfDay(this.zone).toInstant();
	}

	/** Exclusive: the start of the day after the last. */
	Instant end() {
		return this.to.plusDays(1).atStartOfDay(this.zone).toInstant();
	}

}
