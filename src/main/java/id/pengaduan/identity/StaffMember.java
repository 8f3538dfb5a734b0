package id.pengaduan.identity;

import java.util.Set;

/** A logged-in member of staff: his user id, the SKPD he works for and his roles. */
public record StaffMember(String userId, Set<String> skpds, Set<Role> roles) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean worksFor(String skpd) {
		return skpd != null && this.skpds.contains(skpd);
	}

	/** The complaint unit and the supervisors see complaints of every SKPD. */
	public boolean seesAllSkpds() {
		return has(Role.VERIFIER) || has(Role.INSPECTORATE) || has(Role.REGIONAL_SECRETARY);
	}

	/** Anonymous complainants' identity is for the complaint unit's verifiers only. */
	public boolean seesHiddenIdentity() {
		return has(Role.VERIFIER);
	}

}
