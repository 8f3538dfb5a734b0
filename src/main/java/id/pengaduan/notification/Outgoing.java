package id.pengaduan.notification;

import java.time.Instant;

/**
 * A message to record: {@code key} is its idempotency key (one message per cause and
 * recipient), {@code notBefore} null for "now", {@code recipientUser} the officer a staff
 * message is for. A recipient {@code group:<id>} is resolved to the group's addresses
 * when the message is sent.
 */
record Outgoing(String key, Long complaintId, ChannelName channel, MessageKind kind, Audience audience,
		String recipient, String recipientMasked, String language, String subject, String text, String html,
		Instant notBefore, String recipientUser) {

	/** A message to a citizen, or to a whole group ({@code group:<id>} as recipient). */
	Outgoing(String key, Long complaintId, ChannelName channel, MessageKind kind, Audience audience, String recipient,
			String recipientMasked, String language, String subject, String text, String html, Instant notBefore) {
		this(key, complaintId, channel, kind, audience, recipient, recipientMasked, language, subject, text, html,
				notBefore, null);
	}

	/**
	 * An address as the log shows it: {@code w***@example.org}, {@code ********0123}, or
	 * the host of a URL.
	 */
	static String mask(String address) {
		if (address == null || address.isBlank()) {
			return "-";
		}
		int at = address.indexOf('@');
		if (at > 0) {
			return address.charAt(0) + "***" + address.substring(at);
		}
		if (address.startsWith("http")) {
			return java.net.URI.create(address).getHost();
		}
		int shown = Math.min(4, address.length() / 3);
		return "*".repeat(address.length() - shown) + address.substring(address.length() - shown);
	}

	@Override
	public String toString() {
		return "Outgoing[" + this.key + "]";
	}

}
