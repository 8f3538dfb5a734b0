package id.pengaduan.complaint;

/**
 * Published inside the submitting transaction; the workflow starts the process in that
 * same transaction. {@code accessCodeToMail} is the access code when the citizen asked
 * for it by email, else null: it exists only here and on his receipt, never stored in
 * plain text.
 */
public record ComplaintSubmitted(Long complaintId, AccessCode accessCodeToMail) {

	public ComplaintSubmitted(Long complaintId) {
		this(complaintId, null);
	}

}
