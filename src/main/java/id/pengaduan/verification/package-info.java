/**
 * The complaint unit's verification: valid, incomplete, not our authority, rejected or
 * duplicate.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Verification",
		allowedDependencies = { "complaint", "identity", "sla" })
package id.pengaduan.verification;
