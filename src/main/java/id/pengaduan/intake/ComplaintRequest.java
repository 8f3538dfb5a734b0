package id.pengaduan.intake;

import java.time.LocalDate;
import java.util.List;

import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Channel;
import id.pengaduan.complaint.Complainant;
import id.pengaduan.complaint.Submission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new complaint as the API receives it. Messages are keys into the bundles, so errors
 * come back in the caller's language.
 */
record ComplaintRequest(@NotNull(message = "{validation.category.required}") Category category,
		@NotBlank(message = "{validation.region.required}") String regionCode,
		@Size(max = 500, message = "{validation.location.size}") String location,
		@DecimalMin(value = "-90", message = "{validation.latitude.range}") @DecimalMax(value = "90",
				message = "{validation.latitude.range}") Double latitude,
		@DecimalMin(value = "-180", message = "{validation.longitude.range}") @DecimalMax(value = "180",
				message = "{validation.longitude.range}") Double longitude,
		@PastOrPresent(message = "{validation.eventDate.future}") LocalDate eventDate,
		@NotBlank(message = "{validation.description.required}") @Size(min = 20, max = 8000,
				message = "{validation.description.size}") String description,
		String skpd, boolean anonymous, boolean confidential, @Valid ComplainantRequest complainant,
		@AssertTrue(message = "{validation.consent.required}") boolean consent, boolean mailAccessCode) {

	/**
	 * UU 25/2009 asks for the complainant's name and a way to reach him unless he chooses
	 * to stay anonymous.
	 */
	@AssertTrue(message = "{validation.complainant.required}")
	boolean isIdentifiedUnlessAnonymous() {
		if (this.anonymous) {
			return true;
		}
		return this.complainant != null && hasText(this.complainant.name())
				&& (hasText(this.complainant.phone()) || hasText(this.complainant.email()));
	}

	@AssertTrue(message = "{validation.eventDate.past}")
	boolean isEventDateNotTooOld() {
		return this.eventDate == null || !this.eventDate.isBefore(Submission.EARLIEST_EVENT_DATE);
	}

	/**
	 * {@code language}: the one the caller asked for (Accept-Language), for his messages.
	 */
	Submission toSubmission(Channel channel, String language) {
		Complainant identity = (this.complainant != null) ? new Complainant(trim(this.complainant.name()),
				trim(this.complainant.nik()), trim(this.complainant.phone()), trim(this.complainant.email()))
				: Complainant.none();
		return new Submission(channel, this.category, this.regionCode, trim(this.location), this.latitude,
				this.longitude, this.eventDate, this.description.strip(), identity, this.anonymous, this.confidential,
				hasText(this.skpd) ? this.skpd : null, List.of(), language, this.mailAccessCode);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static String trim(String value) {
		return hasText(value) ? value.strip() : null;
	}

	record ComplainantRequest(@Size(max = 200, message = "{validation.name.size}") String name,
			// NIK: 16 digits (UU 24/2013 on civil registration).
			@Pattern(regexp = "\\d{16}", message = "{validation.nik.format}") String nik,
			@Pattern(regexp = "(\\+62|62|0)\\d{8,13}", message = "{validation.phone.format}") String phone,
			@Email(message = "{validation.email.format}") @Size(max = 200,
					message = "{validation.email.format}") String email) {

		@Override
		public String toString() {
			return "ComplainantRequest[***]";
		}

	}

}
