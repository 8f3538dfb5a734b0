package id.pengaduan.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTests {

	static final String OLD = "k1:" + key("an old key of exactly 32 bytes!!");

	static final String NEW = "k2:" + key("the newest key, also 32 bytes!!!");

	static final String NIK = "3374010101900001";

	@Test
	void aNikIsStoredAsCiphertextUnderTheKeysIdWithAFreshIvEachTime() {
		PersonalDataCipher cipher = cipher(List.of(NEW, OLD), false);

		String first = cipher.encrypt(NIK);
		String second = cipher.encrypt(NIK);

		assertThat(first).startsWith("enc1:k2:").doesNotContain(NIK).doesNotContain("3374");
		assertThat(second).isNotEqualTo(first);
		assertThat(cipher.decrypt(first)).isEqualTo(NIK);
		assertThat(cipher.decrypt(second)).isEqualTo(NIK);
	}

	@Test
	void afterARotationTheNewestKeyEncryptsAndTheOldOneStillDecrypts() {
		String underTheOldKey = cipher(List.of(OLD), false).encrypt(NIK);

		PersonalDataCipher rotated = cipher(List.of(NEW, OLD), false);

		assertThat(rotated.decrypt(underTheOldKey)).isEqualTo(NIK);
		assertThat(rotated.encrypt(NIK)).startsWith(rotated.newestPrefix()).startsWith("enc1:k2:");
		assertThatThrownBy(() -> cipher(List.of(NEW), false).decrypt(underTheOldKey)).hasMessageContaining("key 'k1'")
			.hasMessageNotContaining(NIK);
	}

	@Test
	void aTamperedValueDoesNotDecrypt() {
		PersonalDataCipher cipher = cipher(List.of(NEW), false);
		String stored = cipher.encrypt(NIK);
		char last = stored.charAt(stored.length() - 3);
		String tampered = stored.substring(0, stored.length() - 3) + (last == 'A' ? 'B' : 'A')
				+ stored.substring(stored.length() - 2);

		assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void outsideTheDemoItRefusesToStartWithoutAKeyOrWithTheDemosKey() {
		assertThatThrownBy(() -> cipher(List.of(), false)).hasMessageStartingWith("Refusing to start")
			.hasMessageContaining("PENGADUAN_PERSONAL_DATA_KEYS");
		assertThatThrownBy(() -> cipher(List.of("${PENGADUAN_PERSONAL_DATA_KEYS}"), false))
			.hasMessageContaining("without a key");
		assertThatThrownBy(() -> cipher(List.of(PersonalDataCipher.DEMO_KEY), false))
			.hasMessageContaining("the demo's personal-data key");
		assertThatThrownBy(() -> cipher(List.of("k1:" + key("too short")), false))
			.hasMessageContaining("<id>:<base64 of 32 bytes>");
	}

	@Test
	void theDemoAndTheTestsGetAFixedKey() {
		assertThat(cipher(List.of(), true).encrypt(NIK)).startsWith("enc1:demo:");
		assertThat(cipher(List.of(), true).decrypt(cipher(List.of(), true).encrypt(NIK))).isEqualTo(NIK);
	}

	static PersonalDataCipher cipher(List<String> keys, boolean demo) {
		return new PersonalDataCipher(new PersonalDataProperties(keys, null, Period.ofYears(5)), demo);
	}

	static String key(String bytes) {
		return Base64.getEncoder().encodeToString(bytes.getBytes(StandardCharsets.US_ASCII));
	}

}
