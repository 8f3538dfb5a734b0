package id.pengaduan.sla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.core.io.Resource;

/**
 * Counts working days (hari kerja) of one unit in one region: the unit's working week,
 * minus national holidays, cuti bersama (domain.md 6.3, which counts cuti bersama as
 * non-working by default) and the region's own holidays. Day 1 is the working day after
 * receipt; a deadline is the end of its last working day in the region's local time.
 */
public class WorkingDayCalendar {

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private final Map<LocalDate, Holiday> holidays;

	private final WorkingWeek week;

	private final Set<Integer> decreeYears;

	public WorkingDayCalendar(Collection<Holiday> holidays) {
		this(holidays, WorkingWeek.MONDAY_TO_FRIDAY, Set.of());
	}

	public WorkingDayCalendar(Collection<Holiday> holidays, WorkingWeek week, Collection<Integer> decreeYears) {
		this.holidays = new TreeMap<>();
		holidays.forEach((holiday) -> this.holidays.put(holiday.date(), holiday));
		this.week = week;
		this.decreeYears = new TreeSet<>(decreeYears);
	}

	/**
	 * Reads lines of {@code date,NATIONAL|COLLECTIVE_LEAVE,name}, and
	 * {@code year,SKB,decree} for a year whose joint decree the file holds in full; '#'
	 * starts a comment.
	 */
	public static WorkingDayCalendar fromCsv(Resource resource) {
		List<Holiday> holidays = new ArrayList<>();
		List<Integer> years = new ArrayList<>();
		readCsv(resource, holidays, new TreeMap<>()).forEach((year, decree) -> years.add(year));
		return new WorkingDayCalendar(holidays, WorkingWeek.MONDAY_TO_FRIDAY, years);
	}

	/** Fills {@code holidays}; answers the decree of each year the file holds in full. */
	static Map<Integer, String> readCsv(Resource resource, List<Holiday> holidays, Map<Integer, String> decrees) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split(",", 3);
				if ("SKB".equals(fields[1].strip())) {
					decrees.put(Integer.valueOf(fields[0].strip()), fields[2].strip());
				}
				else {
					holidays.add(new Holiday(LocalDate.parse(fields[0].strip()),
							Holiday.Kind.valueOf(fields[1].strip()), fields[2].strip()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the holiday calendar " + resource, ex);
		}
		return decrees;
	}

	public boolean isWorkingDay(LocalDate date) {
		return this.week.works(date.getDayOfWeek()) && !this.holidays.containsKey(date);
	}

	/** Whether the joint decree (SKB 3 Menteri) of that year is in the calendar. */
	public boolean hasDecree(int year) {
		return this.decreeYears.contains(year);
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
		return endOf(last, zone);
	}

	/**
	 * End of the n-th working day after a deadline: a deadline is the end of its day, so
	 * the count starts with the next working day whatever the office hours.
	 */
	public Instant workingDaysAfterDeadline(Instant deadline, int workingDays, ZoneId zone) {
		return endOf(addWorkingDays(deadline.atZone(zone).toLocalDate(), workingDays), zone);
	}

	/** The working day a moment counts as, for deadlines. */
	public LocalDate receivedOn(Instant moment, ZoneId zone) {
		LocalDateTime local = moment.atZone(zone).toLocalDateTime();
		LocalDate day = local.toLocalDate();
		if (!isWorkingDay(day) || !local.toLocalTime().isBefore(this.week.closesOn(day))) {
			day = addWorkingDays(day, 1);
		}
		return day;
	}

	/**
	 * End of the n-th calendar day after the moment of receipt; not rolled to a working
	 * day (domain.md 6.3).
	 */
	public Instant calendarDaysAfter(Instant start, int days, ZoneId zone) {
		return endOf(start.atZone(zone).toLocalDate().plusDays(days), zone);
	}

	/**
	 * The moment {@code percent} of the office hours between start and due have passed: a
	 * warning someone is at work to read, never a night or a Sunday. A clock with no
	 * office hours in it warns when it starts.
	 */
	public Instant shareOfOfficeHours(Instant start, Instant due, int percent, ZoneId zone) {
		List<Instant[]> spans = new ArrayList<>();
		long total = 0;
		LocalDate last = due.atZone(zone).toLocalDate();
		for (LocalDate date = start.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
			if (!isWorkingDay(date)) {
				continue;
			}
			Instant opens = date.atTime(this.week.opens()).atZone(zone).toInstant();
			Instant closes = date.atTime(this.week.closesOn(date)).atZone(zone).toInstant();
			Instant from = opens.isBefore(start) ? start : opens;
			Instant to = closes.isAfter(due) ? due : closes;
			if (from.isBefore(to)) {
				spans.add(new Instant[] { from, to });
				total += Duration.between(from, to).getSeconds();
			}
		}
		long left = total * percent / 100;
		for (Instant[] span : spans) {
			long length = Duration.between(span[0], span[1]).getSeconds();
			if (left <= length) {
				return span[0].plusSeconds(left);
			}
			left -= length;
		}
		return start;
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

	private static Instant endOf(LocalDate day, ZoneId zone) {
		return day.atTime(END_OF_DAY).atZone(zone).toInstant();
	}

}
