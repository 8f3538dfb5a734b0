package id.pengaduan.verification;

/**
 * What the verifier decided (LAPOR! admin actions A1 verify, A3 not our authority, A4
 * archive).
 */
public enum VerificationOutcome {

	VALID, INCOMPLETE, NOT_AUTHORITY, REJECTED, DUPLICATE;

	/** Every outcome but VALID is explained to the citizen in a note. */
	public boolean needsNote() {
		return this != VALID;
	}

}
