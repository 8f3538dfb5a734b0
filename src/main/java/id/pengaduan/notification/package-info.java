/**
 * Messages to citizens and staff, by mail and by webhook: written to a transactional
 * outbox in the transaction of the change that causes them, sent after commit with
 * retries, logged per complaint (docs/notifications.md, docs/decisions/0019).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
		allowedDependencies = { "complaint", "identity", "sla" })
package id.pengaduan.notification;
