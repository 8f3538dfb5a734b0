package id.pengaduan.notification;

import java.time.Instant;

/**
 * One line of a complaint's notification log: what, to whom (masked), when, with what
 * result. {@code lastError} names the failure, never an address.
 */
public record NotificationLogEntry(long id, MessageKind kind, String channel, String audience, String recipientMasked,
		String status, int attempts, Instant createdAt, Instant sentAt, String lastError) {

	public boolean isFailed() {
		return Outbox.FAILED.equals(this.status);
	}

	public boolean isSent() {
		return Outbox.SENT.equals(this.status);
	}

	public boolean isForCitizen() {
		return Audience.CITIZEN.name().equals(this.audience);
	}

}
