package id.pengaduan.escalation;

/** What the escalation owner decides. */
public enum EscalationDecision {

	/** Back to the SKPD's handler with a new deadline. */
	REASSIGN,
	/** Settled with a final decision that the complainant sees. */
	CLOSE

}
