/**
 * Demo data for the default profile: a province with its SKPD, their staff logins, and
 * complaints in every stage, made through the real intake, process and citizen replies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
		allowedDependencies = { "complaint", "identity", "intake", "workflow" })
package id.pengaduan.demo;
