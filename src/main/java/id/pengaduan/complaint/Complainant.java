package id.pengaduan.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The complainant's identity. It stays in our tables: it never goes into a process
 * variable, a task form or a log line. All fields are optional, because a complaint may
 * come from someone who gives no identity at all.
 */
@Embeddable
public record Complainant(@Column(name = "complainant_name") String name, @Column(name = "complainant_nik") String nik,
		@Column(name = "complainant_phone") String phone, @Column(name = "complainant_email") String email) {

	public static Complainant none() {
		return new Complainant(null, null, null, null);
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
