package id.pengaduan.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * The complainant's identity. It stays in our tables, encrypted (docs/decisions/0011): it
 * never goes into a process variable, a task form or a log line. All fields are optional,
 * because a complaint may come from someone who gives no identity at all.
 */
@Embeddable
public record Complainant(
		@Column(name = "complainant_name") @Convert(converter = PersonalDataConverter.class) String name,
		@Column(name = "complainant_nik") @Convert(converter = PersonalDataConverter.class) String nik,
		@Column(name = "complainant_phone") @Convert(converter = PersonalDataConverter.class) String phone,
		@Column(name = "complainant_email") @Convert(converter = PersonalDataConverter.class) String email) {

	/** NIK digits shown at each end: the regency code and the sequence number. */
	private static final int NIK_SHOWN = 4;

	public static Complainant none() {
		return new Complainant(null, null, null, null);
	}

	/**
	 * The NIK for staff who do not need it: the first and the last four digits
	 * ({@code 3374********0001}), enough to tell two complainants apart on the phone, not
	 * enough to use the number.
	 */
	public String maskedNik() {
		if (this.nik == null || this.nik.isBlank()) {
			return null;
		}
		if (this.nik.length() <= 2 * NIK_SHOWN) {
			return "*".repeat(this.nik.length());
		}
		return this.nik.substring(0, NIK_SHOWN) + "*".repeat(this.nik.length() - 2 * NIK_SHOWN)
				+ this.nik.substring(this.nik.length() - NIK_SHOWN);
	}

	/** Safe for logs and toString: only says whether a field was given. */
	@Override
	public String toString() {
		return "Complainant[name=%s, nik=%s, phone=%s, email=%s]".formatted(given(this.name), given(this.nik),
				given(this.phone), given(this.email));
	}

	private static String given(String value) {
		return (value == null || value.isBlank()) ? "-" : "***";
	}

}
