package id.pengaduan.supervision;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pengaduan.identity.Skpd;
import id.pengaduan.identity.Units;
import id.pengaduan.sla.SlaClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The SLA figures as gauges: {@code pengaduan_complaints_open} and
 * {@code pengaduan_complaints_overdue} per SKPD, {@code pengaduan_sla_breaches} per SKPD
 * and stage. Read from the database on a schedule, not counted in memory: every engine
 * node reports the same figures, however the work was spread over them.
 */
@Component
@EnableScheduling
class SlaMetrics {

	/** The tag value of the complaint unit, which is no SKPD. */
	static final String COMPLAINT_UNIT = "unit-pengaduan";

	private static final Logger log = LoggerFactory.getLogger(SlaMetrics.class);

	private final SlaFigures figures;

	private final Units units;

	private final SlaClock sla;

	private final MultiGauge open;

	private final MultiGauge overdue;

	private final MultiGauge breaches;

	SlaMetrics(SlaFigures figures, Units units, SlaClock sla, MeterRegistry registry) {
		this.figures = figures;
		this.units = units;
		this.sla = sla;
		this.open = MultiGauge.builder("pengaduan.complaints.open")
			.description("Open complaints per SKPD (unit-pengaduan: not disposed yet)")
			.register(registry);
		this.overdue = MultiGauge.builder("pengaduan.complaints.overdue")
			.description("Open complaints with an agency clock past its due time, per SKPD")
			.register(registry);
		this.breaches = MultiGauge.builder("pengaduan.sla.breaches")
			.description("Stage clocks that ran out, since the start, per SKPD and stage")
			.register(registry);
	}

	/** Three grouped queries; every SKPD reports, with 0 when it has nothing. */
	@Scheduled(fixedDelayString = "${pengaduan.supervision.metrics-refresh:PT1M}")
	void refresh() {
		try {
			Map<String, Long> open = perUnit();
			this.figures.openComplaints()
				.forEach((count) -> open.merge(tag(count.skpd()), count.complaints(), Long::sum));
			this.open.register(rows(open), true);

			Instant now = this.sla.now();
			Map<String, Set<Long>> late = new LinkedHashMap<>();
			perUnit().keySet().forEach((unit) -> late.put(unit, new HashSet<>()));
			this.figures.clocksPastWarning(now)
				.stream()
				.filter((clock) -> clock.clock().getDueAt().isBefore(now))
				.forEach((clock) -> late.computeIfAbsent(tag(clock.unit()), (unit) -> new HashSet<>())
					.add(clock.clock().getComplaintId()));
			Map<String, Long> overdue = new LinkedHashMap<>();
			late.forEach((unit, complaints) -> overdue.put(unit, (long) complaints.size()));
			this.overdue.register(rows(overdue), true);

			this.breaches.register(this.figures.breaches()
				.stream()
				.map((count) -> MultiGauge.Row.of(Tags.of("skpd", tag(count.unit()), "stage", count.stage().name()),
						count.clocks()))
				.toList(), true);
		}
		catch (RuntimeException ex) {
			// The next run tries again; the gauges keep their last values meanwhile.
			log.warn("Could not refresh the SLA metrics: {}", ex.toString());
		}
	}

	private Map<String, Long> perUnit() {
		Map<String, Long> units = new LinkedHashMap<>();
		units.put(COMPLAINT_UNIT, 0L);
		for (Skpd skpd : this.units.all()) {
			units.put(skpd.code(), 0L);
		}
		return units;
	}

	private static List<MultiGauge.Row<?>> rows(Map<String, Long> values) {
		return values.entrySet()
			.stream().<MultiGauge
					.Row<?>>map((entry) -> MultiGauge.Row.of(Tags.of("skpd", entry.getKey()), entry.getValue()))
			.toList();
	}

	private static String tag(String unit) {
		return (unit != null) ? unit : COMPLAINT_UNIT;
	}

}
