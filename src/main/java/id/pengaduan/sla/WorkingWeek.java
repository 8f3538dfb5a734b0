package id.pengaduan.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * The days a unit works and its office hours: Monday to Friday for most units, Saturday
 * too for some front offices (domain.md 6); a shorter Friday and shorter hours in a
 * period such as Ramadan.
 *
 * @param days the working days of the week
 * @param opens when the office opens
 * @param closes when it closes; a complaint received later counts from the next working
 * day
 * @param fridayCloses Friday's closing time, or null for {@code closes}
 * @param shortFrom first day of the shorter hours (Ramadan), or null
 * @param shortTo last day of the shorter hours, or null
 * @param shortCloses closing time in that period, or null
 */
public record WorkingWeek(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, LocalTime fridayCloses,
		LocalDate shortFrom, LocalDate shortTo, LocalTime shortCloses) {

	/** Service counters open at 08:00 and close at 16:00 local time (Perpres 21/2023). */
	public static final WorkingWeek MONDAY_TO_FRIDAY = new WorkingWeek(
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(16, 0), null, null,
			null, null);

	public WorkingWeek {
		days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
	}

	public static WorkingWeek mondayToFriday(LocalTime opens, LocalTime closes) {
		return new WorkingWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), opens, closes, null, null, null,
				null);
	}

	public boolean works(DayOfWeek day) {
		return this.days.contains(day);
	}

	/** Closing time on that date, the shortest that applies. */
	public LocalTime closesOn(LocalDate date) {
		LocalTime close = this.closes;
		if (this.fridayCloses != null && date.getDayOfWeek() == DayOfWeek.FRIDAY && this.fridayCloses.isBefore(close)) {
			close = this.fridayCloses;
		}
		if (this.shortCloses != null && this.shortFrom != null && this.shortTo != null && !date.isBefore(this.shortFrom)
				&& !date.isAfter(this.shortTo) && this.shortCloses.isBefore(close)) {
			close = this.shortCloses;
		}
		return close;
	}

	/** The days as seven flags, Monday first ("1111100"), as the table stores them. */
	public String dayFlags() {
		StringBuilder flags = new StringBuilder();
		for (DayOfWeek day : DayOfWeek.values()) {
			flags.append(works(day) ? '1' : '0');
		}
		return flags.toString();
	}

	public static Set<DayOfWeek> fromFlags(String flags) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			if (flags.length() > day.ordinal() && flags.charAt(day.ordinal()) == '1') {
				days.add(day);
			}
		}
		return days;
	}

}
