package id.pengaduan.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.StaffSession;
import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Channel;
import id.pengaduan.complaint.Complainant;
import id.pengaduan.complaint.Submission;
import id.pengaduan.intake.ComplaintIntake;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff list of complaint files: fifty a page, the nearest deadline first, filters,
 * and each member's scope. The complaints are submitted in 2018, a year no other test
 * uses, so their tracking numbers ({@code ADU-2018-…}) pick them out of a shared
 * database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseListIntegrationTests {

	private static final Pattern ROW = Pattern.compile("/staff/complaints/(ADU-201[78]-\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	ComplaintTasks tasks;

	/** Tracking numbers in the order submitted: earliest deadline first. */
	private final List<String> submitted = new ArrayList<>();

	private String health;

	@BeforeAll
	void submitFiftyOneComplaintsInTwentyEighteen() {
		Instant start = PastComplaints.at("2018-03-05");
		for (int i = 0; i < 51; i++) {
			this.submitted
				.add(submit(start.plus(Duration.ofMinutes(i)), (i == 7) ? Category.KESEHATAN : Category.LAINNYA));
		}
		this.health = this.submitted.get(7);
	}

	@Test
	void theVerifierSeesFiftyFilesAPageTheNearestDeadlineFirst() {
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");

		String first = verifier.get("/staff/complaints?number=ADU-2018-").body();
		String second = verifier.get("/staff/complaints?number=ADU-2018-&page=1").body();

		assertThat(rows(first)).containsExactlyElementsOf(this.submitted.subList(0, 50));
		assertThat(rows(second)).containsExactly(this.submitted.get(50));
		assertThat(first).contains("Halaman 1 dari 2").contains("51 berkas").contains("page=1");
		assertThat(first).contains("Semua berkas pengaduan").doesNotContain("SKPD Anda");
	}

	@Test
	void filtersNarrowTheListAndKeepTheirValuesOnThePage() {
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");

		String health = verifier.get("/staff/complaints?number=ADU-2018-&category=KESEHATAN").body();
		String overdue = verifier.get("/staff/complaints?number=ADU-2018-&overdue=true").body();
		String closed = verifier.get("/staff/complaints?number=ADU-2018-&state=RESOLVED").body();
		String received = verifier.get("/staff/complaints?number=ADU-2018-&state=RECEIVED").body();
		String exact = verifier.get("/staff/complaints?number=" + this.health.toLowerCase()).body();

		assertThat(rows(health)).containsExactly(this.health);
		assertThat(health).contains("<option value=\"KESEHATAN\" selected=\"selected\"");
		// Verification takes 3 working days: every 2018 deadline is long past.
		assertThat(rows(overdue)).hasSize(50);
		assertThat(overdue).contains("(lewat)").containsPattern("terlambat [\\d.]+ hari kerja");
		assertThat(rows(closed)).isEmpty();
		assertThat(rows(received)).hasSize(50);
		assertThat(rows(exact)).containsExactly(this.health);
	}

	@Test
	void anSkpdOfficerSeesOnlyHisSkpdsFilesUnderHisOwnHeading() {
		// Its own year, so that the disposition moves no deadline of the 2018 files.
		String disposed = submit(PastComplaints.at("2017-03-06"), Category.KESEHATAN);
		Staff.verify(this.tasks, disposed, "VALID", null);

		String liaison = StaffSession.login(this.port, "dinkes.penghubung", "demo")
			.get("/staff/complaints?number=" + disposed)
			.body();
		String otherSkpd = StaffSession.login(this.port, "dukcapil.kepala", "demo")
			.get("/staff/complaints?number=" + disposed)
			.body();
		String sekda = StaffSession.login(this.port, "sekda", "demo").get("/staff/complaints?number=ADU-2018-").body();

		assertThat(liaison).contains("/staff/complaints/" + disposed + "\"");
		assertThat(liaison).contains("Berkas pengaduan Dinas Kesehatan").doesNotContain("SKPD Anda");
		assertThat(otherSkpd).doesNotContain("/staff/complaints/" + disposed);
		assertThat(rows(sekda)).hasSize(50);
		assertThat(sekda).contains("Semua berkas pengaduan").doesNotContain("SKPD Anda");
	}

	@Test
	void theDeadlineColumnSaysHowManyWorkingDaysAreLeft() {
		Citizen.Receipt fresh = Citizen.submit(this.port, Map.of("category", "KESEHATAN"));

		String list = StaffSession.login(this.port, "verifikator", "demo")
			.get("/staff/complaints?number=" + fresh.trackingNumber())
			.body();

		// Verification takes 3 working days: the file is not late yet.
		assertThat(list).contains("/staff/complaints/" + fresh.trackingNumber() + "\"");
		assertThat(list).containsPattern("sisa \\d+ hari kerja").doesNotContain("(lewat)");
	}

	@Test
	void aPageNumberThatIsNoNumberShowsTheFirstPage() {
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");

		var response = verifier.get("/staff/complaints?number=ADU-2018-&page=abc&state=NONSENSE");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(rows(response.body())).containsExactlyElementsOf(this.submitted.subList(0, 50));
	}

	private String submit(Instant moment, Category category) {
		String[] number = new String[1];
		this.tasks
			.runAt(moment,
					() -> number[0] = this.intake.submit(new Submission(Channel.WEB, category, PastComplaints.REGION,
							"Kantor pelayanan", null, null, null, "Pelayanan di loket tidak sesuai dengan jam layanan.",
							new Complainant("Dewi Lestari", null, "081234567891", null), false, false, null, List.of()))
						.trackingNumber()
						.value());
		return number[0];
	}

	private static List<String> rows(String page) {
		List<String> rows = new ArrayList<>();
		Matcher matcher = ROW.matcher(page);
		while (matcher.find()) {
			rows.add(matcher.group(1));
		}
		return rows;
	}

}
