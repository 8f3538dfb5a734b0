package id.pengaduan.supervision;

import id.pengaduan.complaint.Complaint;
import id.pengaduan.identity.StaffMember;

/**
 * Who may see which complaint file, and whose identity. Fails closed: a member with no
 * role sees nothing.
 */
final class CaseAccess {

	private CaseAccess() {
	}

	/**
	 * The complaint unit and the supervisors see every file; SKPD staff only their
	 * SKPD's.
	 */
	static boolean maySee(StaffMember member, Complaint complaint) {
		return member.seesAllSkpds() || member.worksFor(complaint.getSkpd());
	}

	/** An anonymous complainant's identity is for the complaint unit's verifiers only. */
	static boolean maySeeIdentity(StaffMember member, Complaint complaint) {
		return maySee(member, complaint) && (!complaint.isAnonymous() || member.seesHiddenIdentity());
	}

	/**
	 * The whole NIK is for the complaint unit's verifiers, who check it against the civil
	 * registry; everybody else sees it masked ({@code 3374********0001}).
	 */
	static String nikFor(StaffMember member, Complaint complaint) {
		return member.seesHiddenIdentity() ? complaint.getComplainant().nik() : complaint.getComplainant().maskedNik();
	}

}
