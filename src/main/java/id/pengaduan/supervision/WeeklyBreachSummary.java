package id.pengaduan.supervision;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.pengaduan.identity.Role;
import id.pengaduan.identity.Skpd;
import id.pengaduan.identity.Units;
import id.pengaduan.notification.Notifications;
import id.pengaduan.sla.SlaClock;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every Monday the supervisors hear of the deadlines missed in the week before (Monday to
 * Sunday, in the default region's zone): the inspectorate and the regional secretary of
 * all of them, the head of an SKPD of his SKPD's (none when there were none). Tracking
 * numbers, stages and units only, never a complainant. The notification module records
 * one message per group and week, so a second node, or a second run, adds nothing; it
 * waits for office hours (a Monday holiday moves it to the next working day).
 */
@Component
class WeeklyBreachSummary {

	/** Staff messages are Indonesian: the language of the office. */
	private static final Locale OFFICE = Locale.forLanguageTag("id");

	private static final int PAGE = 500;

	private final SlaFigures figures;

	private final Notifications notifications;

	private final Units units;

	private final SlaClock sla;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	WeeklyBreachSummary(SlaFigures figures, Notifications notifications, Units units, SlaClock sla,
			MessageSource messages, PlatformTransactionManager transactions) {
		this.figures = figures;
		this.notifications = notifications;
		this.units = units;
		this.sla = sla;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${pengaduan.supervision.breach-summary-cron:0 0 7 * * MON}", zone = "Asia/Jakarta")
	void send() {
		ZoneId zone = this.sla.zoneOf(null);
		LocalDate monday = this.sla.now()
			.atZone(zone)
			.toLocalDate()
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate from = monday.minusWeeks(1);
		List<SlaFigures.Breach> breaches = new ArrayList<>();
		List<SlaFigures.Breach> page;
		do {
			page = this.figures.breachedBetween(from.atStartOfDay(zone).toInstant(),
					monday.atStartOfDay(zone).toInstant(), breaches.size(), PAGE);
			breaches.addAll(page);
		}
		while (page.size() == PAGE);
		Map<String, String> names = names();
		Map<String, List<Notifications.Breach>> perGroup = new LinkedHashMap<>();
		perGroup.put(Role.INSPECTORATE.groupId(null), new ArrayList<>());
		perGroup.put(Role.REGIONAL_SECRETARY.groupId(null), new ArrayList<>());
		for (SlaFigures.Breach breach : breaches) {
			Notifications.Breach line = new Notifications.Breach(breach.trackingNumber(), breach.stage(),
					names.getOrDefault(breach.unit(), breach.unit()), breach.breachedAt().atZone(zone).toLocalDate());
			perGroup.get(Role.INSPECTORATE.groupId(null)).add(line);
			perGroup.get(Role.REGIONAL_SECRETARY.groupId(null)).add(line);
			if (breach.unit() != null && !SlaFigures.ESCALATION_LEVEL.equals(breach.unit())) {
				perGroup.computeIfAbsent(Role.HEAD.groupId(breach.unit()), (group) -> new ArrayList<>()).add(line);
			}
		}
		perGroup.forEach((group, lines) -> {
			try {
				this.transaction.executeWithoutResult(
						(status) -> this.notifications.recordBreachSummary(group, from, monday.minusDays(1), lines));
			}
			catch (DataIntegrityViolationException ex) {
				// Another node recorded this group's summary in the same moment.
			}
		});
	}

	private Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put(null, this.messages.getMessage("dashboard.complaintUnit", null, OFFICE));
		names.put(SlaFigures.ESCALATION_LEVEL, this.messages.getMessage("dashboard.escalationLevel", null, OFFICE));
		for (Skpd skpd : this.units.all()) {
			names.put(skpd.code(), skpd.name());
		}
		return names;
	}

}
