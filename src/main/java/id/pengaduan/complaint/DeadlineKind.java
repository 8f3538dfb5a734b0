package id.pengaduan.complaint;

/**
 * Which clock the complaint's next deadline belongs to; labels in the bundles under
 * {@code deadline.<NAME>}.
 */
public enum DeadlineKind {

	/** SP4N-LAPOR!: verify and forward within 3 working days. */
	VERIFICATION,
	/**
	 * UU 25/2009, read in the complainant's favour: 30 working days to complete the file.
	 */
	COMPLETION,
	/** Return or accept a disposition within 1 working day (domain.md 9.3 #9). */
	ACCEPTANCE,
	/** SP4N-LAPOR!: first follow-up within 5 working days. */
	FIRST_RESPONSE,
	/** Resolution SLA by category, capped by UU 25/2009's 60 days. */
	RESOLUTION,
	/** SP4N-LAPOR!: closed after 10 silent working days. */
	FEEDBACK,
	/** Escalation owner decides (default 5 working days). */
	ESCALATION

}
