package id.pengaduan.verification;

import java.time.Instant;

import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.complaint.DeadlineKind;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.SlaStage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies a verifier's decision to the complaint. */
@Service
public class Verification {

	private final Complaints complaints;

	private final SlaClock sla;

	Verification(Complaints complaints, SlaClock sla) {
		this.complaints = complaints;
		this.sla = sla;
	}

	/**
	 * Applies the outcome and answers when the complainant's completion window closes
	 * (only for INCOMPLETE).
	 * @throws IllegalArgumentException when the outcome needs a note for the citizen and
	 * none was given
	 */
	@Transactional
	public Result apply(Long complaintId, VerificationOutcome outcome, Category category, boolean supervisoryContent,
			String note, String actor) {
		if (outcome.needsNote() && (note == null || note.isBlank())) {
			throw new IllegalArgumentException("A note for the complainant is required when the outcome is " + outcome);
		}
		Complaint complaint = this.complaints.require(complaintId);
		Instant now = this.sla.now();
		Instant completionDue = null;
		switch (outcome) {
			case VALID -> complaint.markVerified((category != null) ? category : complaint.getCategory(),
					supervisoryContent, actor, now);
			case INCOMPLETE -> {
				completionDue = this.sla.due(SlaStage.COMPLETION, now, complaint.getRegionCode());
				complaint.requestCompletion(note, actor, now, new Deadline(DeadlineKind.COMPLETION, completionDue));
			}
			case NOT_AUTHORITY -> complaint.transfer(note, actor, now);
			case REJECTED, DUPLICATE -> complaint.archive(note, actor, now);
		}
		return new Result(complaint.getCategory(), complaint.isSupervisoryContent(), completionDue);
	}

	/** UU 25/2009: a file not completed in time is deemed withdrawn. */
	@Transactional
	public void withdrawForMissingCompletion(Long complaintId) {
		this.complaints.require(complaintId).withdrawForMissingCompletion(this.sla.now());
	}

	/** What the process needs to go on. */
	public record Result(Category category, boolean supervisoryContent, Instant completionDue) {
	}

}
