package id.pengaduan.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.pengaduan.complaint.Actor;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.identity.Role;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.StageClock;
import id.pengaduan.sla.Timekeeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation chain when a clock runs (domain.md 9.4): a warning to the assignee at
 * the threshold; at the breach the complaint is overdue and the head of the SKPD and the
 * complaint unit review it; three working days later the regional secretary (and the
 * inspectorate for misconduct) takes over.
 */
@Service
public class SlaEscalations {

	private static final Logger log = LoggerFactory.getLogger(SlaEscalations.class);

	private final Complaints complaints;

	private final Timekeeper timekeeper;

	/** Task forms are in Indonesian. */
	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final SlaClock sla;

	private final MessageSource messages;

	SlaEscalations(Complaints complaints, Timekeeper timekeeper, SlaClock sla, MessageSource messages) {
		this.complaints = complaints;
		this.timekeeper = timekeeper;
		this.sla = sla;
		this.messages = messages;
	}

	/** Marks the clocks past their threshold as warned; answers their stages' names. */
	@Transactional
	public List<String> warn(Long complaintId) {
		Complaint complaint = this.complaints.require(complaintId);
		Instant now = this.sla.now();
		List<String> stages = new ArrayList<>();
		for (StageClock clock : this.timekeeper.warnDue(complaintId)) {
			complaint.recordSlaWarning(stageKey(clock), now);
			stages.add(clock.getStage().name());
			log.info("SLA warning: complaint {} stage {}", complaint.getTrackingNumber(), clock.getStage());
		}
		return stages;
	}

	/**
	 * Marks the clocks past their due time as breached; answers who must act on each
	 * breach.
	 */
	@Transactional
	public List<Breach> breach(Long complaintId) {
		Complaint complaint = this.complaints.require(complaintId);
		Instant now = this.sla.now();
		List<Breach> breaches = new ArrayList<>();
		for (StageClock clock : this.timekeeper.breachDue(complaintId)) {
			complaint.recordSlaBreach(stageKey(clock), now);
			breaches.add(new Breach(clock.getStage().name(),
					this.messages.getMessage(stageKey(clock), null, clock.getStage().name(), INDONESIAN),
					reviewGroups(clock), secondLevelGroups(complaint.isSupervisoryContent()),
					this.timekeeper.secondLevelDue(clock)));
			log.info("SLA breach: complaint {} stage {}", complaint.getTrackingNumber(), clock.getStage());
		}
		return breaches;
	}

	/**
	 * The note of whoever the breach chain asked to review: the head of the complaint's
	 * SKPD, the complaint unit, the regional secretary or the inspectorate.
	 */
	@Transactional
	public void recordOverdueReview(Long complaintId, String note, Actor actor) {
		Complaint complaint = this.complaints.require(complaintId);
		actor.requireAnyOf(complaint, Role.HEAD.groupId(complaint.getSkpd()), Role.VERIFIER.groupId(null),
				Role.REGIONAL_SECRETARY.groupId(null), Role.INSPECTORATE.groupId(null));
		complaint.recordOverdueReview(note, actor.id(), this.sla.now());
	}

	/**
	 * The head of the responsible SKPD and the complaint unit; the unit alone for its own
	 * clocks.
	 */
	static String reviewGroups(StageClock clock) {
		String unit = Role.VERIFIER.groupId(null);
		return (clock.getSkpd() != null) ? Role.HEAD.groupId(clock.getSkpd()) + "," + unit : unit;
	}

	/**
	 * Breach + 3 working days: the regional secretary, and the inspectorate when
	 * misconduct is suspected.
	 */
	static String secondLevelGroups(boolean supervisoryContent) {
		String secretary = Role.REGIONAL_SECRETARY.groupId(null);
		return supervisoryContent ? secretary + "," + Role.INSPECTORATE.groupId(null) : secretary;
	}

	private static String stageKey(StageClock clock) {
		return "sla.stage." + clock.getStage().name();
	}

	/** One breached stage and its escalation chain. */
	public record Breach(String stage, String stageLabel, String reviewGroups, String secondLevelGroups,
			Instant secondLevelDue) {
	}

}
