package id.pengaduan.supervision;

import java.util.Set;

import id.pengaduan.identity.StaffMember;

/**
 * Whose rows a member of staff sees on the dashboard: the complaint unit and the
 * supervisors everything, SKPD staff only their SKPD. {@code null} stands for the
 * complaint unit.
 */
record Scope(boolean everything, Set<String> skpds) {

	Scope {
		skpds = Set.copyOf(skpds);
	}

	static Scope of(StaffMember member) {
		return new Scope(member.seesAllSkpds(), member.skpds());
	}

	boolean sees(String unit) {
		return this.everything || (unit != null && this.skpds.contains(unit));
	}

}
