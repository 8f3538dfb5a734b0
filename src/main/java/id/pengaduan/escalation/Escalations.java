package id.pengaduan.escalation;

import java.time.Instant;

import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.complaint.DeadlineKind;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.SlaStage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Escalation above the SKPD (UU 25/2009 Pasal 35: internal supervision). */
@Service
public class Escalations {

	/** History note key for an escalation after repeated dissatisfaction. */
	static final String REPEATED_DISSATISFACTION = "escalation.reason.REPEATED_DISSATISFACTION";

	private final Complaints complaints;

	private final SlaClock sla;

	Escalations(Complaints complaints, SlaClock sla) {
		this.complaints = complaints;
		this.sla = sla;
	}

	/** The complainant is still not satisfied after the last allowed reopen. */
	@Transactional
	public void escalateForRepeatedDissatisfaction(Long complaintId) {
		Complaint complaint = this.complaints.require(complaintId);
		Instant now = this.sla.now();
		complaint.escalate(REPEATED_DISSATISFACTION, now, new Deadline(DeadlineKind.ESCALATION,
				this.sla.due(SlaStage.ESCALATION, now, complaint.getRegionCode())));
	}

	@Transactional
	public void decide(Long complaintId, EscalationDecision decision, String note, String actor) {
		if (note == null || note.isBlank()) {
			throw new IllegalArgumentException("An escalation decision needs a note");
		}
		Complaint complaint = this.complaints.require(complaintId);
		Instant now = this.sla.now();
		switch (decision) {
			case CLOSE -> complaint.closeByEscalation(note, actor, now);
			case REASSIGN -> complaint.resumeHandling(note, actor, now, new Deadline(DeadlineKind.RESOLUTION,
					this.sla.due(SlaStage.ESCALATION, now, complaint.getRegionCode())));
		}
	}

}
