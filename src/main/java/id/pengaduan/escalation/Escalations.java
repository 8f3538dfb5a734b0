package id.pengaduan.escalation;

import java.time.Instant;

import id.pengaduan.complaint.Actor;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.complaint.DeadlineKind;
import id.pengaduan.identity.Role;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.SlaDue;
import id.pengaduan.sla.SlaStage;
import id.pengaduan.sla.StageClock;
import id.pengaduan.sla.Timekeeper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Escalation above the SKPD (UU 25/2009 Pasal 35: internal supervision). */
@Service
public class Escalations {

	/** History note key for an escalation after repeated dissatisfaction. */
	static final String REPEATED_DISSATISFACTION = "escalation.reason.REPEATED_DISSATISFACTION";

	private final Complaints complaints;

	private final SlaClock sla;

	private final Timekeeper timekeeper;

	Escalations(Complaints complaints, SlaClock sla, Timekeeper timekeeper) {
		this.complaints = complaints;
		this.sla = sla;
		this.timekeeper = timekeeper;
	}

	/**
	 * The complainant is still not satisfied after the last allowed reopen. Answers the
	 * escalation clock.
	 */
	@Transactional
	public SlaDue escalateForRepeatedDissatisfaction(Long complaintId) {
		Complaint complaint = this.complaints.require(complaintId);
		this.timekeeper.stop(complaintId, SlaStage.FEEDBACK);
		StageClock escalation = this.timekeeper.start(complaintId, SlaStage.ESCALATION, complaint.getRegionCode(),
				null);
		complaint.escalate(REPEATED_DISSATISFACTION, this.sla.now(),
				new Deadline(DeadlineKind.ESCALATION, escalation.getDueAt()));
		return escalation.due();
	}

	/**
	 * Answers the new resolution clock when the complaint goes back to the SKPD, null
	 * when it is settled.
	 */
	@Transactional
	public SlaDue decide(Long complaintId, EscalationDecision decision, String note, Actor actor) {
		if (note == null || note.isBlank()) {
			throw new IllegalArgumentException("An escalation decision needs a note");
		}
		Complaint complaint = this.complaints.require(complaintId);
		actor.requireAnyOf(complaint, Role.REGIONAL_SECRETARY.groupId(null), Role.INSPECTORATE.groupId(null));
		Instant now = this.sla.now();
		this.timekeeper.stop(complaintId, SlaStage.ESCALATION);
		if (decision == EscalationDecision.CLOSE) {
			complaint.closeByEscalation(note, actor.id(), now);
			this.timekeeper.stopAll(complaintId);
			return null;
		}
		StageClock resolution = this.timekeeper.start(complaintId, SlaStage.RESOLUTION,
				this.sla.policy().reopenedResolutionDays(), complaint.getRegionCode(), complaint.getSkpd());
		complaint.resumeHandling(note, actor.id(), now, new Deadline(DeadlineKind.RESOLUTION, resolution.getDueAt()));
		return resolution.due();
	}

}
