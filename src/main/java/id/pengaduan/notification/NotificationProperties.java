package id.pengaduan.notification;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How messages are sent: the sender's address, the public address the links point to, the
 * retry schedule, office hours for staff messages that can wait, and the webhook.
 *
 * @param publicUrl where citizens reach the portal; every link in a message starts here
 * @param from the sender of every mail
 * @param maxAttempts attempts before a message is FAILED and waits for a person to resend
 * it
 * @param firstRetry the wait after the first failure; each further wait doubles
 * @param longestRetry the longest wait between two attempts
 * @param lease how long a node holds a message it took; after that another node may take
 * it (the first died while sending)
 * @param batchSize messages one round of the sender takes
 * @param sendCron when the sender looks for due messages ("-" in the tests, which call
 * it)
 * @param digestCron when the daily digest of new tasks is written
 * @param officeOpens start of office hours in the region's zone
 * @param officeCloses end of office hours
 * @param ombudsmanUrl where a citizen may take a complaint he thinks badly handled
 * @param webhook the second channel; no URL, no webhook messages
 */
@ConfigurationProperties("pengaduan.notification")
public record NotificationProperties(@DefaultValue("http://localhost:8080") URI publicUrl,
		@DefaultValue("pengaduan@localhost") String from, @DefaultValue("8") int maxAttempts,
		@DefaultValue("PT1M") Duration firstRetry, @DefaultValue("PT6H") Duration longestRetry,
		@DefaultValue("PT5M") Duration lease, @DefaultValue("20") int batchSize,
		@DefaultValue("*/10 * * * * *") String sendCron, @DefaultValue("0 0 8 * * MON-FRI") String digestCron,
		@DefaultValue("08:00") LocalTime officeOpens, @DefaultValue("16:00") LocalTime officeCloses,
		@DefaultValue("https://ombudsman.go.id/pengaduan") String ombudsmanUrl, @DefaultValue Webhook webhook) {

	/**
	 * The wait before attempt {@code attempt + 1}: {@code firstRetry} doubled for each
	 * earlier failure, at most {@code longestRetry}.
	 */
	Duration retryAfter(int attempt) {
		Duration wait = this.firstRetry.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
		return (wait.compareTo(this.longestRetry) > 0) ? this.longestRetry : wait;
	}

	String link(String path) {
		String base = this.publicUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

	/**
	 * @param url where each message is POSTed as JSON; empty: no webhook
	 * @param secret key of the HMAC-SHA256 signature in {@code X-Pengaduan-Signature}
	 */
	public record Webhook(String url, String secret) {

		boolean enabled() {
			return this.url != null && !this.url.isBlank();
		}

	}

}
