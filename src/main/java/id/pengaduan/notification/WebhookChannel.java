package id.pengaduan.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The second channel: each message as JSON, POSTed to
 * {@code pengaduan.notification.webhook.url} (an SMS or WhatsApp gateway), signed with
 * HMAC-SHA256 of the body under the configured secret in
 * {@code X-Pengaduan-Signature: sha256=<hex>}, with the message's idempotency key in
 * {@code Idempotency-Key} so the gateway can drop a repeat. Anything but a 2xx is a
 * failure, retried like a mail.
 */
@Component
class WebhookChannel implements NotificationChannel {

	static final String SIGNATURE_HEADER = "X-Pengaduan-Signature";

	/** A gateway that does not answer within this is down for this attempt. */
	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final NotificationProperties.Webhook webhook;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	WebhookChannel(NotificationProperties properties) {
		this.webhook = properties.webhook();
		if (this.webhook.enabled() && (this.webhook.secret() == null || this.webhook.secret().length() < 32)) {
			throw new IllegalStateException("Refusing to start: PENGADUAN_WEBHOOK_URL is set without a"
					+ " PENGADUAN_WEBHOOK_SECRET of at least 32 characters to sign the messages (docs/notifications.md)");
		}
	}

	@Override
	public ChannelName name() {
		return ChannelName.WEBHOOK;
	}

	@Override
	public boolean isReady() {
		return this.webhook.enabled();
	}

	@Override
	public void deliver(Outbox.Delivery delivery) throws IOException, InterruptedException {
		byte[] body = delivery.text().getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.webhook.url()))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", delivery.key())
			.header(SIGNATURE_HEADER, "sha256=" + sign(this.webhook.secret(), body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		int status = this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		if (status < 200 || status > 299) {
			throw new IOException("Webhook answered HTTP " + status);
		}
	}

	static String sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
