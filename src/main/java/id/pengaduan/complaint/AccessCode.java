package id.pengaduan.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret that pairs with a tracking number. Only its hash is stored; the citizen sees
 * the code once, on the receipt. 10 characters from a 31-letter alphabet without
 * look-alikes (0/O, 1/I/L) give about 49 bits.
 */
public record AccessCode(String value) {

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	public static AccessCode generate() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return new AccessCode(code.toString());
	}

	public String hash() {
		return hash(this.value);
	}

	/** Case and spaces are forgiven: citizens copy codes from paper receipts. */
	static String hash(String code) {
		String normalized = code.replaceAll("[\\s-]", "").toUpperCase();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean matches(String candidate, String storedHash) {
		if (candidate == null || storedHash == null) {
			return false;
		}
		return MessageDigest.isEqual(hash(candidate).getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}

	@Override
	public String toString() {
		return "AccessCode[***]";
	}

}
