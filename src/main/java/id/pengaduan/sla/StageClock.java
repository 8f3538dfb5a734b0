package id.pengaduan.sla;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The clock of one stage of one complaint: when it started, when it warns (the threshold)
 * and when it is due. It pauses while the complaint waits on the complainant and resumes
 * with the working days it had left.
 */
@Entity
@Table(name = "stage_clock")
public class StageClock {

	@Id
	// A block of 50 ids per round trip, so a transaction's inserts go out together at
	// flush (migration V13, docs/decisions/0016).
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_clock_seq")
	@SequenceGenerator(name = "stage_clock_seq", sequenceName = "stage_clock_seq", allocationSize = 50)
	private Long id;

	@Column(name = "complaint_id", nullable = false)
	private Long complaintId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SlaStage stage;

	private String skpd;

	@Column(name = "region_code", nullable = false)
	private String regionCode;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "warn_at", nullable = false)
	private Instant warnAt;

	@Column(name = "due_at", nullable = false)
	private Instant dueAt;

	@Column(name = "paused_at")
	private Instant pausedAt;

	@Column(name = "remaining_working_days")
	private Integer remainingWorkingDays;

	@Column(name = "stopped_at")
	private Instant stoppedAt;

	@Column(name = "warned_at")
	private Instant warnedAt;

	@Column(name = "breached_at")
	private Instant breachedAt;

	@Column(name = "working_days_used")
	private Integer workingDaysUsed;

	@Column(nullable = false)
	private boolean cancelled;

	/** The length the due date counts from {@link #countedFrom}; null on older rows. */
	@Column(name = "length_days")
	private Integer lengthDays;

	/** When the length started to count: the start, or the resume after a pause. */
	@Column(name = "counted_from")
	private Instant countedFrom;

	protected StageClock() {
	}

	StageClock(Long complaintId, SlaStage stage, String skpd, String regionCode, Instant startedAt, int lengthDays,
			Instant warnAt, Instant dueAt) {
		this.complaintId = complaintId;
		this.stage = stage;
		this.skpd = skpd;
		this.regionCode = regionCode;
		this.startedAt = startedAt;
		this.lengthDays = lengthDays;
		this.countedFrom = startedAt;
		this.warnAt = warnAt;
		this.dueAt = dueAt;
	}

	public SlaDue due() {
		return new SlaDue(this.warnAt, this.dueAt);
	}

	public boolean isRunning() {
		return this.stoppedAt == null && this.pausedAt == null;
	}

	public boolean isOpen() {
		return this.stoppedAt == null;
	}

	/** Met when stopped by its due time; an open clock is judged against now. */
	public boolean isMet(Instant now) {
		Instant end = (this.stoppedAt != null) ? this.stoppedAt : now;
		return !end.isAfter(this.dueAt);
	}

	void pause(Instant now, int remainingWorkingDays) {
		this.pausedAt = now;
		this.remainingWorkingDays = remainingWorkingDays;
	}

	int remainingWorkingDays() {
		return (this.remainingWorkingDays != null) ? this.remainingWorkingDays : 0;
	}

	void resume(Instant now, int days, Instant warnAt, Instant dueAt) {
		this.lengthDays = days;
		this.countedFrom = now;
		this.pausedAt = null;
		this.remainingWorkingDays = null;
		this.warnAt = warnAt;
		this.dueAt = dueAt;
	}

	/** The calendar changed: the same length, counted again from the same moment. */
	void recompute(Instant warnAt, Instant dueAt) {
		if (this.warnedAt == null) {
			this.warnAt = warnAt;
		}
		this.dueAt = dueAt;
	}

	Integer lengthDays() {
		return this.lengthDays;
	}

	Instant countedFrom() {
		return this.countedFrom;
	}

	void stop(Instant now, int workingDaysUsed) {
		this.stoppedAt = now;
		this.pausedAt = null;
		this.workingDaysUsed = workingDaysUsed;
	}

	void cancel(Instant now) {
		this.stoppedAt = now;
		this.pausedAt = null;
		this.cancelled = true;
	}

	/**
	 * Stopped because the stage no longer applied; counts neither as met nor as missed.
	 */
	public boolean isCancelled() {
		return this.cancelled;
	}

	void markWarned(Instant now) {
		this.warnedAt = now;
	}

	void markBreached(Instant now) {
		this.breachedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getComplaintId() {
		return this.complaintId;
	}

	public SlaStage getStage() {
		return this.stage;
	}

	public String getSkpd() {
		return this.skpd;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getWarnAt() {
		return this.warnAt;
	}

	public Instant getDueAt() {
		return this.dueAt;
	}

	public Instant getPausedAt() {
		return this.pausedAt;
	}

	public Instant getStoppedAt() {
		return this.stoppedAt;
	}

	public Instant getWarnedAt() {
		return this.warnedAt;
	}

	public Instant getBreachedAt() {
		return this.breachedAt;
	}

	public Integer getWorkingDaysUsed() {
		return this.workingDaysUsed;
	}

}
