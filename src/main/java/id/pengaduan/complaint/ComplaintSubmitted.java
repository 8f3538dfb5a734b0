package id.pengaduan.complaint;

/**
 * Published inside the submitting transaction; the workflow starts the process in that
 * same transaction.
 */
public record ComplaintSubmitted(Long complaintId) {
}
