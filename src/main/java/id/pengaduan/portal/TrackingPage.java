package id.pengaduan.portal;

import java.time.ZonedDateTime;
import java.util.List;

import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.DeadlineKind;

/**
 * What the citizen sees of his complaint: no identity, no internal notes, times in the
 * region's zone. Labels are looked up by the page ({@code state.*}, {@code history.*}).
 *
 * @param unit name of the SKPD handling it; null while the complaint unit has it
 * @param missingInformation what the complaint unit asked for, while it waits for it
 * @param surveyScore the SKM answer already given, if any
 * @param messages the messages sent to him, newest first
 */
record TrackingPage(Long complaintId, String trackingNumber, ComplaintState state, Category category, String region,
		String location, String description, ZonedDateTime submittedAt, String unit, Due due, String finalAnswer,
		int reopenCount, List<Entry> timeline, List<String> attachments, String missingInformation, Integer surveyScore,
		List<Message> messages) {

	public boolean awaitsCompletion() {
		return this.state == ComplaintState.AWAITING_COMPLETION;
	}

	public boolean awaitsFeedback() {
		return this.state == ComplaintState.RESPONDED;
	}

	/** SKM: one answer per complaint, once it is closed. */
	public boolean surveyOpen() {
		return this.state == ComplaintState.RESOLVED && this.surveyScore == null;
	}

	/**
	 * One public step of the history; {@code noteKey} is set instead of {@code note} when
	 * the note is itself a message key.
	 */
	record Entry(ZonedDateTime at, String event, String note, String noteKey) {
	}

	/** A message sent to the citizen: when, which ({@code notification.kind.*}), how. */
	record Message(ZonedDateTime sentAt, String kind, String channel) {
	}

	/** The next deadline; negative working days once it has passed. */
	record Due(DeadlineKind kind, ZonedDateTime at, int workingDaysLeft) {
	}

}
