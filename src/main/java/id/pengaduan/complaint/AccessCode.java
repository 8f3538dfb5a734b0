package id.pengaduan.complaint;

import java.security.SecureRandom;

/**
 * The secret that pairs with a tracking number. Only its HMAC is stored
 * ({@link AccessCodes}); the citizen sees the code once, on the receipt. 10 characters
 * from a 31-letter alphabet without look-alikes (0/O, 1/I/L) give about 49 bits.
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

	/** Case and spaces are forgiven: citizens copy codes from paper receipts. */
	static String normalize(String code) {
		return code.replaceAll("[\\s-]", "").toUpperCase();
	}

	@Override
	public String toString() {
		return "AccessCode[***]";
	}

}
