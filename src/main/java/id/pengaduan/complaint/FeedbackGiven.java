package id.pengaduan.complaint;

/**
 * The citizen accepted the answer or said it does not satisfy; the reason stays in the
 * complaint's history.
 */
public record FeedbackGiven(Long complaintId, boolean satisfied) {
}
