package id.pengaduan.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.ComplaintHistoryRecorded;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.identity.Role;
import id.pengaduan.identity.Units;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.SlaStage;
import id.pengaduan.sla.WorkingDayCalendar;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The messages to officers and supervisors: a new task in their group's queue (at once or
 * in a daily digest, each officer's choice), a warning before a stage's deadline (once
 * per stage), a breach and an escalation. They name the tracking number, the step and a
 * link to the case file, never the complainant: the case file decides who sees his
 * identity. Messages that can wait (a new task, a warning) wait for the office hours of
 * the complaint's region; a breach and an escalation go at once.
 */
@Component
class StaffNotifications {

	/** A queue group holds a few dozen officers; more is a misconfigured group. */
	private static final int GROUP_LIMIT = 200;

	/** Staff messages are Indonesian: the language of the office. */
	private static final Locale OFFICE = Locale.forLanguageTag("id");

	private final Outbox outbox;

	private final MessageTemplates templates;

	private final Complaints complaints;

	private final Units units;

	private final SlaClock sla;

	private final NotificationProperties properties;

	private final StaffPreferences preferences;

	private final TransactionTemplate transaction;

	StaffNotifications(Outbox outbox, MessageTemplates templates, Complaints complaints, Units units, SlaClock sla,
			NotificationProperties properties, StaffPreferences preferences, PlatformTransactionManager transactions) {
		this.outbox = outbox;
		this.templates = templates;
		this.complaints = complaints;
		this.units = units;
		this.sla = sla;
		this.properties = properties;
		this.preferences = preferences;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Each officer who may take the task hears of it, at once or in his digest. */
	@EventListener
	void taskCreated(StaffTaskCreated event) {
		Complaint complaint = (event.trackingNumber() != null)
				? this.complaints.findIdByTrackingNumber(event.trackingNumber())
					.flatMap(this.complaints::findById)
					.orElse(null)
				: null;
		if (complaint == null) {
			return;
		}
		Map<String, String> officers = new LinkedHashMap<>();
		if (event.assignee() != null) {
			this.units.emailOf(event.assignee()).ifPresent((email) -> officers.put(event.assignee(), email));
		}
		else {
			event.candidateGroups().forEach((group) -> officers.putAll(this.units.emailsOf(group, GROUP_LIMIT)));
		}
		if (officers.isEmpty()) {
			return;
		}
		String number = complaint.getTrackingNumber().value();
		MessageTemplates.Rendered message = render(MessageKind.TASK_CREATED,
				new Object[] { number, event.taskName(), "" }, List.of(), number);
		Instant now = this.sla.now();
		Instant notBefore = officeHours(now, complaint.getRegionCode());
		Set<String> digest = this.preferences.wantingDigest(officers.keySet());
		officers.forEach((userId, email) -> {
			Outgoing outgoing = new Outgoing("task-" + event.taskId() + "-" + userId, complaint.getId(),
					ChannelName.MAIL, MessageKind.TASK_CREATED, Audience.STAFF, email, userId, OFFICE.getLanguage(),
					message.subject() + ": " + event.taskName(), message.text(), message.html(), notBefore, userId);
			if (digest.contains(userId)) {
				this.outbox.hold(outgoing, now);
			}
			else {
				this.outbox.record(outgoing, now);
			}
		});
	}

	/**
	 * A warning, a breach or an escalation in the complaint's history: its stage's group
	 * hears of it; the SKPD's head of a breach; the regional secretary, the inspectorate
	 * and the head of an escalation. Written while the history is flushed: the groups'
	 * addresses are looked up when the message is sent.
	 */
	@EventListener
	void stepRecorded(ComplaintHistoryRecorded event) {
		Complaint complaint = event.complaint();
		String note = event.change().getNote();
		SlaStage stage = stageOf(note);
		String skpd = complaint.getSkpd();
		List<String> groups = new ArrayList<>();
		MessageKind kind;
		String key;
		switch (event.change().getEvent()) {
			case "history.SLA_WARNING" -> {
				kind = MessageKind.SLA_WARNING;
				groups.addAll(stageGroups(stage, complaint));
				// Once per stage: a reopened complaint runs its stages again.
				key = "c" + complaint.getId() + "-" + kind + "-" + stage + "-" + complaint.getReopenCount();
			}
			case "history.SLA_BREACHED" -> {
				kind = MessageKind.SLA_BREACH;
				groups.addAll(stageGroups(stage, complaint));
				if (skpd != null) {
					groups.add(Role.HEAD.groupId(skpd));
				}
				key = "c" + complaint.getId() + "-h" + event.index() + "-" + kind;
			}
			case "history.ESCALATED" -> {
				kind = MessageKind.ESCALATED;
				groups.add(Role.REGIONAL_SECRETARY.groupId(null));
				groups.add(Role.INSPECTORATE.groupId(null));
				if (skpd != null) {
					groups.add(Role.HEAD.groupId(skpd));
				}
				key = "c" + complaint.getId() + "-h" + event.index() + "-" + kind;
			}
			default -> {
				return;
			}
		}
		String number = complaint.getTrackingNumber().value();
		String what = (note != null) ? this.templates.text(note, null, OFFICE) : "";
		String due = (complaint.getNextDeadline() != null && complaint.getNextDeadline().due() != null)
				? complaint.getNextDeadline()
					.due()
					.atZone(this.sla.zoneOf(complaint.getRegionCode()))
					.toLocalDate()
					.toString()
				: "-";
		MessageTemplates.Rendered message = render(kind, new Object[] { number, what, due }, List.of(), number);
		Instant now = this.sla.now();
		Instant notBefore = kind.isUrgent() ? now : officeHours(now, complaint.getRegionCode());
		for (String group : groups.stream().distinct().toList()) {
			this.outbox.record(new Outgoing(key + "-" + group, complaint.getId(), ChannelName.MAIL, kind,
					Audience.STAFF, "group:" + group, group, OFFICE.getLanguage(), message.subject(), message.text(),
					message.html(), notBefore), now);
		}
	}

	/**
	 * Once a working day: each officer who chose the digest gets one message listing his
	 * new tasks since the last one.
	 */
	@Scheduled(cron = "${pengaduan.notification.digest-cron:0 0 8 * * MON-FRI}", zone = "Asia/Jakarta")
	void writeDigests() {
		this.transaction.executeWithoutResult((status) -> {
			Instant now = this.sla.now();
			for (Outbox.Held officer : this.outbox.held().values()) {
				MessageTemplates.Rendered message = render(MessageKind.TASK_DIGEST,
						new Object[] { officer.ids().size() }, officer.subjects(), null);
				// The last held message names the digest: two nodes writing it at once
				// collide on the key, and one of them rolls back.
				this.outbox.record(
						new Outgoing("digest-" + officer.userId() + "-" + officer.ids().get(officer.ids().size() - 1),
								null, ChannelName.MAIL, MessageKind.TASK_DIGEST, Audience.STAFF, officer.email(),
								officer.userId(), OFFICE.getLanguage(), message.subject(), message.text(),
								message.html(), now, officer.userId()),
						now);
				this.outbox.digested(officer.ids());
			}
		});
	}

	private MessageTemplates.Rendered render(MessageKind kind, Object[] arguments, List<String> items, String number) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("items", items);
		variables.put("caseLink", (number != null) ? this.properties.link("/staff/complaints/" + number) : null);
		variables.put("tasksLink", this.properties.link("/camunda/app/tasklist/default/"));
		return this.templates.render("staff", kind, OFFICE, arguments, variables);
	}

