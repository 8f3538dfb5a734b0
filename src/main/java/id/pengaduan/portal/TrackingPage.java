package id.pengaduan.portal;

import java.time.ZonedDateTime;
import java.util.List;

import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.DeadlineKind;
import id.pengaduan.complaint.SurveyElement;

/**
 * What the citizen sees of his complaint: no identity, no internal notes, times in the
 * region's zone. Labels are looked up by the page ({@code state.*}, {@code history.*}).
 *
 * @param unit name of the SKPD handling it; null while the complaint unit has it
 * @param missingInformation what the complaint unit asked for, while it waits for it
 * @param surveyAnswered whether the SKM survey of this round (reopen count) was answered
 * @param messages the messages sent to him, newest first
 */
record TrackingPage(Long complaintId, String trackingNumber, ComplaintState state, Category category, String region,
		String location, String description, ZonedDateTime submittedAt, String unit, Due due, String finalAnswer,
		int reopenCount, List<Entry> timeline, List<String> attachments, String missingInformation,
		boolean surveyAnswered, List<Message> messages) {

	public boolean awaitsCompletion() {
		return this.state == ComplaintState.AWAITING_COMPLETION;
	}

	public boolean awaitsFeedback() {
		return this.state == ComplaintState.RESPONDED;
	}

	/** SKM: one survey per complaint and round, once it is closed. */
	public boolean surveyOpen() {
		return this.state == ComplaintState.RESOLVED && !this.surveyAnswered;
	}

	/** The SKM elements in the annex's order, for the survey's questions. */
	public SurveyElement[] surveyElements() {
		return SurveyElement.values();
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
