package id.pengaduan.audit;

/**
 * What a member of staff did that the log keeps, beside the staff steps the complaint's
 * history already holds. None of them carries personal data in its detail.
 */
public enum AuditAction {

	/** A case file showed the complainant's name, NIK, phone or email to this viewer. */
	IDENTITY_VIEWED,
	/**
	 * A case file showed the citizen's own attachment file names (they may carry a NIK).
	 */
	ORIGINAL_NAMES_VIEWED,
	/** An attached file was downloaded; the detail is its neutral name. */
	ATTACHMENT_OPENED,
	/** A table left the application as CSV; the detail names the table. */
	EXPORTED,
	/**
	 * An administrator imported the holiday file; the detail counts the days added and
	 * changed and the SKB years recorded.
	 */
	CALENDAR_IMPORTED,
	/**
	 * An administrator recomputed the open clocks after a calendar change; the detail
	 * says how many moved of how many.
	 */
	DEADLINES_RECOMPUTED

}
