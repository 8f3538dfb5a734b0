package id.pengaduan.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * A citizen's complaint. Every transition is an intention-revealing method that checks
 * the current state and appends a {@link StateChange}; nothing else changes the state.
 */
@Entity
@Table(name = "complaint")
@EntityListeners(ComplaintHistoryEvents.class)
public class Complaint {

	/** System actor for timers and the engine. */
	public static final String SYSTEM = "system";

	/** Actor name used for the citizen's own actions; never the citizen's name. */
	public static final String COMPLAINANT = "pelapor";

	@Id
	// A block of 50 ids per round trip, so a transaction's inserts go out together at
	// flush (migration V13, docs/decisions/0016).
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
	@SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@Column(name = "tracking_number", nullable = false, unique = true, updatable = false)
	private String trackingNumber;

	@Column(name = "access_code_hash", nullable = false)
	private String accessCodeHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Category category;

	@Column(name = "region_code", nullable = false)
	private String regionCode;

	@Column(length = 500)
	private String location;

	private Double latitude;

	private Double longitude;

	@Column(name = "event_date")
	private LocalDate eventDate;

	@Column(nullable = false, length = 8000)
	private String description;

	@Embedded
	private Complainant complainant;

	@Column(nullable = false)
	private boolean anonymous;

	@Column(nullable = false)
	private boolean confidential;

	/** The SKPD the citizen named, if any; routing decides, this is a hint. */
	@Column(name = "requested_skpd")
	private String requestedSkpd;

	/** The SKPD currently handling it; null until disposed. */
	@Column(name = "skpd")
	private String skpd;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ComplaintState state;

	@Column(name = "supervisory_content", nullable = false)
	private boolean supervisoryContent;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	/** UU 25/2009: the 60-day decision ceiling counts from the complete file. */
	@Column(name = "file_completed_at")
	private Instant fileCompletedAt;

	@Column(name = "reopen_count", nullable = false)
	private int reopenCount;

	@Column(name = "draft_answer", length = 8000)
	private String draftAnswer;

	@Column(name = "final_answer", length = 8000)
	private String finalAnswer;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	@Embedded
	private Deadline nextDeadline;

	/** When the retention job pseudonymised the complainant (docs/decisions/0011). */
	@Column(name = "identity_erased_at")
	private Instant identityErasedAt;

	/**
	 * The language the citizen used ({@code id} or {@code en}): his messages speak it.
	 */
	@Column(nullable = false)
	private String language = Submission.DEFAULT_LANGUAGE;

