package id.pengaduan.sla;

import java.time.Clock;
import java.time.Duration;
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
		return due(stage, this.properties.daysFor(stage), start, regionCode);
	}

	/**
	 * Due after {@code days}: working days in the region's calendar, calendar days for
	 * legal ceilings.
	 */
	public Instant due(SlaStage stage, int days, Instant start, String regionCode) {
		ZoneId zone = zoneOf(regionCode);
		return stage.countsCalendarDays() ? calendar().calendarDaysAfter(start, days, zone)
				: calendar().workingDaysAfter(start, days, zone);
	}

	/** The warning threshold: the policy's share of the time from start to due. */
	public Instant warnAt(SlaStage stage, Instant start, Instant due) {
		long seconds = Duration.between(start, due).getSeconds();
		return start.plusSeconds(seconds * this.properties.warningPercentFor(stage) / 100);
	}

	public int workingDaysLeft(Instant due, String regionCode) {
		return calendar().workingDaysUntil(now(), due, zoneOf(regionCode));
	}

	public int workingDaysBetween(Instant from, Instant to, String regionCode) {
		return calendar().workingDaysUntil(from, to, zoneOf(regionCode));
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

}
