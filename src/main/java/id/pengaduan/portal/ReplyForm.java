package id.pengaduan.portal;

import java.util.Locale;

import org.springframework.validation.Errors;

/**
 * The forms of the tracking pages: the look-up, and the replies that carry the tracking
 * number and the access code along in hidden fields (never in a URL). Strings as typed,
 * so that a refused text comes back unchanged; the rules and messages are those of the
 * JSON API's replies.
 */
class ReplyForm {

	private String trackingNumber;

	private String accessCode;

	private String information;

	private String satisfied;

	private String reason;

	private String score;

	private String comment;

	void validateLookup(Errors errors) {
		if (!hasText(this.trackingNumber)) {
			ComplaintForm.reject(errors, "trackingNumber", "portal.validation.trackingNumber.required");
		}
		if (!hasText(this.accessCode)) {
			ComplaintForm.reject(errors, "accessCode", "portal.validation.accessCode.required");
		}
	}

	void validateCompletion(Errors errors) {
		if (!hasText(this.information)) {
			ComplaintForm.reject(errors, "information", "validation.information.required");
		}
		else if (this.information.length() > 4000) {
			ComplaintForm.reject(errors, "information", "validation.information.size");
		}
	}

	void validateFeedback(Errors errors) {
		if (!"true".equals(this.satisfied) && !"false".equals(this.satisfied)) {
			ComplaintForm.reject(errors, "satisfied", "validation.satisfied.required");
		}
		// A complaint is reopened only with a reason the SKPD can act on.
		else if ("false".equals(this.satisfied) && !hasText(this.reason)) {
			ComplaintForm.reject(errors, "reason", "validation.reason.required");
		}
		if (this.reason != null && this.reason.length() > 4000) {
			ComplaintForm.reject(errors, "reason", "validation.reason.size");
		}
	}

	void validateSurvey(Errors errors) {
		if (scoreValue() == 0) {
			ComplaintForm.reject(errors, "score", "portal.validation.score.required");
		}
		if (this.comment != null && this.comment.length() > 1000) {
			ComplaintForm.reject(errors, "comment", "portal.validation.comment.size");
		}
	}

	/** The SKM score 1 to 4, or 0 when none was chosen. */
	int scoreValue() {
		return switch ((this.score != null) ? this.score.strip() : "") {
			case "1" -> 1;
			case "2" -> 2;
			case "3" -> 3;
			case "4" -> 4;
			default -> 0;
		};
	}

	/** After a reply went through, its forms start empty again. */
	void clearReplies() {
		this.information = null;
		this.satisfied = null;
		this.reason = null;
		this.score = null;
		this.comment = null;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	public String getTrackingNumber() {
		return this.trackingNumber;
	}

	/** Citizens copy numbers from paper: case and surrounding spaces are forgiven. */
	public void setTrackingNumber(String trackingNumber) {
		this.trackingNumber = (trackingNumber != null) ? trackingNumber.strip().toUpperCase(Locale.ROOT) : null;
	}

	public String getAccessCode() {
		return this.accessCode;
	}

	public void setAccessCode(String accessCode) {
		this.accessCode = (accessCode != null) ? accessCode.strip() : null;
	}

	public String getInformation() {
		return this.information;
	}

	public void setInformation(String information) {
		this.information = information;
	}

	public String getSatisfied() {
		return this.satisfied;
	}

	public void setSatisfied(String satisfied) {
		this.satisfied = satisfied;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getScore() {
		return this.score;
	}

	public void setScore(String score) {
		this.score = score;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	@Override
	public String toString() {
		return "ReplyForm[" + this.trackingNumber + ", ***]";
	}

}
