package id.pengaduan.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.StaffSession;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From the citizen's nine answers to the IKM on the supervisor's dashboard and CSV, cut
 * to what the viewer may see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SatisfactionIndexIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ComplaintTasks tasks;

	@Test
	void theDashboardShowsEachSkpdsIndexAndGradeForThePeriodToThoseWhoSeeIt() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.answer(this.tasks, receipt.trackingNumber(), "Jadwal loket sudah dipasang di pintu masuk.");
		PortalSession citizen = PortalSession.open(this.port);
		citizen.get("/lacak");
		citizen.post("/lacak/tanggapan", fields(receipt, "satisfied", "true"));
		this.tasks.runContinuations(receipt.trackingNumber());
		// Answered in March 2019, a month no other test fills; every run gives the same
		// scores, so the means stay the same however often the suite ran on this
		// database.
		Map<String, String> survey = fields(receipt);
		String[] scores = { "3", "3", "3", "4", "3", "3", "3", "4", "3" };
		for (int i = 0; i < scores.length; i++) {
			survey.put("scores[U" + (i + 1) + "]", scores[i]);
		}
		PortalSession.Page rated = at("2019-03-12", () -> citizen.post("/lacak/survei", survey));

		StaffSession sekda = StaffSession.login(this.port, "sekda", "demo");
		String page = sekda.get("/staff/dashboard?from=2019-03-01&to=2019-03-31").body();
		String csv = sekda.get("/staff/dashboard/satisfaction.csv?from=2019-03-01&to=2019-03-31").body();
		String otherMonth = sekda.get("/staff/dashboard/satisfaction.csv?from=2019-04-01&to=2019-04-30").body();
		String dinkes = StaffSession.login(this.port, "dinkes.kepala", "demo")
			.get("/staff/dashboard/satisfaction.csv?from=2019-03-01&to=2019-03-31")
			.body();
		String dukcapil = StaffSession.login(this.port, "dukcapil.kepala", "demo")
			.get("/staff/dashboard/satisfaction.csv?from=2019-03-01&to=2019-03-31")
			.body();

		assertThat(rated.html()).contains("Penilaian Anda sudah kami terima");
		// Means 3,3,3,4,3,3,3,4,3: IKM 29 / 9 = 3.2222, x 25 = 80.56, grade B
		// (76.61-88.30).
		assertThat(page).contains("Indeks Kepuasan Masyarakat").contains("80,56").contains("B Baik");
		assertThat(csv.lines().findFirst().orElse("")).startsWith("Kode SKPD,SKPD / unit,Responden,U1 Persyaratan,")
			.endsWith("IKM,Mutu pelayanan");
		assertThat(csv.lines()).anyMatch((line) -> line
			.matches("dinkes,Dinas Kesehatan,\\d+,3.00,3.00,3.00,4.00,3.00,3.00,3.00,4.00,3.00,80.56,B Baik"));
		assertThat(otherMonth).doesNotContain("80.56");
		assertThat(dinkes).contains("Dinas Kesehatan,").contains("80.56");
		assertThat(dukcapil).doesNotContain("Dinas Kesehatan");
	}

	private <T> T at(String date, java.util.function.Supplier<T> work) {
		Object[] result = new Object[1];
		this.tasks.runAt(LocalDate.parse(date).atTime(10, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant(),
				() -> result[0] = work.get());
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}

	private static Map<String, String> fields(Citizen.Receipt receipt, String... more) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("trackingNumber", receipt.trackingNumber());
		values.put("accessCode", receipt.accessCode());
		for (int i = 0; i < more.length; i += 2) {
			values.put(more[i], more[i + 1]);
		}
		return values;
	}

}
