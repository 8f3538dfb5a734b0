package id.pengaduan.portal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import id.pengaduan.complaint.Attachment;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.complaint.StateChange;
import id.pengaduan.identity.Skpd;
import id.pengaduan.identity.Units;
import id.pengaduan.intake.CitizenReplies;
import id.pengaduan.notification.Notifications;
import id.pengaduan.sla.Region;
import id.pengaduan.sla.SlaClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the tracking page for a tracking number and its access code, inside one
 * read-only transaction (the pages render after it has ended).
 */
@Service
class TrackingPages {

	private final CitizenReplies replies;

	private final Units units;

	private final SlaClock sla;

	private final SatisfactionSurveys surveys;

	TrackingPages(CitizenReplies replies, Units units, SlaClock sla, SatisfactionSurveys surveys,
			Notifications notifications) {
		this.notifications = notifications;
		this.replies = replies;
		this.units = units;
		this.sla = sla;
		this.surveys = surveys;
	}

	/** Empty for an unknown number and for a wrong code alike. */
	@Transactional(readOnly = true)
	Optional<TrackingPage> show(String trackingNumber, String accessCode) {
		return this.replies.find(trackingNumber, accessCode).map(this::page);
	}

	private final Notifications notifications;

	private TrackingPage page(Complaint complaint) {
		ZoneId zone = this.sla.zoneOf(complaint.getRegionCode());
		Deadline deadline = complaint.getNextDeadline();
		TrackingPage.Due due = (deadline != null && deadline.kind() != null && deadline.due() != null)
				? new TrackingPage.Due(deadline.kind(), deadline.due().atZone(zone),
						this.sla.workingDaysLeft(deadline.due(), complaint.getRegionCode()))
				: null;
		// Newest first: the latest step is what the citizen comes for.
		List<StateChange> history = new ArrayList<>(complaint.getPublicHistory());
		Collections.reverse(history);
		List<TrackingPage.Entry> timeline = history.stream().map((change) -> entry(change, zone)).toList();
		String missing = (complaint.getState() == ComplaintState.AWAITING_COMPLETION) ? history.stream()
			.filter((change) -> "history.AWAITING_COMPLETION".equals(change.getEvent()))
			.map(StateChange::getNote)
			.findFirst()
			.orElse(null) : null;
		Integer score = (complaint.getState() == ComplaintState.RESOLVED)
				? this.surveys.scoreOf(complaint.getId()).orElse(null) : null;
		return new TrackingPage(complaint.getId(), complaint.getTrackingNumber().value(), complaint.getState(),
				complaint.getCategory(),
				this.sla.region(complaint.getRegionCode()).map(Region::name).orElse(complaint.getRegionCode()),
				complaint.getLocation(), complaint.getDescription(), complaint.getSubmittedAt().atZone(zone),
				unitName(complaint.getSkpd()), due, complaint.getFinalAnswer(), complaint.getReopenCount(), timeline,
				complaint.getAttachments().stream().map(Attachment::fileName).toList(), missing, score,
				this.notifications.sentToComplainant(complaint)
					.stream()
					.map((sent) -> new TrackingPage.Message(sent.sentAt().atZone(zone), sent.kind().name(),
							sent.channel()))
					.toList());
	}

	private TrackingPage.Entry entry(StateChange change, ZoneId zone) {
		String note = "history.DISPOSED".equals(change.getEvent()) ? unitName(change.getNote()) : change.getNote();
		boolean noteIsKey = change.isNoteAMessageKey();
		return new TrackingPage.Entry(change.getAt().atZone(zone), change.getEvent(), noteIsKey ? null : note,
				noteIsKey ? note : null);
	}

	private String unitName(String code) {
		return (code != null) ? this.units.find(code).map(Skpd::name).orElse(code) : null;
	}

}
