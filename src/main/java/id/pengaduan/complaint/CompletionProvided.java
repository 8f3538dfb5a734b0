package id.pengaduan.complaint;

/**
 * The citizen sent the missing information; the text stays in the complaint's history.
 */
public record CompletionProvided(Long complaintId) {
}
