package id.pengaduan.intake;

import java.time.Instant;

import id.pengaduan.complaint.AccessCode;
import id.pengaduan.complaint.AccessCodes;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.ComplaintSubmitted;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.complaint.DeadlineKind;
import id.pengaduan.complaint.Submission;
import id.pengaduan.complaint.TrackingNumber;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.SlaStage;
import id.pengaduan.sla.Timekeeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts a complaint from any channel: takes its tracking number, then stores it with
 * its access code and starts its process in one transaction (the workflow listens to
 * {@link ComplaintSubmitted}), so a complaint is never stored without its process, nor a
 * process started for a complaint that was not stored.
 */
@Service
public class ComplaintIntake {

	private static final Logger log = LoggerFactory.getLogger(ComplaintIntake.class);

	private final Complaints complaints;

	private final TrackingNumbers trackingNumbers;

	private final SlaClock sla;

	private final Timekeeper timekeeper;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final AccessCodes accessCodes;

	ComplaintIntake(Complaints complaints, TrackingNumbers trackingNumbers, SlaClock sla, Timekeeper timekeeper,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, AccessCodes accessCodes) {
		this.accessCodes = accessCodes;
		this.transaction = new TransactionTemplate(transactions);
		this.timekeeper = timekeeper;
		this.complaints = complaints;
		this.trackingNumbers = trackingNumbers;
		this.sla = sla;
		this.events = events;
	}

	public Receipt submit(Submission submission) {
		Instant now = this.sla.now();
		// Taken before the transaction: a sequence holds no lock until commit, and a
		// number
		// whose submission fails is skipped, never reused.
		TrackingNumber trackingNumber = this.trackingNumbers.next(now);
		return this.transaction.execute((status) -> store(submission, trackingNumber, now));
	}

	private Receipt store(Submission submission, TrackingNumber trackingNumber, Instant now) {
		AccessCode accessCode = AccessCode.generate();
		Deadline verification = new Deadline(DeadlineKind.VERIFICATION,
				this.sla.due(SlaStage.VERIFICATION, now, submission.regionCode()));
		Complaint complaint = this.complaints
			.save(Complaint.receive(trackingNumber, this.accessCodes.hash(accessCode), submission, now, verification));
		// UU 25/2009: an answer within 14 days of receipt, a decision within 60 days of
		// the complete file.
		this.timekeeper.startFirst(complaint.getId(), submission.regionCode(), now, SlaStage.VERIFICATION,
				SlaStage.LEGAL_RESPONSE, SlaStage.LEGAL_DECISION);
		this.events
			.publishEvent(new ComplaintSubmitted(complaint.getId(), submission.mailAccessCode() ? accessCode : null));
		log.info("Complaint {} received via {} ({})", trackingNumber, submission.channel(), submission.category());
		return new Receipt(trackingNumber, accessCode, complaint.getId());
	}

	/**
	 * What the citizen keeps: the access code is shown once and stored only as a hash.
	 */
	public record Receipt(TrackingNumber trackingNumber, AccessCode accessCode, Long complaintId) {
	}

}
