/**
 * How complaints arrive and how the citizen follows them: the JSON API, its validation,
 * tracking numbers and access codes, completion and feedback.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake",
		allowedDependencies = { "complaint", "identity", "notification", "sla" })
package id.pengaduan.intake;
