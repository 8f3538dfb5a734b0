package id.pengaduan.disposition;

import java.time.Instant;

import id.pengaduan.complaint.Actor;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.complaint.DeadlineKind;
import id.pengaduan.complaint.StepInputException;
import id.pengaduan.identity.Role;
import id.pengaduan.identity.Units;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.SlaDue;
import id.pengaduan.sla.SlaStage;
import id.pengaduan.sla.StageClock;
import id.pengaduan.sla.Timekeeper;
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

	private final Timekeeper timekeeper;

	Disposition(Complaints complaints, Units units, SlaClock sla, Timekeeper timekeeper) {
		this.complaints = complaints;
		this.units = units;
		this.sla = sla;
		this.timekeeper = timekeeper;
	}

	/**
	 * @throws IllegalArgumentException for an SKPD that is not in the registry
	 */
	public void requireKnownSkpd(String skpd) {
		if (this.units.find(skpd).isEmpty()) {
			throw new StepInputException("step.unknownSkpd", "Unknown SKPD: " + skpd, skpd);
		}
	}

	/**
	 * Disposes to the SKPD and starts its clocks: 1 working day to accept or return, 5 to
	 * follow up (SP4N-LAPOR!, counted from the disposition).
	 */
	@Transactional
	public Dispatched dispose(Long complaintId, String skpd, String actor) {
		requireKnownSkpd(skpd);
		Complaint complaint = this.complaints.require(complaintId);
		this.timekeeper.stop(complaintId, SlaStage.VERIFICATION);
		StageClock acceptance = this.timekeeper.start(complaintId, SlaStage.ACCEPTANCE, complaint.getRegionCode(),
				skpd);
		StageClock firstResponse = this.timekeeper.start(complaintId, SlaStage.FIRST_RESPONSE,
				complaint.getRegionCode(), skpd);
		complaint.dispose(skpd, actor, this.sla.now(), new Deadline(DeadlineKind.ACCEPTANCE, acceptance.getDueAt()));
		return new Dispatched(acceptance.due(), firstResponse.due());
	}

	@Transactional
	public void accept(Long complaintId, Actor actor) {
		Complaint complaint = this.complaints.require(complaintId);
		actor.requireAnyOf(complaint, Role.LIAISON.groupId(complaint.getSkpd()));
		this.timekeeper.stop(complaintId, SlaStage.ACCEPTANCE);
		Instant firstResponseDue = this.timekeeper.open(complaintId, SlaStage.FIRST_RESPONSE)
			.map(StageClock::getDueAt)
			.orElseGet(() -> this.sla.due(SlaStage.FIRST_RESPONSE, this.sla.now(), complaint.getRegionCode()));
		complaint.acceptDisposition(actor.id(), this.sla.now(),
				new Deadline(DeadlineKind.FIRST_RESPONSE, firstResponseDue));
	}

	/**
	 * Not this SKPD's authority: back to the complaint unit, which has one working day to
	 * re-dispose.
	 * @return the re-disposition clock's warning and due time
	 */
	@Transactional
	public SlaDue returnToComplaintUnit(Long complaintId, String reason, Actor actor) {
		Complaint complaint = this.complaints.require(complaintId);
		actor.requireAnyOf(complaint, Role.LIAISON.groupId(complaint.getSkpd()));
		this.timekeeper.stop(complaintId, SlaStage.ACCEPTANCE);
		// The returning SKPD was never the right one: its follow-up clock does not count
		// for or against it.
		this.timekeeper.cancel(complaintId, SlaStage.FIRST_RESPONSE);
		StageClock redisposition = this.timekeeper.start(complaintId, SlaStage.VERIFICATION,
				this.sla.policy().daysFor(SlaStage.ACCEPTANCE), complaint.getRegionCode(), null);
		complaint.returnDisposition(reason, actor.id(), this.sla.now(),
				new Deadline(DeadlineKind.VERIFICATION, redisposition.getDueAt()));
		return redisposition.due();
	}

	/** The clocks a disposition starts, for the process's timers. */
	public record Dispatched(SlaDue acceptance, SlaDue firstResponse) {
	}

}
