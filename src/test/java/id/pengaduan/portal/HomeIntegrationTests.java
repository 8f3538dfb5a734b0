package id.pengaduan.portal;

import java.util.Locale;
import java.util.Map;

import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.complaint.Category;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	MessageSource messages;

	@Test
	void theHomePageTellsWhatCanBeComplainedAboutThePledgeAndTheDeadlines() {
		PortalSession.Page home = PortalSession.open(this.port).get("/");

		assertThat(home.status()).isEqualTo(200);
		assertThat(home.html()).contains("<html lang=\"id\">");
		for (Category category : Category.values()) {
			assertThat(home.html()).contains(text("category." + category))
				.contains(text("portal.category.help." + category));
		}
		assertThat(home.html()).contains("Administrasi kependudukan (KTP-el, KK, akta)")
			.contains("KTP elektronik, kartu keluarga")
			.contains("Maklumat pelayanan")
			.contains("paling lambat 3 hari kerja setelah diterima")
			.contains("paling lambat 5 hari kerja")
			.contains("punya 10 hari kerja")
			.contains("60 hari sejak berkasnya lengkap")
			.contains("href=\"/pengaduan/baru\"")
			.contains("href=\"/lacak\"")
			.contains("href=\"/publik\"")
			.contains("<a class=\"staff-login\" href=\"/login\">Masuk petugas</a>");
	}

	@Test
	void theFiguresCountThisMonthsComplaintsAndTheAnswers() {
		PortalSession visitor = PortalSession.open(this.port);
		long received = Long.parseLong(visitor.get("/").text("figure-received"));
		long resolved = Long.parseLong(visitor.get("/").text("figure-resolved"));

		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.answer(this.tasks, receipt.trackingNumber(), "Jadwal loket sudah dipasang.");
		Citizen.post(this.port, "/api/complaints/" + receipt.trackingNumber() + "/feedback", Map.of("satisfied", true),
				receipt.header());
		this.tasks.runContinuations(receipt.trackingNumber());
		PortalSession.Page after = visitor.get("/");

		assertThat(Long.parseLong(after.text("figure-received"))).isEqualTo(received + 1);
		assertThat(Long.parseLong(after.text("figure-resolved"))).isEqualTo(resolved + 1);
		assertThat(Long.parseLong(after.text("figure-inProgress"))).isGreaterThanOrEqualTo(0);
		// Answered the same day: no working day has passed.
		assertThat(after.text("figure-average")).matches("\\d+,\\d");
	}

	private String text(String key) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, Locale.forLanguageTag("id")));
	}

	@Test
	void theHomePageSpeaksEnglishWhenAsked() {
		PortalSession.Page home = PortalSession.open(this.port).get("/?lang=en");

		assertThat(home.html()).contains("<html lang=\"en\">").contains("What can I complain about?");
	}

}