	/**
	 * Entries appended since the last flush, announced by {@link ComplaintHistoryEvents}
	 * inside the same transaction.
	 */
	@Transient
	private final List<StateChange> unannounced = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "attachment", joinColumns = @JoinColumn(name = "complaint_id"))
	@OrderBy("fileName")
	private List<Attachment> attachments = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = false)
	@JoinColumn(name = "complaint_id", nullable = false, updatable = false)
	// In time order: ids come in blocks per node (docs/decisions/0016), so with two
	// nodes a later entry may have a lower id; within one transaction ids rise.
	@OrderBy("at, id")
	private List<StateChange> history = new ArrayList<>();

	protected Complaint() {
	}

	/**
	 * A new complaint in state RECEIVED; the caller supplies the identifiers (the access
	 * code as {@link AccessCodes#hash}) and the first deadline.
	 */
	public static Complaint receive(TrackingNumber trackingNumber, String accessCodeHash, Submission submission,
			Instant now, Deadline verificationDeadline) {
		Complaint complaint = new Complaint();
		complaint.trackingNumber = trackingNumber.value();
		complaint.accessCodeHash = accessCodeHash;
		complaint.channel = submission.channel();
		complaint.category = submission.category();
		complaint.regionCode = submission.regionCode();
		complaint.location = submission.location();
		complaint.latitude = submission.latitude();
		complaint.longitude = submission.longitude();
		complaint.eventDate = submission.eventDate();
		complaint.description = submission.description();
		complaint.complainant = (submission.complainant() != null) ? submission.complainant() : Complainant.none();
		complaint.anonymous = submission.anonymous();
		complaint.confidential = submission.confidential();
		complaint.requestedSkpd = submission.requestedSkpd();
		complaint.supervisoryContent = submission.category().supervisoryByDefault();
		complaint.attachments.addAll(submission.attachments());
		complaint.submittedAt = now;
		complaint.fileCompletedAt = now;
		complaint.state = ComplaintState.RECEIVED;
		complaint.nextDeadline = verificationDeadline;
		complaint.language = submission.language();
		complaint
			.append(new StateChange(now, COMPLAINANT, null, ComplaintState.RECEIVED, "history.RECEIVED", null, true));
		return complaint;
	}

	String accessCodeHash() {
		return this.accessCodeHash;
	}

	void replaceAccessCodeHash(String accessCodeHash) {
		this.accessCodeHash = accessCodeHash;
	}

	public void linkProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	// --- verification ---

	public void requestCompletion(String whatIsMissing, String actor, Instant now, Deadline completionDeadline) {
		requireNote(whatIsMissing);
		move(EnumSet.of(ComplaintState.RECEIVED), ComplaintState.AWAITING_COMPLETION, actor, now,
				"history.AWAITING_COMPLETION", whatIsMissing, true);
		this.nextDeadline = completionDeadline;
	}

	/**
	 * The complainant supplied what was missing: the file is complete now and the
	 * verification clock restarts.
	 */
	public void provideCompletion(String information, Instant now, Deadline verificationDeadline) {
		requireNote(information);
		move(EnumSet.of(ComplaintState.AWAITING_COMPLETION), ComplaintState.RECEIVED, COMPLAINANT, now,
				"history.COMPLETION_PROVIDED", information, true);
		this.fileCompletedAt = now;
		this.nextDeadline = verificationDeadline;
	}

	public void withdrawForMissingCompletion(Instant now) {
		move(EnumSet.of(ComplaintState.AWAITING_COMPLETION), ComplaintState.WITHDRAWN, SYSTEM, now, "history.WITHDRAWN",
				null, true);
		this.nextDeadline = null;
	}

	public void markVerified(Category category, boolean supervisoryContent, String actor, Instant now) {
		move(EnumSet.of(ComplaintState.RECEIVED), ComplaintState.VERIFIED, actor, now, "history.VERIFIED", null, true);
		this.category = category;
		this.supervisoryContent = supervisoryContent;
	}

	public void transfer(String note, String actor, Instant now) {
		requireNote(note);
		move(EnumSet.of(ComplaintState.RECEIVED), ComplaintState.TRANSFERRED, actor, now, "history.TRANSFERRED", note,
				true);
		this.nextDeadline = null;
	}

	public void archive(String reason, String actor, Instant now) {
		requireNote(reason);
		move(EnumSet.of(ComplaintState.RECEIVED), ComplaintState.REJECTED_ARCHIVED, actor, now,
				"history.REJECTED_ARCHIVED", reason, true);
		this.nextDeadline = null;
	}

	// --- disposition ---

	public void dispose(String skpdCode, String actor, Instant now, Deadline acceptanceDeadline) {
		move(EnumSet.of(ComplaintState.VERIFIED), ComplaintState.DISPOSED, actor, now, "history.DISPOSED", skpdCode,
				true);
		this.skpd = skpdCode;
		this.nextDeadline = acceptanceDeadline;
	}

	/**
	 * The SKPD's liaison officer says it is not theirs: back to the complaint unit for
	 * re-disposition.
	 */
	public void returnDisposition(String reason, String actor, Instant now, Deadline redispositionDeadline) {
		requireNote(reason);
		move(EnumSet.of(ComplaintState.DISPOSED), ComplaintState.VERIFIED, actor, now, "history.DISPOSITION_RETURNED",
				reason, false);
		this.skpd = null;
		this.nextDeadline = redispositionDeadline;
	}

	public void acceptDisposition(String actor, Instant now, Deadline firstResponseDeadline) {
		requireState(EnumSet.of(ComplaintState.DISPOSED));
		record(actor, now, "history.DISPOSITION_ACCEPTED", null, false);
		this.nextDeadline = firstResponseDeadline;
	}

	// --- handling ---

	public void postFirstResponse(String response, String actor, Instant now, Deadline resolutionDeadline) {
		requireNote(response);
		move(EnumSet.of(ComplaintState.DISPOSED), ComplaintState.IN_PROGRESS, actor, now, "history.FIRST_RESPONSE",
				response, true);
		this.nextDeadline = resolutionDeadline;
	}

	/** Work resumes after a reopen or an escalation that sent it back. */
	public void resumeHandling(String directive, String actor, Instant now, Deadline resolutionDeadline) {
		move(EnumSet.of(ComplaintState.REOPENED, ComplaintState.ESCALATED), ComplaintState.IN_PROGRESS, actor, now,
				"history.IN_PROGRESS", null, true);
		if (directive != null && !directive.isBlank()) {
			record(actor, now, "history.ESCALATION_DIRECTIVE", directive, false);
		}
		this.nextDeadline = resolutionDeadline;
	}

	public void recordHandlingNote(String note, String actor, Instant now) {
		requireState(EnumSet.of(ComplaintState.IN_PROGRESS, ComplaintState.UNDER_INVESTIGATION));
		if (note != null && !note.isBlank()) {
			record(actor, now, "history.HANDLING_NOTE", note, false);
		}
	}

	public void startInvestigation(String actor, Instant now) {
		move(EnumSet.of(ComplaintState.IN_PROGRESS), ComplaintState.UNDER_INVESTIGATION, actor, now,
				"history.UNDER_INVESTIGATION", null, true);
		this.supervisoryContent = true;
	}

	public void finishInvestigation(String findings, String actor, Instant now) {
		requireNote(findings);
		move(EnumSet.of(ComplaintState.UNDER_INVESTIGATION), ComplaintState.IN_PROGRESS, actor, now,
				"history.INVESTIGATION_DONE", findings, false);
	}

	/**
	 * The handler's draft of the final answer; the head of the SKPD must approve it
	 * before the citizen sees it.
	 */
	public void draftAnswer(String answer, String actor, Instant now) {
		requireNote(answer);
		requireState(EnumSet.of(ComplaintState.IN_PROGRESS));
		this.draftAnswer = answer;
		record(actor, now, "history.ANSWER_DRAFTED", answer, false);
	}

	public void returnDraftForRevision(String revisionNote, String actor, Instant now) {
		requireNote(revisionNote);
		requireState(EnumSet.of(ComplaintState.IN_PROGRESS));
		record(actor, now, "history.ANSWER_REVISION", revisionNote, false);
	}

	/**
	 * The head approved the draft: it is published as the final answer and the feedback
	 * window opens.
	 */
	public void approveAnswer(String actor, Instant now, Deadline feedbackDeadline) {
		if (this.draftAnswer == null) {
			throw new StepInputException("step.noDraft", "There is no draft answer to approve");
		}
		move(EnumSet.of(ComplaintState.IN_PROGRESS), ComplaintState.RESPONDED, actor, now, "history.RESPONDED",
				this.draftAnswer, true);
		this.finalAnswer = this.draftAnswer;
		this.draftAnswer = null;
		this.nextDeadline = feedbackDeadline;
	}

	// --- the complainant's feedback ---

	/**
	 * Records what the citizen said; the process decides what follows (close, reopen or
	 * escalate).
	 */
	public void recordFeedback(boolean satisfied, String reason, Instant now) {
		requireState(EnumSet.of(ComplaintState.RESPONDED));
		// The process closes or reopens the complaint in a job of its own a moment later;
		// the reply given meanwhile is the one that counts.
		if (!awaitsFeedback()) {
			throw new IllegalComplaintStateException(this.trackingNumber, this.state,
					EnumSet.noneOf(ComplaintState.class));
		}
		if (!satisfied) {
			requireNote(reason);
		}
		record(COMPLAINANT, now, satisfied ? "history.FEEDBACK_SATISFIED" : "history.FEEDBACK_NOT_SATISFIED", reason,
				true);
	}

	/**
	 * The answer is published and the complainant has not replied yet (once he has, the
	 * process closes or reopens the complaint a moment later, in a job of its own).
	 */
	public boolean awaitsFeedback() {
		return this.state == ComplaintState.RESPONDED
				&& (this.history.isEmpty() || !Set.of("history.FEEDBACK_SATISFIED", "history.FEEDBACK_NOT_SATISFIED")
					.contains(this.history.get(this.history.size() - 1).getEvent()));
	}

	public void closeAccepted(Instant now) {
		move(EnumSet.of(ComplaintState.RESPONDED), ComplaintState.RESOLVED, SYSTEM, now, "history.RESOLVED_ACCEPTED",
				null, true);
		this.nextDeadline = null;
	}

	/** SP4N-LAPOR!: no reply within the feedback window closes the complaint. */
	public void closeForSilence(Instant now) {
		move(EnumSet.of(ComplaintState.RESPONDED), ComplaintState.RESOLVED, SYSTEM, now, "history.RESOLVED_SILENCE",
				null, true);
		this.nextDeadline = null;
	}

	public void reopen(Instant now, Deadline firstResponseDeadline) {
		move(EnumSet.of(ComplaintState.RESPONDED), ComplaintState.REOPENED, SYSTEM, now, "history.REOPENED", null,
				true);
		this.reopenCount++;
		this.nextDeadline = firstResponseDeadline;
	}

	// --- SLA clocks ---

	/**
	 * The verification clock stops while the complaint waits on the complainant; the
	 * citizen sees it.
	 */
	public void recordClockPaused(int workingDaysLeft, Instant now) {
		record(SYSTEM, now, "history.CLOCK_PAUSED", String.valueOf(workingDaysLeft), true);
	}

	public void recordClockResumed(Instant now) {
		record(SYSTEM, now, "history.CLOCK_RESUMED", null, true);
	}

	/**
	 * An administrator recomputed the deadlines after a calendar change (ADR 0020): the
	 * complainant sees the new date ({@code newDate}, local) in the history.
	 */
	public void recordDeadlineRecomputed(Instant oldDue, Instant newDue, String newDate, Instant now) {
		if (this.nextDeadline != null && oldDue.equals(this.nextDeadline.due())) {
			this.nextDeadline = new Deadline(this.nextDeadline.kind(), newDue);
		}
		record(SYSTEM, now, "history.DEADLINE_RECOMPUTED", newDate, true);
	}

	/**
	 * A stage passed its warning threshold; {@code stageKey} is the message key of the
	 * stage.
	 */
	public void recordSlaWarning(String stageKey, Instant now) {
		record(SYSTEM, now, "history.SLA_WARNING", stageKey, false);
	}

	/** A stage ran out: the complaint is overdue, which the citizen may see. */
	public void recordSlaBreach(String stageKey, Instant now) {
		record(SYSTEM, now, "history.SLA_BREACHED", stageKey, true);
	}

	public void recordOverdueReview(String note, String actor, Instant now) {
		requireNote(note);
		record(actor, now, "history.OVERDUE_REVIEW", note, false);
	}

	// --- escalation ---

	public void escalate(String reasonKey, Instant now, Deadline escalationDeadline) {
		move(EnumSet.of(ComplaintState.RESPONDED, ComplaintState.REOPENED, ComplaintState.DISPOSED,
				ComplaintState.IN_PROGRESS, ComplaintState.UNDER_INVESTIGATION), ComplaintState.ESCALATED, SYSTEM, now,
				"history.ESCALATED", reasonKey, true);
		this.nextDeadline = escalationDeadline;
	}

	/** The escalation owner settles the complaint with a final decision. */
	public void closeByEscalation(String decision, String actor, Instant now) {
		requireNote(decision);
		move(EnumSet.of(ComplaintState.ESCALATED), ComplaintState.RESOLVED, actor, now, "history.RESOLVED_ESCALATION",
				decision, true);
		this.nextDeadline = null;
	}

	// --- retention ---

	/**
	 * When the complaint reached its final state: the last entry that moved it (entries
	 * inside a state do not).
	 */
	public Instant closedAt() {
		if (!this.state.isClosed()) {
			return null;
		}
		for (int i = this.history.size() - 1; i >= 0; i--) {
			StateChange change = this.history.get(i);
			if (change.getFrom() != change.getTo()) {
				return change.getAt();
			}
		}
		return null;
	}

	/**
	 * The retention period after closing has passed (ADR 0001, 0011): who complained and
	 * where from is no longer kept. Name, NIK, phone, email, the coordinates and the
	 * citizen's own file names go; the complaint, its answer and its history stay, and it
	 * can still be tracked. A second call changes nothing.
	 */
	public void eraseIdentity(Instant now) {
		requireState(EnumSet.of(ComplaintState.RESOLVED, ComplaintState.TRANSFERRED, ComplaintState.WITHDRAWN,
				ComplaintState.REJECTED_ARCHIVED));
		if (this.identityErasedAt != null) {
			return;
		}
		this.complainant = Complainant.none();
		this.latitude = null;
		this.longitude = null;
		List<Attachment> neutral = this.attachments.stream()
			.map((file) -> new Attachment(file.fileName(), file.mediaType(), file.sizeBytes(), file.sha256(),
					file.storageKey(), null))
			.toList();
		this.attachments.clear();
		this.attachments.addAll(neutral);
		this.identityErasedAt = now;
		record(SYSTEM, now, "history.IDENTITY_ERASED", null, true);
	}

	public Instant getIdentityErasedAt() {
		return this.identityErasedAt;
	}

	public String getLanguage() {
		return this.language;
	}

	// --- internals ---

	private void move(Set<ComplaintState> allowedFrom, ComplaintState to, String actor, Instant now, String event,
			String note, boolean visibleToComplainant) {
		requireState(allowedFrom);
		ComplaintState from = this.state;
		this.state = to;
		append(new StateChange(now, actor, from, to, event, note, visibleToComplainant));
	}

	private void record(String actor, Instant now, String event, String note, boolean visibleToComplainant) {
		append(new StateChange(now, actor, this.state, this.state, event, note, visibleToComplainant));
	}

	private void append(StateChange change) {
		this.history.add(change);
		this.unannounced.add(change);
	}

	/** The entries appended since the last call, oldest first. */
	List<StateChange> takeUnannounced() {
		List<StateChange> taken = List.copyOf(this.unannounced);
		this.unannounced.clear();
		return taken;
	}

	private void requireState(Set<ComplaintState> allowed) {
		if (!allowed.contains(this.state)) {
			throw new IllegalComplaintStateException(this.trackingNumber, this.state, allowed);
		}
	}

	private static void requireNote(String note) {
		if (note == null || note.isBlank()) {
			throw new StepInputException("step.noteRequired", "A note is required for this step");
		}
	}

	// --- read access ---

	public Long getId() {
		return this.id;
	}

	public TrackingNumber getTrackingNumber() {
		return new TrackingNumber(this.trackingNumber);
	}

	public Channel getChannel() {
		return this.channel;
	}

	public Category getCategory() {
		return this.category;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public String getLocation() {
		return this.location;
	}

	public Double getLatitude() {
		return this.latitude;
	}

	public Double getLongitude() {
		return this.longitude;
	}

	public LocalDate getEventDate() {
		return this.eventDate;
	}

	public String getDescription() {
		return this.description;
	}

	/**
	 * Never null: Hibernate loads an embeddable whose columns are all null as null, which
	 * is what a complaint from someone who gave no identity at all looks like.
	 */
	public Complainant getComplainant() {
		return (this.complainant != null) ? this.complainant : Complainant.none();
	}

	public boolean isAnonymous() {
		return this.anonymous;
	}

	public boolean isConfidential() {
		return this.confidential;
	}

	public String getRequestedSkpd() {
		return this.requestedSkpd;
	}

	public String getSkpd() {
		return this.skpd;
	}

	public ComplaintState getState() {
		return this.state;
	}

	public boolean isSupervisoryContent() {
		return this.supervisoryContent;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getFileCompletedAt() {
		return this.fileCompletedAt;
	}

	public int getReopenCount() {
		return this.reopenCount;
	}

	public String getDraftAnswer() {
		return this.draftAnswer;
	}

	public String getFinalAnswer() {
		return this.finalAnswer;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public Deadline getNextDeadline() {
		return this.nextDeadline;
	}

	public List<Attachment> getAttachments() {
		return Collections.unmodifiableList(this.attachments);
	}

	public List<StateChange> getHistory() {
		return Collections.unmodifiableList(this.history);
	}

	public List<StateChange> getPublicHistory() {
		return this.history.stream().filter(StateChange::isVisibleToComplainant).toList();
	}

	@Override
	public String toString() {
		return "Complaint[" + this.trackingNumber + ", " + this.state + "]";
	}

}
