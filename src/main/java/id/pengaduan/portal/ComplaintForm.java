package id.pengaduan.portal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import id.pengaduan.complaint.Attachment;
import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Channel;
import id.pengaduan.complaint.Complainant;
import id.pengaduan.complaint.Submission;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The complaint form as the citizen filled it in. Every field is a string as typed, so
 * that a value the server refuses comes back exactly as it was written; the rules and
 * their messages are those of the JSON API ({@code intake.ComplaintRequest}). A JavaBean
 * rather than a record: Spring's binder keeps a refused value only on a bean it could
 * create.
 */
class ComplaintForm {

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
			DateTimeFormatter.ofPattern("d.M.uuuu"));

	private String category;

	private String skpd;

	private String regionCode;

	@Size(max = 500, message = "{validation.location.size}")
	private String location;

	private String latitude;

	private String longitude;

	private String eventDate;

	private String description;

	private List<MultipartFile> attachments = new ArrayList<>();

	@Size(max = 200, message = "{validation.name.size}")
	private String name;

	// NIK: 16 digits (UU 24/2013 on civil registration).
	@Pattern(regexp = "\\s*|\\d{16}", message = "{validation.nik.format}")
	private String nik;

	@Pattern(regexp = "\\s*|(\\+62|62|0)\\d{8,13}", message = "{validation.phone.format}")
	private String phone;

	@Email(message = "{validation.email.format}")
	@Size(max = 200, message = "{validation.email.format}")
	private String email;

	private boolean anonymous;

	private boolean confidential;

	@AssertTrue(message = "{validation.consent.required}")
	private boolean consent;

	/**
	 * The citizen wants his access code by email too (it is shown on the receipt anyway).
	 */
	private boolean mailAccessCode;

	private String challengeToken;

	private String challengeAnswer;

	/**
	 * The rules a field annotation cannot say: values that must parse, names that must
	 * exist, and who must give an identity.
	 */
	void validate(Errors errors, List<String> regionCodes, List<String> skpdCodes, LocalDate today) {
		if (!hasText(this.category)) {
			reject(errors, "category", "validation.category.required");
		}
		else if (categoryValue().isEmpty()) {
			reject(errors, "category", "validation.format");
		}
		if (!hasText(this.regionCode)) {
			reject(errors, "regionCode", "validation.region.required");
		}
		else if (!regionCodes.contains(this.regionCode)) {
			reject(errors, "regionCode", "validation.region.unknown");
		}
		if (hasText(this.skpd) && !skpdCodes.contains(this.skpd)) {
			reject(errors, "skpd", "validation.skpd.unknown");
		}
		checkCoordinate(errors, "latitude", this.latitude, 90);
		checkCoordinate(errors, "longitude", this.longitude, 180);
		if (hasText(this.eventDate)) {
			Optional<LocalDate> date = eventDateValue();
			if (date.isEmpty()) {
				reject(errors, "eventDate", "portal.validation.eventDate.format");
			}
			else if (date.get().isAfter(today)) {
				reject(errors, "eventDate", "validation.eventDate.future");
			}
			else if (date.get().isBefore(Submission.EARLIEST_EVENT_DATE)) {
				reject(errors, "eventDate", "validation.eventDate.past");
			}
		}
		String text = (this.description != null) ? this.description.strip() : "";
		if (text.isEmpty()) {
			reject(errors, "description", "validation.description.required");
		}
		else if (text.length() < 20 || text.length() > 8000) {
			reject(errors, "description", "validation.description.size");
		}
		// UU 25/2009 asks for the complainant's name and a way to reach him unless he
		// chooses to stay anonymous.
		if (!this.anonymous) {
			if (!hasText(this.name)) {
				reject(errors, "name", "validation.complainant.required");
			}
			else if (!hasText(this.phone) && !hasText(this.email)) {
				reject(errors, "phone", "validation.complainant.required");
			}
		}
	}

	Submission toSubmission(List<Attachment> files, String language) {
		return new Submission(Channel.WEB, categoryValue().orElseThrow(), this.regionCode, trim(this.location),
				number(this.latitude), number(this.longitude), eventDateValue().orElse(null), this.description.strip(),
				new Complainant(trim(this.name), trim(this.nik), trim(this.phone), trim(this.email)), this.anonymous,
				this.confidential, hasText(this.skpd) ? this.skpd : null, files, language, this.mailAccessCode);
	}

	boolean hasChosenFiles() {
		return this.attachments != null && this.attachments.stream().anyMatch((file) -> !file.isEmpty());
	}

	private Optional<Category> categoryValue() {
		return Arrays.stream(Category.values()).filter((value) -> value.name().equals(this.category)).findFirst();
	}

	private Optional<LocalDate> eventDateValue() {
		if (!hasText(this.eventDate)) {
			return Optional.empty();
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return Optional.of(LocalDate.parse(this.eventDate.strip(), format));
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing a date
			}
		}
		return Optional.empty();
	}

	private static void checkCoordinate(Errors errors, String field, String value, int limit) {
		if (!hasText(value)) {
			return;
		}
		Double number = number(value);
		if (number == null || number < -limit || number > limit) {
			reject(errors, field, "validation." + field + ".range");
		}
	}

	/**
	 * One message per field, on every form of the portal: a field the binder refused
	 * already (a text with a NUL character) is not also reported as empty.
	 */
	static void reject(Errors errors, String field, String code) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

	/** A decimal number; Indonesian writes the decimal separator as a comma. */
	private static Double number(String value) {
		if (!hasText(value)) {
			return null;
		}
		try {
			double number = Double.parseDouble(value.strip().replace(',', '.'));
			return Double.isFinite(number) ? number : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static String trim(String value) {
		return hasText(value) ? value.strip() : null;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getSkpd() {
		return this.skpd;
	}

	public void setSkpd(String skpd) {
		this.skpd = skpd;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getLatitude() {
		return this.latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return this.longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public String getEventDate() {
		return this.eventDate;
	}

	public void setEventDate(String eventDate) {
		this.eventDate = eventDate;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<MultipartFile> getAttachments() {
		return this.attachments;
	}

	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = attachments;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNik() {
		return this.nik;
	}

	public void setNik(String nik) {
		this.nik = nik;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isAnonymous() {
		return this.anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

	public boolean isConfidential() {
		return this.confidential;
	}

	public void setConfidential(boolean confidential) {
		this.confidential = confidential;
	}

	public boolean isMailAccessCode() {
		return this.mailAccessCode;
	}

	public void setMailAccessCode(boolean mailAccessCode) {
		this.mailAccessCode = mailAccessCode;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getChallengeToken() {
		return this.challengeToken;
	}

	public void setChallengeToken(String challengeToken) {
		this.challengeToken = challengeToken;
	}

	public String getChallengeAnswer() {
		return this.challengeAnswer;
	}

	public void setChallengeAnswer(String challengeAnswer) {
		this.challengeAnswer = challengeAnswer;
	}

	@Override
	public String toString() {
		return "ComplaintForm[" + this.category + ", " + this.regionCode + ", identity ***]";
	}

}
