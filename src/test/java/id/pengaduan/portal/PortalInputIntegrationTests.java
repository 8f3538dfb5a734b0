package id.pengaduan.portal;

import java.util.List;
import java.util.Map;

import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input the portal's pages used to answer with a 500: a NUL character in a field is named
 * beside the field, an unknown language is ignored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalInputIntegrationTests {

	private static final String NUL_MESSAGE = "Teks ini memuat karakter kendali NUL yang tidak dapat disimpan; hapus karakter itu.";

	@LocalServerPort
	int port;

	@Autowired
	Complaints complaints;

	@Autowired
	ComplaintTasks tasks;

	@ParameterizedTest
	@ValueSource(strings = { "description", "location", "name", "phone" })
	void aNulCharacterOnTheComplaintFormIsNamedBesideItsField(String field) {
		PortalSession citizen = PortalSession.open(this.port);
		Map<String, String> form = PortalSession.validComplaint(citizen.get("/pengaduan/baru"));
		form.put(field, form.get(field) + "\u0000");
		long before = this.complaints.count();

		PortalSession.Page page = citizen.postMultipart("/pengaduan/baru", form, List.of());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text(field + "-error")).isEqualTo(NUL_MESSAGE);
		assertThat(page.html()).contains("href=\"#" + field + "\"");
		assertThat(page.title()).startsWith("Perbaiki isian");
		assertThat(this.complaints.count()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0000-01-01", "01-01-0001", "1900-06-01" })
	void anEventDateBeforeTheRepublicIsRefusedBesideItsField(String date) {
		PortalSession citizen = PortalSession.open(this.port);
		Map<String, String> form = PortalSession.validComplaint(citizen.get("/pengaduan/baru"));
		form.put("eventDate", date);
		long before = this.complaints.count();

		PortalSession.Page page = citizen.postMultipart("/pengaduan/baru", form, List.of());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("eventDate-error")).contains("terlalu lama");
		assertThat(this.complaints.count()).isEqualTo(before);
	}

	@Test
	void aNulCharacterOnTheTrackingFormsIsNamedBesideItsField() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.verify(this.tasks, receipt.trackingNumber(), "INCOMPLETE", "Sebutkan nama petugas loket.");
		PortalSession citizen = PortalSession.open(this.port);
		citizen.get("/lacak");

		PortalSession.Page lookup = citizen.post("/lacak",
				Map.of("trackingNumber", receipt.trackingNumber() + "\u0000", "accessCode", receipt.accessCode()));
		PortalSession.Page completion = citizen.post("/lacak/kelengkapan", Map.of("trackingNumber",
				receipt.trackingNumber(), "accessCode", receipt.accessCode(), "information", "Loket\u00003"));

		assertThat(lookup.status()).isEqualTo(200);
		assertThat(lookup.text("trackingNumber-error")).isEqualTo(NUL_MESSAGE);
		assertThat(completion.status()).isEqualTo(200);
		assertThat(completion.text("information-error")).isEqualTo(NUL_MESSAGE);
		assertThat(completion.text("state")).isEqualTo("Menunggu kelengkapan");
		assertThat(this.complaints.findByTrackingNumber(receipt.trackingNumber()).orElseThrow().getState())
			.isEqualTo(ComplaintState.AWAITING_COMPLETION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/pengaduan/baru", "/lacak", "/publik" })
	void anUnknownLanguageIsIgnored(String path) {
		PortalSession citizen = PortalSession.open(this.port);

		PortalSession.Page script = citizen.get(path + "?lang=%3Cscript%3Ealert(1)%3C/script%3E");
		PortalSession.Page newline = citizen.get(path + "?lang=%0d%0aSet-Cookie:%20x=y");
		PortalSession.Page unknown = citizen.get(path + "?lang=fr");
		PortalSession.Page english = citizen.get(path + "?lang=en");

		for (PortalSession.Page page : List.of(script, newline, unknown)) {
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.html()).contains("<html lang=\"id\">").doesNotContain("<script>alert(1)");
		}
		assertThat(english.html()).contains("<html lang=\"en\">");
	}

}
