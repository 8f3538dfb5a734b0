package id.pengaduan.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pengaduan.complaint.AccessCode;
import id.pengaduan.complaint.Complainant;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.ComplaintHistoryRecorded;
import id.pengaduan.complaint.ComplaintSubmitted;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.identity.Skpd;
import id.pengaduan.identity.Units;
import id.pengaduan.sla.SlaClock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The messages to a complainant who left an email (or a phone, for the webhook): the
 * receipt, and one for each step of his complaint he must know of. Recorded in the outbox
 * inside the transaction of the step (synchronous listeners), so a step that rolls back
 * leaves no message and a committed one never loses its message. In the language he used;
 * only his own complaint's data; links to the portal, never attachments.
 */
@Component
class CitizenNotifications {

	/** Which history entries the citizen is told of, and with which message. */
	private static final Map<String, MessageKind> STEPS = Map.ofEntries(
			Map.entry("history.DISPOSED", MessageKind.DISPOSED),
			Map.entry("history.AWAITING_COMPLETION", MessageKind.COMPLETION_REQUESTED),
			Map.entry("history.FIRST_RESPONSE", MessageKind.ANSWER), Map.entry("history.RESPONDED", MessageKind.ANSWER),
			Map.entry("history.REOPENED", MessageKind.REOPENED),
			Map.entry("history.RESOLVED_ACCEPTED", MessageKind.CLOSED),
			Map.entry("history.RESOLVED_SILENCE", MessageKind.CLOSED),
			Map.entry("history.RESOLVED_ESCALATION", MessageKind.CLOSED),
			Map.entry("history.WITHDRAWN", MessageKind.WITHDRAWN),
			Map.entry("history.REJECTED_ARCHIVED", MessageKind.ARCHIVED),
			Map.entry("history.TRANSFERRED", MessageKind.ARCHIVED));

	private final Outbox outbox;

	private final MessageTemplates templates;

	private final Complaints complaints;

	private final Units units;

	private final SlaClock sla;

	private final NotificationProperties properties;

	private final ObjectMapper json;

	/**
	 * SKPD names, read outside the flush in which most messages are written: the identity
	 * service is the engine's, and the engine is not called while Hibernate flushes.
	 */
	private volatile Map<String, String> skpdNames = Map.of();

	private volatile Instant skpdNamesRead = Instant.EPOCH;

	CitizenNotifications(Outbox outbox, MessageTemplates templates, Complaints complaints, Units units, SlaClock sla,
			NotificationProperties properties, ObjectMapper json) {
		this.outbox = outbox;
		this.templates = templates;
		this.complaints = complaints;
		this.units = units;
		this.sla = sla;
		this.properties = properties;
		this.json = json;
	}

	/** The receipt never waits: it goes out with the next round of the sender. */
	@EventListener
	void submitted(ComplaintSubmitted event) {
		readSkpdNames();
		Complaint complaint = this.complaints.require(event.complaintId());
		record(complaint, MessageKind.RECEIPT, "c" + complaint.getId() + "-receipt", null, null,
				event.accessCodeToMail());
	}

	@EventListener
	void stepRecorded(ComplaintHistoryRecorded event) {
		MessageKind kind = STEPS.get(event.change().getEvent());
		if (kind == null) {
			return;
		}
		Complaint complaint = event.complaint();
		String note = event.change().getNote();
		Instant deadline = null;
		if (kind == MessageKind.DISPOSED) {
			note = null;
		}
		if (kind == MessageKind.COMPLETION_REQUESTED && complaint.getNextDeadline() != null) {
			deadline = complaint.getNextDeadline().due();
		}
		if (kind == MessageKind.CLOSED && !"history.RESOLVED_ESCALATION".equals(event.change().getEvent())) {
			note = null;
		}
		// The n-th entry of the history is one cause; its message is recorded once.
		record(complaint, kind, "c" + complaint.getId() + "-h" + event.index() + "-" + kind, note, deadline, null);
	}

	private void record(Complaint complaint, MessageKind kind, String key, String note, Instant deadline,
			AccessCode accessCode) {
		Complainant complainant = complaint.getComplainant();
		boolean email = hasText(complainant.email());
		boolean webhook = this.properties.webhook().enabled()
				&& (hasText(complainant.phone()) || hasText(complainant.email()));
		if (!email && !webhook) {
			return;
		}
		Locale locale = Locale.forLanguageTag(complaint.getLanguage());
		String number = complaint.getTrackingNumber().value();
		String skpd = (complaint.getSkpd() != null)
				? this.skpdNames.getOrDefault(complaint.getSkpd(), complaint.getSkpd()) : "";
		String due = (deadline != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.format(deadline.atZone(this.sla.zoneOf(complaint.getRegionCode()))) : null;
		Map<String, Object> variables = new HashMap<>();
		variables.put("number", number);
		variables.put("trackingLink", this.properties.link("/lacak"));
		variables.put("note", note);
		variables.put("noteLabel",
				(note != null) ? this.templates.text("notification." + kind + ".note", null, locale) : null);
		variables.put("deadline", due);
		variables.put("accessCode", (accessCode != null) ? accessCode.value() : null);
		variables.put("closed", kind == MessageKind.CLOSED);
		variables.put("ombudsmanUrl", this.properties.ombudsmanUrl());
		MessageTemplates.Rendered message = this.templates.render("citizen", kind, locale,
				new Object[] { number, skpd, due }, variables);
		Instant now = this.sla.now();
		if (email) {
			this.outbox.record(new Outgoing(key + "-mail", complaint.getId(), ChannelName.MAIL, kind, Audience.CITIZEN,
					complainant.email(), Outgoing.mask(complainant.email()), complaint.getLanguage(), message.subject(),
					message.text(), message.html(), null), now);
		}
		if (webhook) {
			String phone = hasText(complainant.phone()) ? complainant.phone() : null;
			this.outbox.record(
					new Outgoing(key + "-webhook", complaint.getId(), ChannelName.WEBHOOK, kind, Audience.CITIZEN,
							(phone != null) ? phone : complainant.email(),
							Outgoing.mask((phone != null) ? phone : complainant.email()), complaint.getLanguage(),
							message.subject(),
							payload(key, kind, number, complaint.getLanguage(), complainant, message), null, null),
					now);
		}
	}

	/** What an SMS or WhatsApp gateway needs: who, in which language, the text. */
	private String payload(String key, MessageKind kind, String number, String language, Complainant complainant,
			MessageTemplates.Rendered message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", key);
		body.put("kind", kind.name());
		body.put("trackingNumber", number);
		body.put("language", language);
		Map<String, Object> to = new LinkedHashMap<>();
		to.put("phone", complainant.phone());
		to.put("email", complainant.email());
		body.put("to", to);
		body.put("subject", message.subject());
		body.put("text", message.text());
		try {
			return this.json.writeValueAsString(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A message could not be written as JSON", ex);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void readSkpdNames() {
		// SKPD change rarely (an administrator adds one); ten minutes late is harmless.
		Instant now = this.sla.now();
		if (this.skpdNamesRead.isBefore(now.minus(Duration.ofMinutes(10))) || this.skpdNames.isEmpty()) {
			this.skpdNames = this.units.all().stream().collect(Collectors.toUnmodifiableMap(Skpd::code, Skpd::name));
			this.skpdNamesRead = now;
		}
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
