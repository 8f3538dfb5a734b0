package id.pengaduan.sla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;

/**
 * Counts working days (hari kerja): Monday to Friday, minus national holidays and cuti
 * bersama (domain.md 6.3, which counts cuti bersama as non-working by default). Day 1 is
 * the working day after receipt; a deadline is the end of its last working day in the
 * region's local time.
 */
public class WorkingDayCalendar {

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	/** Perpres 21/2023 and most units: service counters close at 16:00 local time. */
	public static final LocalTime DEFAULT_OFFICE_END = LocalTime.of(16, 0);

	private final Map<LocalDate, Holiday> holidays;

	private final LocalTime officeEnd;

	public WorkingDayCalendar(Collection<Holiday> holidays) {
		this(holidays, DEFAULT_OFFICE_END);
	}

	public WorkingDayCalendar(Collection<Holiday> holidays, LocalTime officeEnd) {
		this.holidays = new TreeMap<>();
		holidays.forEach((holiday) -> this.holidays.put(holiday.date(), holiday));
		this.officeEnd = officeEnd;
	}

	/**
	 * Reads lines of {@code date,NATIONAL|COLLECTIVE_LEAVE,name}; '#' starts a comment.
	 */
	public static WorkingDayCalendar fromCsv(Resource resource) {
		List<Holiday> holidays = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split(",", 3);
				holidays.add(new Holiday(LocalDate.parse(fields[0].strip()), Holiday.Kind.valueOf(fields[1].strip()),
						fields[2].strip()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the holiday calendar " + resource, ex);
		}
		return new WorkingDayCalendar(holidays);
	}

	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !this.holidays.containsKey(date);
	}

	/** The date of the n-th working day after {@code start}. */
	public LocalDate addWorkingDays(LocalDate start, int workingDays) {
		LocalDate date = start;
		int counted = 0;
		while (counted < workingDays) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	/**
	 * End of the n-th working day after the moment of receipt, in the given zone.
	 * Received after office hours or on a day off, a complaint counts as received on the
	 * next working day (domain.md 6.3).
	 */
	public Instant workingDaysAfter(Instant start, int workingDays, ZoneId zone) {
		LocalDate last = addWorkingDays(receivedOn(start, zone), workingDays);
		return last.atTime(END_OF_DAY).atZone(zone).toInstant();
	}

	/** The working day a moment counts as, for deadlines. */
	public LocalDate receivedOn(Instant moment, ZoneId zone) {
		java.time.LocalDateTime local = moment.atZone(zone).toLocalDateTime();
		LocalDate day = local.toLocalDate();
		if (!isWorkingDay(day) || !local.toLocalTime().isBefore(this.officeEnd)) {
			day = addWorkingDays(day, 1);
		}
		return day;
	}

	/**
	 * End of the n-th calendar day after the moment of receipt; not rolled to a working
	 * day (domain.md 6.3).
	 */
	public Instant calendarDaysAfter(Instant start, int days, ZoneId zone) {
		return start.atZone(zone).toLocalDate().plusDays(days).atTime(END_OF_DAY).atZone(zone).toInstant();
	}

	/**
	 * Working days left from {@code now} until {@code due}: 0 on the last day, negative
	 * once it has passed.
	 */
	public int workingDaysUntil(Instant now, Instant due, ZoneId zone) {
		LocalDate today = now.atZone(zone).toLocalDate();
		LocalDate last = due.atZone(zone).toLocalDate();
		int sign = 1;
		LocalDate from = today;
		LocalDate to = last;
		if (last.isBefore(today)) {
			sign = -1;
			from = last;
			to = today;
		}
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return sign * count;
	}

	public List<Holiday> holidays() {
		return List.copyOf(this.holidays.values());
	}

}
