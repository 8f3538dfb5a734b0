package id.pengaduan.notification;

/**
 * What a message says; its texts are {@code notification.<NAME>.*} in the bundles. Urgent
 * staff messages are sent at once, the others wait for office hours.
 */
public enum MessageKind {

	RECEIPT, DISPOSED, COMPLETION_REQUESTED, ANSWER, REOPENED, CLOSED, WITHDRAWN, ARCHIVED,

	TASK_CREATED, TASK_DIGEST, SLA_WARNING, SLA_BREACH, ESCALATED;

	/** A breach and an escalation cannot wait for the morning. */
	boolean isUrgent() {
		return this == SLA_BREACH || this == ESCALATED;
	}

}
