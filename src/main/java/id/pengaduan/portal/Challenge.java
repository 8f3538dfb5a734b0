package id.pengaduan.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * A small sum the citizen answers to show he is not a script; needs no outside service
 * and no server state. The question travels in a hidden field as
 * {@code a.b.expiry.nonce.signature}, signed with HMAC-SHA256, so it cannot be changed to
 * one the sender chose; the answer is never in the page.
 */
@Component
class Challenge {

	/** Long enough for a citizen who writes a long description on a phone. */
	static final Duration LIFETIME = Duration.ofHours(2);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final byte[] secret;

	private final Clock clock;

	Challenge(PortalProperties properties, Clock clock) {
		this.secret = properties.challengeSecret().getBytes(StandardCharsets.UTF_8);
		this.clock = clock;
	}

	Question issue() {
		int a = 1 + RANDOM.nextInt(9);
		int b = 1 + RANDOM.nextInt(9);
		long expiry = this.clock.instant().plus(LIFETIME).getEpochSecond();
		String nonce = HexFormat.of().formatHex(nonce());
		String payload = a + "." + b + "." + expiry + "." + nonce;
		return new Question(a, b, payload + "." + sign(payload));
	}

	/** The question a token carries, if the token is ours and unchanged. */
	Question read(String token) {
		String[] parts = (token != null) ? token.split("\\.") : new String[0];
		if (parts.length != 5) {
			return null;
		}
		String payload = String.join(".", parts[0], parts[1], parts[2], parts[3]);
		if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
				parts[4].getBytes(StandardCharsets.US_ASCII))) {
			return null;
		}
		try {
			return new Question(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), token);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	Outcome check(String token, String answer) {
		Question question = read(token);
		if (question == null) {
			return Outcome.INVALID;
		}
		long expiry = Long.parseLong(token.split("\\.")[2]);
		if (Instant.ofEpochSecond(expiry).isBefore(this.clock.instant())) {
			return Outcome.EXPIRED;
		}
		String typed = (answer != null) ? answer.strip() : "";
		return typed.equals(String.valueOf(question.a() + question.b())) ? Outcome.PASSED : Outcome.WRONG;
	}

	private static byte[] nonce() {
		byte[] nonce = new byte[8];
		RANDOM.nextBytes(nonce);
		return nonce;
	}

	private String sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** "What is a + b?", with the signed token that goes into the hidden field. */
	record Question(int a, int b, String token) {
	}

	enum Outcome {

		PASSED, WRONG, EXPIRED, INVALID

	}

}
