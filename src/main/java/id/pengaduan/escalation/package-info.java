/**
 * Who takes over when a complaint cannot be settled at the SKPD: the regional secretary
 * and the inspectorate.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalation",
		allowedDependencies = { "complaint", "identity", "sla" })
package id.pengaduan.escalation;
