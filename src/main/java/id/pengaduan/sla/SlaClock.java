package id.pengaduan.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The one place that turns an SLA stage and a start into a due date. */
@Component
public class SlaClock {

	private final SlaProperties properties;

	private final HolidayCalendar holidays;

	private final Map<String, Region> regions = new LinkedHashMap<>();

	private final ZoneId defaultZone;

	private final Clock clock;

	SlaClock(SlaProperties properties, RegionProperties regionProperties, HolidayCalendar holidays, Clock clock) {
		this.properties = properties;
		this.holidays = holidays;
		this.defaultZone = ZoneId.of(properties.defaultZone());
		this.clock = clock;
		for (RegionProperties.Entry entry : regionProperties.regions()) {
			ZoneId zone = (entry.zone() != null) ? ZoneId.of(entry.zone()) : this.defaultZone;
			this.regions.put(entry.code(), new Region(entry.code(), entry.name(), zone));
		}
	}

	public Instant now() {
		return this.clock.instant();
	}

	/**
	 * Due date of a stage that starts at {@code start}, with the stage's policy length.
	 */
	public Instant due(SlaStage stage, Instant start, String regionCode) {
		return due(stage, this.properties.daysFor(stage), start, regionCode, null);
	}

	/**
	 * Due after {@code days}: working days in the calendar of the unit (an SKPD code, or
	 * null for the complaint unit) in the region, calendar days for legal ceilings.
	 */
	public Instant due(SlaStage stage, int days, Instant start, String regionCode, String unit) {
		ZoneId zone = zoneOf(regionCode);
		return stage.countsCalendarDays() ? calendar(regionCode, unit).calendarDaysAfter(start, days, zone)
				: calendar(regionCode, unit).workingDaysAfter(start, days, zone);
	}

	/**
	 * The warning threshold: the policy's share of the office hours from start to due, so
	 * that it reaches someone at work.
	 */
	public Instant warnAt(SlaStage stage, Instant start, Instant due, String regionCode, String unit) {
		return calendar(regionCode, unit).shareOfOfficeHours(start, due, this.properties.warningPercentFor(stage),
				zoneOf(regionCode));
	}

	/**
	 * End of the n-th working day after a deadline (the second escalation level,
	 * domain.md 9.4).
	 */
	public Instant workingDaysAfterDeadline(Instant deadline, int days, String regionCode, String unit) {
		return calendar(regionCode, unit).workingDaysAfterDeadline(deadline, days, zoneOf(regionCode));
	}

	public int workingDaysLeft(Instant due, String regionCode) {
		return workingDaysLeft(due, regionCode, null);
	}

	public int workingDaysBetween(Instant from, Instant to, String regionCode) {
		return workingDaysBetween(from, to, regionCode, null);
	}

	public int workingDaysLeft(Instant due, String regionCode, String unit) {
		return calendar(regionCode, unit).workingDaysUntil(now(), due, zoneOf(regionCode));
	}

	public int workingDaysBetween(Instant from, Instant to, String regionCode, String unit) {
		return calendar(regionCode, unit).workingDaysUntil(from, to, zoneOf(regionCode));
	}

	public SlaProperties policy() {
		return this.properties;
	}

	public ZoneId zoneOf(String regionCode) {
		return region(regionCode).map(Region::zone).orElse(this.defaultZone);
	}

	public Optional<Region> region(String code) {
		return Optional.ofNullable(this.regions.get(code));
	}

	public List<Region> regions() {
		return List.copyOf(this.regions.values());
	}

	public WorkingDayCalendar calendar() {
		return this.holidays.calendar();
	}

	public WorkingDayCalendar calendar(String regionCode, String unit) {
		return this.holidays.calendar(regionCode, unit);
	}

}
