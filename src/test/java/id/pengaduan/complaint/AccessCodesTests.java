package id.pengaduan.complaint;

import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessCodesTests {

	static final AccessCodes CODES = codes(PersonalDataCipherTests.key("0123456789abcdef0123456789abcdef"), false);

	@Test
	void theStoredValueIsAnHmacWithTheServersSecretNotTheCodesSha256() {
		AccessCode code = AccessCode.generate();

		String stored = CODES.hash(code);

		assertThat(stored).startsWith("h2:").hasSize(67);
		assertThat(stored).doesNotContain(AccessCodes.sha256(code.value()));
		assertThat(codes(AccessCodes.DEMO_SECRET, true).hash(code)).isNotEqualTo(stored);
	}

	@Test
	void onlyItsOwnAccessCodeOpensIt() {
		AccessCode code = AccessCode.generate();
		Complaint complaint = ComplaintTests.received(code, CODES);

		assertThat(CODES.accepts(complaint, code.value())).isTrue();
		assertThat(CODES.accepts(complaint, code.value().toLowerCase())).isTrue();
		assertThat(CODES.accepts(complaint, AccessCode.generate().value())).isFalse();
		assertThat(CODES.accepts(complaint, null)).isFalse();
	}

	@Test
	void aCodeStoredAsPlainSha256StillOpensItsComplaintAndIsRewrittenAsAnHmac() {
		AccessCode code = AccessCode.generate();
		Complaint complaint = ComplaintTests.received(code, CODES);
		complaint.replaceAccessCodeHash(AccessCodes.LEGACY_SHA256 + AccessCodes.sha256(code.value()));

		assertThat(CODES.accepts(complaint, AccessCode.generate().value())).isFalse();
		assertThat(complaint.accessCodeHash()).startsWith("h1:");
		assertThat(CODES.accepts(complaint, code.value())).isTrue();
		assertThat(complaint.accessCodeHash()).isEqualTo(CODES.hash(code));
		assertThat(CODES.accepts(complaint, code.value())).isTrue();
	}

	@Test
	void outsideTheDemoItRefusesToStartWithoutASecretOrWithTheDemosSecret() {
		assertThatThrownBy(() -> codes(null, false)).hasMessageStartingWith("Refusing to start")
			.hasMessageContaining("PENGADUAN_ACCESS_CODE_SECRET");
		assertThatThrownBy(() -> codes("${PENGADUAN_ACCESS_CODE_SECRET}", false)).hasMessageContaining("without");
		assertThatThrownBy(() -> codes(AccessCodes.DEMO_SECRET, false)).hasMessageContaining("the demo's");
		assertThatThrownBy(() -> codes(PersonalDataCipherTests.key("short"), false))
			.hasMessageContaining("at least 32 bytes");
	}

	static AccessCodes codes(String secret, boolean demo) {
		return new AccessCodes(new PersonalDataProperties(List.of(), secret, Period.ofYears(5)), demo);
	}

}
