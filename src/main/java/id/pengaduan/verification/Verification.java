package id.pengaduan.verification;

import java.time.Instant;

import id.pengaduan.complaint.Actor;
import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.StepInputException;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.complaint.DeadlineKind;
import id.pengaduan.identity.Role;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.SlaStage;
import id.pengaduan.sla.StageClock;
import id.pengaduan.sla.Timekeeper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies a verifier's decision to the complaint and its clocks. */
@Service
public class Verification {

	private final Complaints complaints;

	private final SlaClock sla;

	private final Timekeeper timekeeper;

	Verification(Complaints complaints, SlaClock sla, Timekeeper timekeeper) {
		this.complaints = complaints;
		this.sla = sla;
		this.timekeeper = timekeeper;
	}

	/**
	 * Applies the outcome and answers when the complainant's completion window closes
	 * (only for INCOMPLETE).
	 * @throws IllegalArgumentException when the outcome needs a note for the citizen and
	 * none was given
	 * @throws id.pengaduan.complaint.ActorNotAllowedException unless the actor is a
	 * verifier of the complaint unit
	 */
	@Transactional
	public Result apply(Long complaintId, VerificationOutcome outcome, Category category, boolean supervisoryContent,
			String note, Actor actor) {
		if (outcome.needsNote() && (note == null || note.isBlank())) {
			throw new StepInputException("step.complainantNoteRequired",
					"A note for the complainant is required when the outcome is " + outcome);
		}
		Complaint complaint = this.complaints.require(complaintId);
		actor.requireAnyOf(complaint, Role.VERIFIER.groupId(null));
		Instant now = this.sla.now();
		Instant completionDue = null;
		switch (outcome) {
			case VALID -> {
				complaint.markVerified((category != null) ? category : complaint.getCategory(), supervisoryContent,
						actor.id(), now);
				this.timekeeper.stop(complaintId, SlaStage.VERIFICATION);
			}
			case INCOMPLETE -> {
				// The verification clock waits while the complainant completes the file
				// (Zammad's pending states).
				StageClock completion = this.timekeeper.start(complaintId, SlaStage.COMPLETION,
						complaint.getRegionCode(), null);
				completionDue = completion.getDueAt();
				complaint.requestCompletion(note, actor.id(), now,
						new Deadline(DeadlineKind.COMPLETION, completionDue));
				this.timekeeper.pause(complaintId, SlaStage.VERIFICATION)
					.ifPresent((paused) -> complaint.recordClockPaused(
							Math.max(0, this.sla.workingDaysLeft(paused.getDueAt(), paused.getRegionCode())), now));
				this.timekeeper.pauseLegalCeilings(complaintId);
			}
			case NOT_AUTHORITY -> {
				complaint.transfer(note, actor.id(), now);
				this.timekeeper.stopAll(complaintId);
			}
			case REJECTED, DUPLICATE -> {
				complaint.archive(note, actor.id(), now);
				this.timekeeper.stopAll(complaintId);
			}
		}
		return new Result(complaint.getCategory(), complaint.isSupervisoryContent(), completionDue);
	}

	/** UU 25/2009: a file not completed in time is deemed withdrawn. */
	@Transactional
	public void withdrawForMissingCompletion(Long complaintId) {
		this.complaints.require(complaintId).withdrawForMissingCompletion(this.sla.now());
		this.timekeeper.stopAll(complaintId);
	}

	/** What the process needs to go on. */
	public record Result(Category category, boolean supervisoryContent, Instant completionDue) {
	}

}
