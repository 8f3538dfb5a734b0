package id.pengaduan.portal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.pengaduan.complaint.SurveyElement;

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

	/** SKM scores as typed, by element name ({@code scores[U1]}). */
	private Map<String, String> scores = new LinkedHashMap<>();

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

	/** SKM: every one of the nine elements is required, each 1 to 4. */
	void validateSurvey(Errors errors) {
		for (SurveyElement element : SurveyElement.values()) {
			if (scoreOf(element) == 0) {
				ComplaintForm.reject(errors, "scores[" + element.name() + "]", "portal.validation.score.required");
			}
		}
		if (this.comment != null && this.comment.length() > 1000) {
			ComplaintForm.reject(errors, "comment", "portal.validation.comment.size");
		}
	}

	/** The SKM scores 1 to 4 by element; call after {@link #validateSurvey}. */
	Map<SurveyElement, Integer> scoreValues() {
		Map<SurveyElement, Integer> values = new EnumMap<>(SurveyElement.class);
		for (SurveyElement element : SurveyElement.values()) {
			values.put(element, scoreOf(element));
		}
		return values;
	}

	/** The SKM score 1 to 4 of an element, or 0 when none was chosen. */
	private int scoreOf(SurveyElement element) {
		String score = (this.scores != null) ? this.scores.get(element.name()) : null;
		return switch ((score != null) ? score.strip() : "") {
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
		this.scores = new LinkedHashMap<>();
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

	public Map<String, String> getScores() {
		return this.scores;
	}

	public void setScores(Map<String, String> scores) {
		this.scores = scores;
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
