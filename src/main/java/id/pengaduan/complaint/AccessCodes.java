package id.pengaduan.complaint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stores and checks access codes as {@code h2:<HMAC-SHA256 with the server's secret>}: a
 * database dump alone no longer gives the codes (a 49-bit code under a plain SHA-256
 * falls to one pass of a GPU). Codes stored before V9 are unsalted SHA-256, marked
 * {@code h1:} by the migration; they still open their complaint and are rewritten as an
 * HMAC on the first successful check (docs/decisions/0011).
 */
@Component
public class AccessCodes {

	static final String HMAC = "h2:";

	static final String LEGACY_SHA256 = "h1:";

	/** Known to everybody who reads this file: the demo's and the tests' only. */
	static final String DEMO_SECRET = Base64.getEncoder()
		.encodeToString("pengaduan-demo-access-code-hmac!".getBytes(StandardCharsets.US_ASCII));

	private final SecretKeySpec secret;

	AccessCodes(PersonalDataProperties properties, @Value("${pengaduan.demo.enabled:false}") boolean demo) {
		String configured = properties.accessCodeSecret();
		if (configured == null && demo) {
			configured = DEMO_SECRET;
		}
		if (configured == null) {
			throw new IllegalStateException("Refusing to start outside the demo without an access-code secret:"
					+ " set PENGADUAN_ACCESS_CODE_SECRET to the base64 of 32 random bytes (docs/security.md)");
		}
		if (!demo && configured.equals(DEMO_SECRET)) {
			throw new IllegalStateException("Refusing to start outside the demo with the demo's access-code secret:"
					+ " set PENGADUAN_ACCESS_CODE_SECRET to a secret of your own (docs/security.md)");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(configured);
		}
		catch (IllegalArgumentException ex) {
			key = new byte[0];
		}
		if (key.length < 32) {
			throw new IllegalStateException(
					"Refusing to start: PENGADUAN_ACCESS_CODE_SECRET must be the base64 of at least 32 bytes");
		}
		this.secret = new SecretKeySpec(key, "HmacSHA256");
	}

	/** What {@link Complaint#receive} stores for a new complaint's code. */
	public String hash(AccessCode code) {
		return hmac(code.value());
	}

	/**
	 * Whether {@code candidate} is the complaint's code. A code still stored in the old
	 * format is rewritten as an HMAC when it fits (the caller's transaction stores it).
	 */
	public boolean accepts(Complaint complaint, String candidate) {
		String stored = complaint.accessCodeHash();
		if (candidate == null || stored == null) {
			return false;
		}
		if (stored.startsWith(LEGACY_SHA256)) {
			boolean fits = same(LEGACY_SHA256 + sha256(candidate), stored);
			if (fits) {
				complaint.replaceAccessCodeHash(hmac(candidate));
			}
			return fits;
		}
		return same(hmac(candidate), stored);
	}

	private String hmac(String code) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.secret);
			return HMAC + HexFormat.of()
				.formatHex(mac.doFinal(AccessCode.normalize(code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	static String sha256(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(AccessCode.normalize(code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static boolean same(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

}
