package id.pengaduan.supervision;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import id.pengaduan.StaffSession;
import id.pengaduan.sla.HolidayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query parameters and form fields of the staff pages that used to answer 500: each is a
 * 400 with a readable page, or a message on the form, and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffInputIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	HolidayCalendar calendar;

	@ParameterizedTest
	@ValueSource(strings = { "from=%2B999999999-01-01", "to=%2B999999999-12-31", "from=-999999999-01-01",
			"to=-999999999-12-31", "from=0000-01-01&to=0000-01-31", "from=bukan-tanggal" })
	void anImpossiblePeriodIsA400WithAReadablePage(String query) {
		StaffSession sekda = StaffSession.login(this.port, "sekda", "demo");

		for (String path : List.of("/staff/dashboard", "/staff/dashboard/compliance.csv", "/staff/dashboard/open.csv",
				"/staff/dashboard/overdue.csv", "/staff/dashboard/at-risk.csv")) {
			HttpResponse<String> response = sekda.get(path + "?" + query);

			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.body()).as(path).contains("Alamat atau isian halaman ini tidak valid");
		}
	}

	@Test
	void aPeriodWithinTheCalendarStillWorks() {
		StaffSession sekda = StaffSession.login(this.port, "sekda", "demo");

		assertThat(sekda.get("/staff/dashboard?from=2025-01-01&to=2025-12-31").statusCode()).isEqualTo(200);
		assertThat(sekda.get("/staff/dashboard/compliance.csv?from=2025-01-01&to=2025-12-31").statusCode())
			.isEqualTo(200);
	}

	@Test
	void theCalendarRefusesImpossibleDatesAndNulCharactersOnTheForm() {
		StaffSession admin = StaffSession.login(this.port, "admin", "admin");
		int before = this.calendar.holidays().size();

		HttpResponse<String> farFuture = admin.post("/staff/calendar", "/staff/calendar",
				Map.of("date", "+999999999-12-31", "kind", "NATIONAL", "name", "Libur uji"));
		String farFuturePage = admin.get("/staff/calendar").body();
		HttpResponse<String> nul = admin.post("/staff/calendar", "/staff/calendar",
				Map.of("date", "2031-03-02", "kind", "NATIONAL", "name", "Libur\u0000uji"));
		String nulPage = admin.get("/staff/calendar").body();
		HttpResponse<String> remove = admin.post("/staff/calendar", "/staff/calendar/remove",
				Map.of("date", "-999999999-01-01"));

		assertThat(farFuture.statusCode()).isEqualTo(302);
		assertThat(farFuturePage).contains("Tanggal tidak valid.");
		assertThat(nul.statusCode()).isEqualTo(302);
		assertThat(nulPage).contains("karakter kendali NUL");
		assertThat(remove.statusCode()).isEqualTo(302);
		assertThat(this.calendar.holidays()).hasSize(before);
	}

	@Test
	void anUnknownLanguageOnAStaffPageIsIgnored() {
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");

		HttpResponse<String> script = verifier.get("/staff/complaints?lang=%3Cscript%3E");
		HttpResponse<String> newline = verifier.get("/staff/dashboard?lang=%0d%0a");

		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("<html lang=\"id\">");
		assertThat(newline.statusCode()).isEqualTo(200);
		assertThat(newline.body()).contains("<html lang=\"id\">");
	}

}