	/** Who works the stage: the group whose task the deadline is about. */
	private static List<String> stageGroups(SlaStage stage, Complaint complaint) {
		String skpd = complaint.getSkpd();
		if (stage == null) {
			return List.of();
		}
		return switch (stage) {
			case VERIFICATION -> List.of(Role.VERIFIER.groupId(null));
			case ACCEPTANCE, FIRST_RESPONSE -> (skpd != null) ? List.of(Role.LIAISON.groupId(skpd)) : List.of();
			case RESOLUTION -> (skpd != null) ? List.of(Role.HANDLER.groupId(skpd)) : List.of();
			case ESCALATION -> List.of(Role.REGIONAL_SECRETARY.groupId(null));
			case LEGAL_RESPONSE, LEGAL_DECISION ->
				List.of((skpd != null) ? Role.HANDLER.groupId(skpd) : Role.VERIFIER.groupId(null));
			// The citizen's own windows: nobody on staff is late.
			case COMPLETION, FEEDBACK -> List.of();
		};
	}

	private static SlaStage stageOf(String note) {
		if (note == null || !note.startsWith("sla.stage.")) {
			return null;
		}
		try {
			return SlaStage.valueOf(note.substring("sla.stage.".length()));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * {@code now} during office hours of a working day in the region's zone, else the
	 * next opening.
	 */
	Instant officeHours(Instant now, String regionCode) {
		ZoneId zone = this.sla.zoneOf(regionCode);
		WorkingDayCalendar calendar = this.sla.calendar();
		ZonedDateTime local = now.atZone(zone);
		LocalDate day = local.toLocalDate();
		LocalTime time = local.toLocalTime();
		if (calendar.isWorkingDay(day) && !time.isBefore(this.properties.officeOpens())
				&& time.isBefore(this.properties.officeCloses())) {
			return now;
		}
		if (!calendar.isWorkingDay(day) || !time.isBefore(this.properties.officeOpens())) {
			do {
				day = day.plusDays(1);
			}
			while (!calendar.isWorkingDay(day));
		}
		return day.atTime(this.properties.officeOpens()).atZone(zone).toInstant();
	}

}
