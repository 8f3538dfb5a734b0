package id.pengaduan.sla;

/**
 * The clocks of domain.md 9.3. Most count working days; the UU 25/2009 ceilings count
 * calendar days, the stricter reading for the agency (domain.md 1.2).
 */
public enum SlaStage {

	/**
	 * SP4N-LAPOR!: verified and forwarded within 3 working days; pauses while waiting on
	 * the complainant.
	 */
	VERIFICATION(false, true),
	/**
	 * The complainant's window to complete the file (UU 25/2009: 30 days, read as working
	 * days).
	 */
	COMPLETION(false, false),
	/** The SKPD's liaison accepts or returns a disposition within 1 working day. */
	ACCEPTANCE(false, true),
	/** SP4N-LAPOR!: first follow-up within 5 working days of the disposition. */
	FIRST_RESPONSE(false, true),
	/** Resolution by category (domain.md 9.3 #12); after a reopen, 5 working days. */
	RESOLUTION(false, true),
	/** The complainant's feedback window, 10 working days (SP4N-LAPOR!). */
	FEEDBACK(false, false),
	/** The escalation owner decides within 5 working days. */
	ESCALATION(false, true),
	/** UU 25/2009: a written complaint is answered within 14 days of receipt. */
	LEGAL_RESPONSE(true, true),
	/** UU 25/2009 Pasal 50(1): a decision within 60 days of the complete file. */
	LEGAL_DECISION(true, true);

	private final boolean calendarDays;

	private final boolean bindsTheAgency;

	SlaStage(boolean calendarDays, boolean bindsTheAgency) {
		this.calendarDays = calendarDays;
		this.bindsTheAgency = bindsTheAgency;
	}

	public boolean countsCalendarDays() {
		return this.calendarDays;
	}

	/**
	 * Clocks the complainant runs (completion, feedback) are never breaches of the
	 * agency.
	 */
	public boolean bindsTheAgency() {
		return this.bindsTheAgency;
	}

	/**
	 * The UU 25/2009 ceilings: near them a complaint is at risk of undue delay (penundaan
	 * berlarut).
	 */
	public boolean isLegalCeiling() {
		return this == LEGAL_RESPONSE || this == LEGAL_DECISION;
	}

}
