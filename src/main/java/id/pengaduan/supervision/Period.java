package id.pengaduan.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days the compliance figures cover, both included, in the province's time zone; the
 * current month unless the supervisor chooses another.
 */
record Period(LocalDate from, LocalDate to, ZoneId zone) {

	Period {
		if (to.isBefore(from)) {
			LocalDate swap = from;
			from = to;
			to = swap;
		}
	}

	static Period of(LocalDate from, LocalDate to, Instant now, ZoneId zone) {
		LocalDate today = now.atZone(zone).toLocalDate();
		LocalDate first = (from != null) ? from : (to != null) ? to.withDayOfMonth(1) : today.withDayOfMonth(1);
		LocalDate last = (to != null) ? to : first.withDayOfMonth(first.lengthOfMonth());
		return new Period(first, last, zone);
	}

	Instant start() {
		return this.from.atStartOfDay(this.zone).toInstant();
	}

	/** Exclusive: the start of the day after the last. */
	Instant end() {
		return this.to.plusDays(1).atStartOfDay(this.zone).toInstant();
	}

}
