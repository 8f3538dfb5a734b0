package id.pengaduan.portal;

import java.util.List;
import java.util.Map;

import id.pengaduan.Citizen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limits on the citizen's pages, in the context of
 * {@code intake.RateLimitIntegrationTests} (same low limits: 3 complaints and 5 tracking
 * requests per address and hour, 3 wrong codes per number and hour). The form and the API
 * count together.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"pengaduan.intake.submit-limit=3", "pengaduan.intake.tracking-limit=5", "pengaduan.intake.wrong-code-limit=3" })
class RateLimitPagesIntegrationTests {

	private static final String DESCRIPTION = "Loket pendaftaran puskesmas tutup pada jam layanan tanpa pemberitahuan.";

	@LocalServerPort
	int port;

	@Test
	void theFourthComplaintFromOneAddressIsRefusedBesideTheFormWithWhatTheCitizenTyped() {
		PortalSession first = PortalSession.open(this.port);
		for (int i = 0; i < 3; i++) {
			assertThat(first
				.postMultipart("/pengaduan/baru", PortalSession.validComplaint(first.get("/pengaduan/baru")), List.of())
				.status()).as("complaint %d", i + 1).isEqualTo(302);
		}

		PortalSession.Page refused = first.postMultipart("/pengaduan/baru",
				PortalSession.validComplaint(first.get("/pengaduan/baru")), List.of());
		PortalSession other = PortalSession.open(this.port);
		PortalSession.Page accepted = other.postMultipart("/pengaduan/baru",
				PortalSession.validComplaint(other.get("/pengaduan/baru")), List.of());

		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.retryAfter())).isBetween(1L, 20 * 60L);
		assertThat(refused.text("error-summary-title")).isNotNull();
		assertThat(refused.html()).contains("Terlalu banyak pengaduan dikirim dari alamat internet Anda")
			.contains("Coba lagi dalam " + ((Long.parseLong(refused.retryAfter()) + 59) / 60) + " menit");
		assertThat(refused.text("description")).isEqualTo(DESCRIPTION);
		assertThat(accepted.status()).isEqualTo(302);
	}

	@Test
	void guessesOnTheTrackingPageFromManyAddressesAreLimitedPerNumber() {
		Map<String, String> fromItsOwnAddress = Map.of("X-Forwarded-For", "192.0.2.10");
		Citizen.Response submitted = Citizen.post(this.port, "/api/complaints", Citizen.validComplaint(),
				fromItsOwnAddress);
		String number = submitted.json().get("trackingNumber").asText();
		String code = submitted.json().get("accessCode").asText();

		for (int i = 0; i < 3; i++) {
			PortalSession guesser = PortalSession.open(this.port);
			guesser.get("/lacak");
			assertThat(guesser.post("/lacak", Map.of("trackingNumber", number, "accessCode", "ZZZZZZZZZ" + i)).html())
				.contains("Nomor pelacakan atau kode akses salah");
		}
		PortalSession citizen = PortalSession.open(this.port);
		citizen.get("/lacak");
		PortalSession.Page held = citizen.post("/lacak", Map.of("trackingNumber", number, "accessCode", code));

		assertThat(held.status()).isEqualTo(429);
		assertThat(held.retryAfter()).isNotNull();
		assertThat(held.html()).contains("Terlalu banyak permintaan pelacakan");
		assertThat(held.inputValue("trackingNumber")).isEqualTo(number);
	}

	@Test
	void oneAddressTracksOnlySoOftenOnThePages() {
		Citizen.Response submitted = Citizen.post(this.port, "/api/complaints", Citizen.validComplaint(),
				Map.of("X-Forwarded-For", "192.0.2.11"));
		Map<String, String> lookup = Map.of("trackingNumber", submitted.json().get("trackingNumber").asText(),
				"accessCode", submitted.json().get("accessCode").asText());
		PortalSession citizen = PortalSession.open(this.port);
		citizen.get("/lacak");
		for (int i = 0; i < 5; i++) {
			assertThat(citizen.post("/lacak", lookup).status()).as("look-up %d", i + 1).isEqualTo(200);
		}

		PortalSession.Page sixth = citizen.post("/lacak", lookup);

		assertThat(sixth.status()).isEqualTo(429);
		assertThat(sixth.html()).contains("Terlalu banyak permintaan pelacakan");
	}

}
