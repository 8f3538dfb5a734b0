package id.pengaduan.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.DeadlineKind;
import id.pengaduan.complaint.StateChange;
import id.pengaduan.sla.SlaClock;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder to a complainant who was asked for missing information: once per request,
 * when 5 working days of his window are left, during office hours, in his language, by
 * mail only. The complaint's next deadline (kind COMPLETION) is the window; its due
 * moment names the round, so a second request after a completion is reminded again. Every
 * node runs it: the idempotency key makes a second insert add nothing.
 */
@Component
class CompletionReminders {

	/** The reminder goes when this many working days of the window are left. */
	static final int WORKING_DAYS_BEFORE = 5;

	/**
	 * Candidates are read with a wide calendar margin (5 working days never span more
	 * than a long holiday, such as Lebaran with its cuti bersama); each is then checked
	 * against its region's working days.
	 */
	private static final Duration CANDIDATE_WINDOW = Duration.ofDays(30);

	private static final int PAGE = 100;

	private final Complaints complaints;

	private final CitizenNotifications citizens;

	private final StaffNotifications staff;

	private final SlaClock sla;

	private final TransactionTemplate transaction;

	CompletionReminders(Complaints complaints, CitizenNotifications citizens, StaffNotifications staff, SlaClock sla,
			PlatformTransactionManager transactions) {
		this.complaints = complaints;
		this.citizens = citizens;
		this.staff = staff;
		this.sla = sla;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Hourly: a region's office opens at 08:00 in its own zone. */
	@Scheduled(cron = "${pengaduan.notification.reminder-cron:0 5 * * * *}", zone = "Asia/Jakarta")
	void remind() {
		Instant now = this.sla.now();
		int page = 0;
		List<Long> ids;
		do {
			ids = this.complaints.findIdsWaitingWithDeadlineBetween(ComplaintState.AWAITING_COMPLETION, now,
					now.plus(CANDIDATE_WINDOW), PageRequest.of(page++, PAGE));
			for (Long id : ids) {
				try {
					this.transaction.executeWithoutResult((status) -> remind(id, now));
				}
				catch (DataIntegrityViolationException ex) {
					// Another node recorded the same reminder in the same moment.
				}
			}
		}
		while (ids.size() == PAGE);
	}

	private void remind(Long id, Instant now) {
		Complaint complaint = this.complaints.findById(id).orElse(null);
		if (complaint == null || complaint.getState() != ComplaintState.AWAITING_COMPLETION
				|| complaint.getNextDeadline() == null || complaint.getNextDeadline().kind() != DeadlineKind.COMPLETION
				|| complaint.getComplainant().email() == null || complaint.getComplainant().email().isBlank()) {
			return;
		}
		Instant due = complaint.getNextDeadline().due();
		if (this.sla.workingDaysLeft(due, complaint.getRegionCode()) > WORKING_DAYS_BEFORE) {
			return;
		}
		String missing = complaint.getHistory()
			.stream()
			.filter((change) -> "history.AWAITING_COMPLETION".equals(change.getEvent()))
			.reduce((first, second) -> second)
			.map(StateChange::getNote)
			.orElse(null);
		this.citizens.record(complaint, MessageKind.COMPLETION_REMINDER,
				"c" + id + "-" + MessageKind.COMPLETION_REMINDER + "-" + due.getEpochSecond(), missing, due, null,
				this.staff.officeHours(now, complaint.getRegionCode()), true);
	}

}
