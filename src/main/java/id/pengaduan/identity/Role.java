package id.pengaduan.identity;

/**
 * Staff roles (domain.md 9.1). Roles inside an SKPD are Camunda groups named
 * {@code <skpd>-<suffix>}; the others are one group each.
 */
public enum Role {

	/**
	 * Complaint unit (admin instansi): verifies, classifies and disposes; the only role
	 * that sees hidden identities.
	 */
	VERIFIER("verifikator", false),
	/**
	 * Pejabat penghubung of an SKPD: accepts or returns a disposition, posts the first
	 * follow-up.
	 */
	LIAISON("penghubung", true),
	/** Technical unit of an SKPD that handles the complaint and drafts the answer. */
	HANDLER("penangan", true),
	/** Head of the SKPD: approves the final answer; first escalation level. */
	HEAD("kepala", true),
	/** APIP / Inspektorat: investigates complaints about misconduct. */
	INSPECTORATE("inspektorat", false),
	/** Sekretaris Daerah: the top of the internal escalation chain. */
	REGIONAL_SECRETARY("sekda", false);

	private final String suffix;

	private final boolean perSkpd;

	Role(String suffix, boolean perSkpd) {
		this.suffix = suffix;
		this.perSkpd = perSkpd;
	}

	public boolean isPerSkpd() {
		return this.perSkpd;
	}

	/**
	 * The Camunda group id of this role; {@code skpd} is ignored for roles that are not
	 * per SKPD.
	 */
	public String groupId(String skpd) {
		return this.perSkpd ? skpd + "-" + this.suffix : this.suffix;
	}

	String suffix() {
		return this.suffix;
	}

}
