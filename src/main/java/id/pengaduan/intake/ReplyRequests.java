package id.pengaduan.intake;

import jakarta.validation.constraints.AssertTrue;
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

}
