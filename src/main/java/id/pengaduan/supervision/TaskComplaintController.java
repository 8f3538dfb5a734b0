package id.pengaduan.supervision;

import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.pengaduan.audit.AuditAction;
import id.pengaduan.audit.AuditLog;
import id.pengaduan.complaint.Attachment;
import id.pengaduan.complaint.Complainant;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.complaint.StateChange;
import id.pengaduan.identity.StaffMember;
import id.pengaduan.identity.Units;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.workflow.ComplaintTasks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the Tasklist shows beside a task (docs/decisions/0018): the complaint, read when
 * the officer opens the task, under the same rules as the case file. The complaint is
 * found from the business key the engine holds for the task's process, never from
 * anything the caller sends but the task id; nothing personal ever enters the engine for
 * this.
 */
@RestController
class TaskComplaintController {

	/** Camunda's task ids are UUIDs or numbers; anything longer is no task of ours. */
	private static final int MAX_TASK_ID = 64;

	private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("id"), Locale.ENGLISH);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private static final DateTimeFormatter WHEN_ZONED = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm z");

	private final ComplaintTasks tasks;

	private final Complaints complaints;

	private final Units units;

	private final SlaClock sla;

	private final AuditLog audit;

	private final MessageSource messages;

	TaskComplaintController(ComplaintTasks tasks, Complaints complaints, Units units, SlaClock sla, AuditLog audit,
			MessageSource messages) {
		this.tasks = tasks;
		this.complaints = complaints;
		this.units = units;
		this.sla = sla;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * The texts of the Tasklist plugin (search box, tab, buttons) in the Tasklist's
	 * language, which the plugin sends as {@code Accept-Language}.
	 */
	@GetMapping("/staff/api/tasklist/messages")
	Map<String, String> messages(HttpServletRequest request) {
		Locale locale = languageOf(request);
		Map<String, String> texts = new LinkedHashMap<>();
		for (String key : List.of("tab", "search.label", "search.placeholder", "search.submit", "search.invalid",
				"search.none", "search.found", "search.open", "search.claimAndOpen", "search.assigned", "loading",
				"failed", "forbidden", "notFound", "claimAndWork")) {
			texts.put(key, this.messages.getMessage("tasklist." + key, null, locale));
		}
		texts.put("language", locale.getLanguage());
		return texts;
	}

	/**
	 * The complaint behind task {@code taskId}: 404 when the task is unknown or belongs
	 * to no complaint, 403 when the member may not see the complaint's file. The
	 * verifiers see the identity of a complainant who gave it openly, logged like the
	 * case file's (UU 27/2022); nobody sees an anonymous complainant's identity here.
	 */
	@GetMapping("/staff/api/tasks/{taskId}/complaint")
	@Transactional
	TaskComplaint complaint(@PathVariable String taskId, Principal principal, HttpServletRequest request) {
		Locale locale = languageOf(request);
		Complaint complaint = Optional.of(taskId)
			.filter((id) -> id.length() <= MAX_TASK_ID)
			.flatMap(this.tasks::trackingNumberOf)
			.flatMap(this.complaints::findByTrackingNumber)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		StaffMember member = this.units.member(principal.getName());
		if (!CaseAccess.maySee(member, complaint)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		String number = complaint.getTrackingNumber().value();
		ZoneId zone = this.sla.zoneOf(complaint.getRegionCode());
		List<Section> sections = new ArrayList<>();
		sections.add(new Section(text("case.description", locale), complaint.getDescription()));
		latestNote(complaint, "history.FEEDBACK_NOT_SATISFIED", complaint.getReopenCount() > 0)
			.ifPresent((note) -> sections.add(new Section(text("tasklist.reopenReason", locale), note)));
		latestNote(complaint, "history.DISPOSITION_RETURNED", true)
			.ifPresent((note) -> sections.add(new Section(text("tasklist.returnReason", locale), note)));
		latestNote(complaint, "history.INVESTIGATION_DONE", true)
			.ifPresent((note) -> sections.add(new Section(text("tasklist.investigationResult", locale), note)));
		if (complaint.getDraftAnswer() != null) {
			sections.add(new Section(text("case.draftAnswer", locale), complaint.getDraftAnswer()));
		}
		revisionNote(complaint)
			.ifPresent((note) -> sections.add(new Section(text("tasklist.revisionNote", locale), note)));
		List<Link> attachments = new ArrayList<>();
		for (int index = 0; index < complaint.getAttachments().size(); index++) {
			Attachment attachment = complaint.getAttachments().get(index);
			attachments.add(new Link(
					attachment.fileName() + " (" + attachment.mediaType() + ", "
							+ Math.max(1, attachment.sizeBytes() / 1024) + " KB)",
					"/staff/complaints/" + number + "/attachments/" + index));
		}
		List<List<String>> history = complaint.getPublicHistory()
			.stream()
			.sorted(Comparator.comparing(StateChange::getAt).reversed())
			.map((entry) -> List.of(WHEN.format(entry.getAt().atZone(zone)), text(entry.getEvent(), locale),
					historyNote(entry, locale)))
			.toList();
		return new TaskComplaint(number, new Link(text("tasklist.caseFile", locale), "/staff/complaints/" + number),
				text("tasklist.title", locale, number), deadline(complaint, zone, locale),
				facts(complaint, zone, locale), sections,
				new Attachments(text("case.attachments", locale), attachments),
				new History(text("tasklist.history", locale), List.of(text("case.history.at", locale),
						text("case.history.event", locale), text("case.history.note", locale)), history),
				identity(member, complaint, locale));
	}

	private Due deadline(Complaint complaint, ZoneId zone, Locale locale) {
		Deadline deadline = complaint.getNextDeadline();
		if (deadline == null || deadline.due() == null || deadline.kind() == null || complaint.getState().isClosed()) {
			return new Due(text("case.deadline", locale), text("tasklist.noDeadline", locale), null, false);
		}
		int left = this.sla.workingDaysLeft(deadline.due(), complaint.getRegionCode());
		boolean overdue = deadline.due().isBefore(this.sla.now());
		String days = (left >= 0 && !overdue) ? text("case.workingDaysLeft", locale, left)
				: text("case.overdue", locale, Math.max(1, -left));
		return new Due(text("case.deadline", locale), text("deadline." + deadline.kind(), locale) + ": "
				+ WHEN_ZONED.format(deadline.due().atZone(zone)) + " (" + days + ")", left, overdue);
	}

	private List<Fact> facts(Complaint complaint, ZoneId zone, Locale locale) {
		String none = "\u2014";
		return List.of(new Fact(text("case.state", locale), text("state." + complaint.getState(), locale)),
				new Fact(text("case.category", locale), text("category." + complaint.getCategory(), locale)),
				new Fact(text("case.region", locale),
						this.sla.region(complaint.getRegionCode())
							.map((region) -> region.name())
							.orElse(complaint.getRegionCode())),
				new Fact(text("case.location", locale),
						(complaint.getLocation() != null) ? complaint.getLocation() : none),
				new Fact(text("case.eventDate", locale),
						(complaint.getEventDate() != null) ? complaint.getEventDate().toString() : none),
				new Fact(text("case.skpd", locale),
						this.units.find(complaint.getSkpd()).map((skpd) -> skpd.name()).orElse(none)),
				new Fact(text("case.submittedAt", locale), WHEN.format(complaint.getSubmittedAt().atZone(zone))));
	}

	private Identity identity(StaffMember member, Complaint complaint, Locale locale) {
		String heading = text("case.identity", locale);
		if (complaint.getIdentityErasedAt() != null) {
			return new Identity(heading, text("case.identity.erased", locale), List.of());
		}
		if (complaint.isAnonymous()) {
			return new Identity(heading, text("tasklist.identity.anonymous", locale), List.of());
		}
		if (!member.seesHiddenIdentity()) {
			return new Identity(heading, text("tasklist.identity.verifierOnly", locale), List.of());
		}
		Complainant complainant = complaint.getComplainant();
		if (complainant.equals(Complainant.none())) {
			return new Identity(heading, text("case.identity.none", locale), List.of());
		}
		this.audit.record(AuditAction.IDENTITY_VIEWED, member.userId(), complaint.getTrackingNumber().value(), null);
		String none = "\u2014";
		return new Identity(heading, null,
				List.of(new Fact(text("case.name", locale), orDash(complainant.name(), none)),
						new Fact(text("case.nik", locale), orDash(CaseAccess.nikFor(member, complaint), none)),
						new Fact(text("case.phone", locale), orDash(complainant.phone(), none)),
						new Fact(text("case.email", locale), orDash(complainant.email(), none))));
	}

	private static String orDash(String value, String none) {
		return (value != null && !value.isBlank()) ? value : none;
	}

	/** The note of the newest history entry of {@code event}, when {@code relevant}. */
	private static Optional<String> latestNote(Complaint complaint, String event, boolean relevant) {
		if (!relevant) {
			return Optional.empty();
		}
		List<StateChange> history = complaint.getHistory();
		for (int i = history.size() - 1; i >= 0; i--) {
			StateChange entry = history.get(i);
			if (entry.getEvent().equals(event)) {
				return Optional.ofNullable(entry.getNote()).filter((note) -> !note.isBlank());
			}
		}
		return Optional.empty();
	}

	/** The head's note on a draft he sent back, until the handler drafts again. */
	private static Optional<String> revisionNote(Complaint complaint) {
		List<StateChange> history = complaint.getHistory();
		for (int i = history.size() - 1; i >= 0; i--) {
			StateChange entry = history.get(i);
			if (entry.getEvent().equals("history.ANSWER_DRAFTED") || entry.getEvent().equals("history.RESPONDED")) {
				return Optional.empty();
			}
			if (entry.getEvent().equals("history.ANSWER_REVISION")) {
				return Optional.ofNullable(entry.getNote()).filter((note) -> !note.isBlank());
			}
		}
		return Optional.empty();
	}

	private String historyNote(StateChange entry, Locale locale) {
		if (entry.getNote() == null) {
			return "";
		}
		if (entry.isNoteAMessageKey()) {
			return text(entry.getNote(), locale);
		}
		if (entry.getEvent().equals("history.DISPOSED")) {
			return this.units.find(entry.getNote()).map((skpd) -> skpd.name()).orElse(entry.getNote());
		}
		return entry.getNote();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	/**
	 * The Tasklist's language, which the plugin sends: Indonesian unless the browser
	 * asked for English.
	 */
	static Locale languageOf(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return LANGUAGES.get(0);
		}
		return LANGUAGES.stream()
			.filter((locale) -> locale.getLanguage().equals(request.getLocale().getLanguage()))
			.findFirst()
			.orElse(LANGUAGES.get(0));
	}

	/** Everything the plugin shows, its texts included, so the plugin holds none. */
	record TaskComplaint(String trackingNumber, Link caseFile, String title, Due deadline, List<Fact> facts,
			List<Section> sections, Attachments attachments, History history, Identity identity) {
	}

	record Link(String label, String href) {
	}

	record Fact(String label, String value) {
	}

	record Section(String heading, String text) {
	}

	record Due(String label, String text, Integer workingDaysLeft, boolean overdue) {
	}

	record Attachments(String heading, List<Link> items) {
	}

	record History(String heading, List<String> columns, List<List<String>> rows) {
	}

	/** Either a notice why no identity is shown, or the identity's facts. */
	record Identity(String heading, String notice, List<Fact> facts) {
	}

}
