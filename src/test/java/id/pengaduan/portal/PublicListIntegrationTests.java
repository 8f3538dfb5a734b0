package id.pengaduan.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicListIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ComplaintTasks tasks;

	@Test
	void theListNeverShowsAConfidentialOrUnverifiedComplaintNorAnyPersonalData() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> identity = Map.of("name", "Ratna Kusuma " + marker, "nik", "3374019912310042", "phone",
				"081399887766", "email", "ratna." + marker + "@example.org");
		Citizen.Receipt open = Citizen.submit(this.port, Map.of("complainant", identity, "description",
				"Terbuka " + marker + ": antrean obat di puskesmas sangat lama."));
		Citizen.Receipt confidential = Citizen.submit(this.port, Map.of("complainant", identity, "confidential", true,
				"description", "Rahasia " + marker + ": petugas meminta uang tambahan."));
		Citizen.Receipt anonymous = Citizen.submit(this.port, Map.of("complainant", identity, "anonymous", true,
				"description", "Anonim " + marker + ": ruang tunggu puskesmas bocor."));
		Citizen.submit(this.port, Map.of("complainant", identity, "description",
				"Belum diverifikasi " + marker + ": loket tutup lebih awal."));
		for (Citizen.Receipt receipt : List.of(open, confidential, anonymous)) {
			Staff.verify(this.tasks, receipt.trackingNumber(), "VALID", null);
		}

		String everything = String.join("\n", allPages(PortalSession.open(this.port), "/publik"));

		assertThat(everything).contains("Terbuka " + marker).contains("Anonim " + marker);
		assertThat(everything).doesNotContain("Rahasia " + marker)
			.doesNotContain(confidential.trackingNumber())
			.doesNotContain("Belum diverifikasi " + marker);
		assertThat(everything).doesNotContain(marker + "@example.org")
			.doesNotContain("Ratna Kusuma")
			.doesNotContain("3374019912310042")
			.doesNotContain("081399887766")
			.doesNotContain(open.accessCode());
	}

	@Test
	void theListIsFilteredByCategorySkpdAndStateAndPaged() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 11; i++) {
			Citizen.Receipt receipt = Citizen.submit(this.port, Map.of("category", "LAYANAN_RUMAH_SAKIT", "description",
					"Rumah sakit " + marker + " nomor " + i + ": antrean IGD tidak dilayani."));
			Staff.verify(this.tasks, receipt.trackingNumber(), "VALID", null);
		}
		PortalSession visitor = PortalSession.open(this.port);

		PortalSession.Page first = visitor.get("/publik?category=LAYANAN_RUMAH_SAKIT");
		PortalSession.Page other = visitor.get("/publik?category=PENDIDIKAN");
		PortalSession.Page wrongState = visitor.get("/publik?category=LAYANAN_RUMAH_SAKIT&state=RESOLVED");
		PortalSession.Page wrongUnit = visitor.get("/publik?skpd=dinkes&state=DISPOSED&page=99");
		PortalSession.Page bogus = visitor.get("/publik?category=BUKAN&state=RECEIVED&page=x");

		assertThat(count(first.html(), "class=\"card\"")).isEqualTo(10);
		assertThat(first.text("result-count")).matches("\\d+ pengaduan");
		assertThat(first.html()).contains("href=\"/publik?category=LAYANAN_RUMAH_SAKIT&amp;page=2\"")
			.contains("Halaman 1 dari");
		String byUnit = String.join("\n",
				allPages(visitor, "/publik?category=LAYANAN_RUMAH_SAKIT&skpd=rsud-tugurejo&state=DISPOSED"));
		for (int i = 0; i < 11; i++) {
			assertThat(byUnit).contains("Rumah sakit " + marker + " nomor " + i + ":");
		}
		assertThat(other.html()).doesNotContain(marker);
		assertThat(wrongState.html()).doesNotContain(marker);
		assertThat(wrongUnit.html()).doesNotContain(marker);
		// Unknown filter values are ignored rather than refused.
		assertThat(bogus.status()).isEqualTo(200);
		assertThat(bogus.html()).contains("Halaman 1 dari");
	}

	/** Follows the "next" links from {@code path} to the last page. */
	private static List<String> allPages(PortalSession visitor, String path) {
		List<String> pages = new ArrayList<>();
		String next = path;
		while (next != null) {
			PortalSession.Page page = visitor.get(next);
			assertThat(page.status()).isEqualTo(200);
			pages.add(page.html());
			java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"([^\"]*)\" rel=\"next\"")
				.matcher(page.html());
			next = link.find() ? link.group(1).replace("&amp;", "&") : null;
		}
		return pages;
	}

	private static int count(String html, String needle) {
		return html.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
	}

}
