package id.pengaduan.complaint;

/**
 * A complaint's history grew by {@code change}, the {@code index}-th entry (from 0).
 * Published synchronously while the transaction that made the change writes it (during
 * Hibernate's flush): a listener may read the complaint and write with plain JDBC in that
 * transaction, and must not load or change entities.
 */
public record ComplaintHistoryRecorded(Complaint complaint, StateChange change, int index) {
}
