/**
 * The SKPD's side of a complaint: disposition, acceptance or return by the liaison
 * officer, first follow-up, handling, the inspectorate's investigation, the final answer
 * and its approval, and closing after the complainant's feedback. The routing table
 * itself is {@code processes/disposition.dmn}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disposition",
		allowedDependencies = { "complaint", "identity", "sla" })
package id.pengaduan.disposition;
