package id.pengaduan.intake;

import java.time.Instant;
import java.util.Optional;

import id.pengaduan.complaint.AccessCodes;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.CompletionProvided;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.complaint.DeadlineKind;
import id.pengaduan.complaint.FeedbackGiven;
import id.pengaduan.complaint.TrackingNumber;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.SlaStage;
import id.pengaduan.sla.StageClock;
import id.pengaduan.sla.Timekeeper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the citizen may do with a tracking number and its access code: look it up, send
 * missing information, and accept or reject the answer. Each reply is stored and handed
 * to the process in one transaction.
 */
@Service
public class CitizenReplies {

	private final Complaints complaints;

	private final SlaClock sla;

	private final Timekeeper timekeeper;

	private final ApplicationEventPublisher events;

	private final AccessCodes accessCodes;

	CitizenReplies(Complaints complaints, SlaClock sla, Timekeeper timekeeper, ApplicationEventPublisher events,
			AccessCodes accessCodes) {
		this.accessCodes = accessCodes;
		this.timekeeper = timekeeper;
		this.complaints = complaints;
		this.sla = sla;
		this.events = events;
	}

	/**
	 * The complaint, if the number exists and the code fits; the two cases are not told
	 * apart. Not read-only: a code still stored in the old format is rewritten when it
	 * fits.
	 */
	@Transactional
	public Optional<Complaint> find(String trackingNumber, String accessCode) {
		if (!TrackingNumber.isWellFormed(trackingNumber)) {
			return Optional.empty();
		}
		return this.complaints.findByTrackingNumber(trackingNumber)
			.filter((complaint) -> this.accessCodes.accepts(complaint, accessCode));
	}

	/**
	 * Like {@link #find}, holding the complaint's row until the reply is stored: a second
	 * copy of the same reply waits, then finds the complaint moved on.
	 */
	private Optional<Complaint> lock(String trackingNumber, String accessCode) {
		if (!TrackingNumber.isWellFormed(trackingNumber)) {
			return Optional.empty();
		}
		return this.complaints.lockByTrackingNumber(trackingNumber)
			.filter((complaint) -> this.accessCodes.accepts(complaint, accessCode));
	}

	@Transactional
	public Optional<Complaint> provideCompletion(String trackingNumber, String accessCode, String information) {
		return lock(trackingNumber, accessCode).map((complaint) -> {
			Instant now = this.sla.now();
			Long id = complaint.getId();
			this.timekeeper.stop(id, SlaStage.COMPLETION);
			// The verification clock resumes with the working days it had left; the file
			// is complete from now on.
			StageClock verification = this.timekeeper.resume(id, SlaStage.VERIFICATION)
				.orElseGet(() -> this.timekeeper.start(id, SlaStage.VERIFICATION, complaint.getRegionCode(), null));
			this.timekeeper.restartLegalCeilings(id, complaint.getRegionCode());
			complaint.provideCompletion(information, now,
					new Deadline(DeadlineKind.VERIFICATION, verification.getDueAt()));
			complaint.recordClockResumed(now);
			this.events.publishEvent(new CompletionProvided(id));
			return complaint;
		});
	}

	@Transactional
	public Optional<Complaint> giveFeedback(String trackingNumber, String accessCode, boolean satisfied,
			String reason) {
		return lock(trackingNumber, accessCode).map((complaint) -> {
			complaint.recordFeedback(satisfied, reason, this.sla.now());
			this.events.publishEvent(new FeedbackGiven(complaint.getId(), satisfied));
			return complaint;
		});
	}

}
