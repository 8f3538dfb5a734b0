package id.pengaduan.intake;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.pengaduan.complaint.SurveyElement;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the citizen's replies. */
final class ReplyRequests {

	private ReplyRequests() {
	}

	record Completion(@NotBlank(message = "{validation.information.required}") @Size(max = 4000,
			message = "{validation.information.size}") String information) {
	}

	record Feedback(@NotNull(message = "{validation.satisfied.required}") Boolean satisfied,
			@Size(max = 4000, message = "{validation.reason.size}") String reason) {

		/** A complaint is reopened only with a reason the SKPD can act on. */
		@AssertTrue(message = "{validation.reason.required}")
		boolean isReasonGivenWhenNotSatisfied() {
			return !Boolean.FALSE.equals(this.satisfied) || (this.reason != null && !this.reason.isBlank());
		}

	}

	/** The SKM survey: all nine elements of Permenpan RB 14/2017 are required. */
	record Survey(@NotNull(message = "{portal.validation.score.required}") @Valid Scores scores,
			@Size(max = 1000, message = "{portal.validation.comment.size}") String comment) {

	}

	/**
	 * One score 1 (tidak baik) to 4 (sangat baik) per element, named as the regulation
	 * does, so that a refused one is reported as {@code scores.U3}.
	 */
	record Scores(@JsonProperty("U1") @Score Integer U1, @JsonProperty("U2") @Score Integer U2,
			@JsonProperty("U3") @Score Integer U3, @JsonProperty("U4") @Score Integer U4,
			@JsonProperty("U5") @Score Integer U5, @JsonProperty("U6") @Score Integer U6,
			@JsonProperty("U7") @Score Integer U7, @JsonProperty("U8") @Score Integer U8,
			@JsonProperty("U9") @Score Integer U9) {

		Map<SurveyElement, Integer> values() {
			List<Integer> scores = List.of(this.U1, this.U2, this.U3, this.U4, this.U5, this.U6, this.U7, this.U8,
					this.U9);
			Map<SurveyElement, Integer> values = new EnumMap<>(SurveyElement.class);
			for (SurveyElement element : SurveyElement.values()) {
				values.put(element, scores.get(element.ordinal()));
			}
			return values;
		}

	}

	/** Required, 1 to 4; one message whichever rule failed. */
	@NotNull
	@Min(1)
	@Max(4)
	@ReportAsSingleViolation
	@Constraint(validatedBy = {})
	@Target(ElementType.FIELD)
	@Retention(RetentionPolicy.RUNTIME)
	@interface Score {

		String message() default "{portal.validation.score.required}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

}
