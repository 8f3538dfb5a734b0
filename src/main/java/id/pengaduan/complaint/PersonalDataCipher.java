package id.pengaduan.complaint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the complainant's name, NIK, phone and email before they reach the database:
 * AES-256-GCM, a random 96-bit IV per value, stored as {@code enc1:<key id>:<base64 of IV
 * and ciphertext>}. The newest key (the first configured) encrypts; every configured key
 * decrypts, so keys can be rotated (docs/decisions/0011).
 * <p>
 * The notification outbox seals its recipients and bodies with it too.
 * <p>
 * The demo and the tests get a fixed key; anywhere else the application refuses to start
 * without a key of its own, or with the demo's.
 */
@Component
public class PersonalDataCipher {

	static final String PREFIX = "enc1:";

	/** Known to everybody who reads this file: the demo's and the tests' only. */
	static final String DEMO_KEY = "demo:" + Base64.getEncoder()
		.encodeToString("pengaduan-demo-key-not-a-secret!".getBytes(StandardCharsets.US_ASCII));

	private static final Pattern KEY = Pattern.compile("([A-Za-z0-9_-]{1,16}):([A-Za-z0-9+/=]+)");

	/** NIST SP 800-38D: a 96-bit IV, random for every value, and a 128-bit tag. */
	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, SecretKey> keys = new LinkedHashMap<>();

	private final String newest;

	PersonalDataCipher(PersonalDataProperties properties, @Value("${pengaduan.demo.enabled:false}") boolean demo) {
		List<String> configured = properties.keys();
		if (configured.isEmpty() && demo) {
			configured = List.of(DEMO_KEY);
		}
		if (configured.isEmpty()) {
			throw new IllegalStateException("Refusing to start outside the demo without a key for personal data:"
					+ " set PENGADUAN_PERSONAL_DATA_KEYS to <id>:<base64 of 32 random bytes> (docs/security.md)");
		}
		if (!demo && configured.contains(DEMO_KEY)) {
			throw new IllegalStateException("Refusing to start outside the demo with the demo's personal-data key:"
					+ " set PENGADUAN_PERSONAL_DATA_KEYS to a key of your own (docs/security.md)");
		}
		for (String entry : configured) {
			var matcher = KEY.matcher(entry);
			byte[] key = matcher.matches() ? decodeOrNull(matcher.group(2)) : null;
			if (key == null || key.length != 32) {
				throw new IllegalStateException("Refusing to start: every entry of PENGADUAN_PERSONAL_DATA_KEYS must be"
						+ " <id>:<base64 of 32 bytes>, newest first (docs/security.md)");
			}
			this.keys.putIfAbsent(matcher.group(1), new SecretKeySpec(key, "AES"));
		}
		this.newest = this.keys.keySet().iterator().next();
	}

	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		byte[] iv = new byte[IV_BYTES];
		RANDOM.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.newest), new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] stored = new byte[IV_BYTES + sealed.length];
			System.arraycopy(iv, 0, stored, 0, IV_BYTES);
			System.arraycopy(sealed, 0, stored, IV_BYTES, sealed.length);
			return PREFIX + this.newest + ":" + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * The plain value. A value without the prefix is returned as it is: a row written
	 * before V9 that the migration has not reached (the key rotation encrypts it).
	 */
	public String decrypt(String stored) {
		if (stored == null || !stored.startsWith(PREFIX)) {
			return stored;
		}
		int colon = stored.indexOf(':', PREFIX.length());
		String keyId = (colon > 0) ? stored.substring(PREFIX.length(), colon) : "";
		SecretKey key = this.keys.get(keyId);
		if (key == null) {
			// The message names the key, never the value.
			throw new IllegalStateException("Personal data was encrypted with key '" + keyId
					+ "', which is not configured: keep every old key in PENGADUAN_PERSONAL_DATA_KEYS until the"
					+ " rotation has re-encrypted its values");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
			return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("A personal-data value under key '" + keyId + "' does not decrypt", ex);
		}
	}

	/** The start every value encrypted with the newest key has. */
	String newestPrefix() {
		return PREFIX + this.newest + ":";
	}

	private static byte[] decodeOrNull(String base64) {
		try {
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
