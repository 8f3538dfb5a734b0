/**
 * What staff and supervisors look at: the complaint files of their SKPD, with the access
 * rules for identities; the SLA dashboard (open, overdue and at-risk clocks, compliance
 * per SKPD, CSV) and the SLA metrics, read from the database; the holiday calendar's
 * administration page; the audit log's page and CSV, and what it records of them; the
 * complaint beside each task in the Tasklist (the task's complaint found through
 * workflow); the notification log on the case file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
		allowedDependencies = { "audit", "complaint", "identity", "notification", "sla", "workflow" })
package id.pengaduan.supervision;
