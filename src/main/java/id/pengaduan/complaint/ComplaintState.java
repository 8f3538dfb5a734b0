package id.pengaduan.complaint;

/**
 * The states of domain.md section 9.2. The Indonesian labels live in the message bundles
 * under {@code state.<NAME>}.
 */
public enum ComplaintState {

	RECEIVED, AWAITING_COMPLETION, VERIFIED, DISPOSED, IN_PROGRESS, UNDER_INVESTIGATION, RESPONDED, REOPENED, ESCALATED,
	RESOLVED, TRANSFERRED, WITHDRAWN, REJECTED_ARCHIVED;

	public boolean isClosed() {
		return this == RESOLVED || this == TRANSFERRED || this == WITHDRAWN || this == REJECTED_ARCHIVED;
	}

}
