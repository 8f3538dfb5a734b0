package id.pengaduan.notification;

import java.time.Instant;
import java.util.List;

/**
 * The engine created a user task: published by the workflow inside the transaction that
 * creates it, so a task that rolls back leaves no message. {@code trackingNumber} is the
 * process's business key; no personal data.
 */
public record StaffTaskCreated(String taskId, String trackingNumber, String taskName, List<String> candidateGroups,
		String assignee, Instant due) {
}
