package id.pengaduan.disposition;

import java.time.Instant;

import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.complaint.DeadlineKind;
import id.pengaduan.identity.Units;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.SlaStage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a verified complaint to an SKPD and records whether its liaison officer accepts
 * it.
 */
@Service
public class Disposition {

	private final Complaints complaints;

	private final Units units;

	private final SlaClock sla;

	Disposition(Complaints complaints, Units units, SlaClock sla) {
		this.complaints = complaints;
		this.units = units;
		this.sla = sla;
	}

	/**
	 * @throws IllegalArgumentException for an SKPD that is not in the registry
	 */
	public void requireKnownSkpd(String skpd) {
		if (this.units.find(skpd).isEmpty()) {
			throw new IllegalArgumentException("Unknown SKPD: " + skpd);
		}
	}

	@Transactional
	public void dispose(Long complaintId, String skpd, String actor) {
		requireKnownSkpd(skpd);
		Complaint complaint = this.complaints.require(complaintId);
		Instant now = this.sla.now();
		complaint.dispose(skpd, actor, now, deadline(DeadlineKind.ACCEPTANCE, SlaStage.ACCEPTANCE, now, complaint));
	}

	@Transactional
	public void accept(Long complaintId, String actor) {
		Complaint complaint = this.complaints.require(complaintId);
		Instant now = this.sla.now();
		complaint.acceptDisposition(actor, now,
				deadline(DeadlineKind.FIRST_RESPONSE, SlaStage.FIRST_RESPONSE, now, complaint));
	}

	/**
	 * Not this SKPD's authority: back to the complaint unit, which has one working day to
	 * re-dispose.
	 */
	@Transactional
	public void returnToComplaintUnit(Long complaintId, String reason, String actor) {
		Complaint complaint = this.complaints.require(complaintId);
		Instant now = this.sla.now();
		complaint.returnDisposition(reason, actor, now,
				deadline(DeadlineKind.VERIFICATION, SlaStage.ACCEPTANCE, now, complaint));
	}

	static Deadline deadline(DeadlineKind kind, SlaStage stage, Instant from, SlaClock sla, Complaint complaint) {
		return new Deadline(kind, sla.due(stage, from, complaint.getRegionCode()));
	}

	private Deadline deadline(DeadlineKind kind, SlaStage stage, Instant from, Complaint complaint) {
		return deadline(kind, stage, from, this.sla, complaint);
	}

}
