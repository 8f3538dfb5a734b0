package id.pengaduan.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** The one place that turns an SLA stage and a start into a due date. */
@Component
public class SlaClock {

	private final SlaProperties properties;

	private final WorkingDayCalendar calendar;

	private final Map<String, Region> regions = new LinkedHashMap<>();

	private final ZoneId defaultZone;

	private final Clock clock;

	SlaClock(SlaProperties properties, RegionProperties regionProperties, ResourceLoader resources, Clock clock) {
		this.properties = properties;
		this.calendar = WorkingDayCalendar.fromCsv(resources.getResource(properties.holidays()));
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
	 * Due date of a stage that starts at {@code start}, in the region's local working
	 * days.
	 */
	public Instant due(SlaStage stage, Instant start, String regionCode) {
		return this.calendar.workingDaysAfter(start, this.properties.workingDaysFor(stage), zoneOf(regionCode));
	}

	public int workingDaysLeft(Instant due, String regionCode) {
		return this.calendar.workingDaysUntil(now(), due, zoneOf(regionCode));
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
		return this.calendar;
	}

}
