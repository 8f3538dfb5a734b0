package id.pengaduan.supervision;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.StaffSession;
import id.pengaduan.complaint.Category;
import id.pengaduan.intake.ComplaintIntake;
import id.pengaduan.sla.SlaStage;
import id.pengaduan.sla.StageClock;
import id.pengaduan.sla.Timekeeper;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static id.pengaduan.supervision.PastComplaints.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisor's dashboard, its CSV and the metrics, over complaints and clocks set up
 * in 2024 and viewed with the engine's clock set to a moment of 2024. Other tests share
 * the database, so the assertions are about these complaints, not about totals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	Timekeeper timekeeper;

	@Autowired
	SlaMetrics metrics;

	PastComplaints past;

	@BeforeEach
	void setUp() {
		this.past = new PastComplaints(this.intake, this.tasks, this.timekeeper);
	}

	@Test
	void theOverdueListShowsClocksThatRanOutTheLatestFirst() {
		// Verification: 3 working days, due Thursday 5 and Thursday 12 September 2024.
		PastComplaints.Submitted later = this.past.submit(at("2024-09-09"), Category.KESEHATAN);
		PastComplaints.Submitted earlier = this.past.submit(at("2024-09-02"), Category.KESEHATAN);
		StaffSession sekda = StaffSession.login(this.port, "sekda", "demo");

		String page = this.past.viewAt(at("2024-09-20"), () -> sekda.get("/staff/dashboard").body());
		String csv = this.past.viewAt(at("2024-09-20"), () -> sekda.get("/staff/dashboard/overdue.csv").body());

		String overdue = section(page, "overdue");
		assertThat(overdue).contains(earlier.trackingNumber(), later.trackingNumber())
			.contains("href=\"/staff/complaints/" + earlier.trackingNumber() + "\"");
		assertThat(overdue.indexOf(earlier.trackingNumber())).isLessThan(overdue.indexOf(later.trackingNumber()));
		// 6 to 20 September: 11 working days late; 13 to 20 September: 6.
		assertThat(csv.lines().toList()).contains(
				earlier.trackingNumber() + ",,Unit pengaduan,Verifikasi oleh unit pengaduan,2024-09-05,11,",
				later.trackingNumber() + ",,Unit pengaduan,Verifikasi oleh unit pengaduan,2024-09-12,6,");
		// UU 25/2009: 14 days from 2 September ran out on the 16th.
		assertThat(csv.lines().toList()).contains(
				earlier.trackingNumber() + ",,Unit pengaduan,Batas UU 25/2009: jawaban dalam 14 hari,2024-09-16,4,"
						+ "Penundaan berlarut: batas undang-undang terlampaui");
		assertThat(csv.indexOf(earlier.trackingNumber() + ",,Unit pengaduan,Verifikasi"))
			.isLessThan(csv.indexOf(later.trackingNumber() + ",,Unit pengaduan,Verifikasi"));
	}

	@Test
	void theAtRiskListShowsClocksPastTheirThresholdAndFlagsTheLegalCeilings() {
		PastComplaints.Submitted complaint = this.past.submit(at("2024-10-01"), Category.INFRASTRUKTUR);
		StageClock verification = this.past.open(complaint, SlaStage.VERIFICATION);
		StageClock legal = this.past.open(complaint, SlaStage.LEGAL_RESPONSE);
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");

		String beforeThreshold = this.past.viewAt(verification.getWarnAt().minusSeconds(60),
				() -> verifier.get("/staff/dashboard/at-risk.csv").body());
		String nearVerification = this.past.viewAt(verification.getWarnAt().plusSeconds(60),
				() -> verifier.get("/staff/dashboard/at-risk.csv").body());
		String nearLegal = this.past.viewAt(legal.getWarnAt().plusSeconds(60),
				() -> verifier.get("/staff/dashboard/at-risk.csv").body());
		String page = this.past.viewAt(legal.getWarnAt().plusSeconds(60),
				() -> verifier.get("/staff/dashboard").body());

		assertThat(beforeThreshold).doesNotContain(complaint.trackingNumber());
		assertThat(nearVerification.lines()).anyMatch((line) -> line
			.startsWith(complaint.trackingNumber() + ",,Unit pengaduan,Verifikasi oleh unit pengaduan,2024-10-04,")
				&& line.endsWith(","));
		assertThat(nearLegal.lines())
			.noneMatch((line) -> line.contains("Verifikasi oleh unit pengaduan")
					&& line.startsWith(complaint.trackingNumber()))
			.anyMatch((line) -> line.startsWith(
					complaint.trackingNumber() + ",,Unit pengaduan,Batas UU 25/2009: jawaban dalam 14 hari,2024-10-15,")
					&& line.endsWith(",Risiko penundaan berlarut"));
		assertThat(section(page, "at-risk")).contains(complaint.trackingNumber()).contains("Risiko penundaan berlarut");
		assertThat(section(page, "overdue")).contains(complaint.trackingNumber());
	}

	@Test
	void complianceIsTheShareOfClocksStoppedByTheirDueTimeInThePeriod() {
		// Disdik follows up one complaint in 2 working days and the other in 7 (5
		// allowed);
		// the complaint unit verifies them in 2 and 7 (3 allowed).
		PastComplaints.Submitted quick = this.past.submit(at("2024-11-04"), Category.PENDIDIKAN);
		PastComplaints.Submitted slow = this.past.submit(at("2024-11-04"), Category.PENDIDIKAN);
		for (PastComplaints.Submitted complaint : List.of(quick, slow)) {
			this.past.start(complaint, SlaStage.FIRST_RESPONSE, "disdik", at("2024-11-04"));
		}
		for (SlaStage stage : List.of(SlaStage.VERIFICATION, SlaStage.FIRST_RESPONSE)) {
			this.past.stop(quick, stage, at("2024-11-06"));
			this.past.stop(slow, stage, at("2024-11-13"));
		}
		StaffSession sekda = StaffSession.login(this.port, "sekda", "demo");

		HttpResponse<String> csv = sekda.get("/staff/dashboard/compliance.csv?from=2024-11-01&to=2024-11-30");
		String page = sekda.get("/staff/dashboard?from=2024-11-01&to=2024-11-30").body();
		String otherMonth = sekda.get("/staff/dashboard/compliance.csv?from=2024-12-01&to=2024-12-31").body();

		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).startsWith("Kode SKPD,SKPD / unit,Verifikasi oleh unit pengaduan: tepat waktu (%),");
		// Per stage: % on time, on time, ended, average working days.
		assertThat(lines).contains(",Unit pengaduan,50,1,2,4.5,,,0,,,,0,",
				"disdik,Dinas Pendidikan dan Kebudayaan,,,0,,50,1,2,4.5,,,0,");
		assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
			.isEqualTo("attachment; filename=\"sla-compliance-2024-11-01-2024-11-30.csv\"");
		assertThat(section(page, "compliance")).contains("50 %").contains("1 dari 2").contains("4,5");
		assertThat(otherMonth).doesNotContain("disdik,Dinas Pendidikan dan Kebudayaan,,,0,,50");
	}

	@Test
	void anSkpdSeesOnlyItsOwnRows() {
		PastComplaints.Submitted population = this.past.submit(at("2024-09-02"), Category.ADMINISTRASI_KEPENDUDUKAN);
		PastComplaints.Submitted health = this.past.submit(at("2024-09-02"), Category.KESEHATAN);
		this.past.start(population, SlaStage.FIRST_RESPONSE, "dukcapil", at("2024-09-03"));
		this.past.start(health, SlaStage.FIRST_RESPONSE, "dinkes", at("2024-09-03"));

		StaffSession dinkesHead = StaffSession.login(this.port, "dinkes.kepala", "demo");
		String headPage = dinkesHead.get("/staff/dashboard").body();
		String headCsv = dinkesHead.get("/staff/dashboard/overdue.csv").body();
		String headOpen = dinkesHead.get("/staff/dashboard/open.csv").body();
		String sekdaPage = StaffSession.login(this.port, "sekda", "demo").get("/staff/dashboard").body();

		assertThat(section(headPage, "overdue")).contains(health.trackingNumber())
			.doesNotContain(population.trackingNumber())
			.doesNotContain("Unit pengaduan");
		assertThat(headCsv)
			.contains(health.trackingNumber() + ",dinkes,Dinas Kesehatan,Tindak lanjut pertama oleh SKPD")
			.doesNotContain(population.trackingNumber())
			.doesNotContain("dukcapil");
		assertThat(headOpen.lines().skip(1).map((line) -> line.split(",")[0])).containsExactly("dinkes");
		assertThat(section(sekdaPage, "overdue")).contains(health.trackingNumber(), population.trackingNumber());
	}

	@Test
	void aLoginWithoutAStaffRoleSeesNoFigures() {
		StaffSession admin = StaffSession.login(this.port, "admin", "admin");

		assertThat(admin.get("/staff/dashboard").statusCode()).isEqualTo(403);
		assertThat(admin.get("/staff/dashboard/overdue.csv").statusCode()).isEqualTo(403);
		assertThat(Citizen.get(this.port, "/staff/dashboard", Map.of()).status()).isEqualTo(302);
	}

	@Test
	void openComplaintsAreCountedPerSkpdAndState() {
		StaffSession sekda = StaffSession.login(this.port, "sekda", "demo");
		long before = openCount(sekda, "dinkes", "Didisposisikan");

		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of("category", "KESEHATAN"));
		Staff.verify(this.tasks, receipt.trackingNumber(), "VALID", null);

		assertThat(openCount(sekda, "dinkes", "Didisposisikan")).isEqualTo(before + 1);
		HttpResponse<String> csv = sekda.get("/staff/dashboard/open.csv");
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment; filename=");
		assertThat(csv.body()).startsWith("Kode SKPD,SKPD / unit,Jumlah,Diterima (belum terverifikasi),")
			.contains("\r\n,Unit pengaduan,");
	}

	@Test
	void prometheusReportsOpenAndOverdueComplaintsAndBreachesPerSkpd() {
		PastComplaints.Submitted complaint = this.past.submit(at("2024-09-02"), Category.ADMINISTRASI_KEPENDUDUKAN);
		this.past.start(complaint, SlaStage.FIRST_RESPONSE, "dukcapil", at("2024-09-03"));
		this.past.breach(complaint, at("2024-09-20"));

		this.metrics.refresh();
		Citizen.Response scrape = Citizen.get(this.port, "/actuator/prometheus",
				Map.of("Authorization", Citizen.basic("monitor", "demo")));

		assertThat(scrape.status()).isEqualTo(200);
		assertThat(gauge(scrape.body(), "pengaduan_complaints_open", "skpd=\"unit-pengaduan\"")).isGreaterThan(0);
		assertThat(gauge(scrape.body(), "pengaduan_complaints_open", "skpd=\"disdik\"")).isNotNegative();
		assertThat(gauge(scrape.body(), "pengaduan_complaints_overdue", "skpd=\"dukcapil\"")).isGreaterThan(0);
		assertThat(gauge(scrape.body(), "pengaduan_sla_breaches", "skpd=\"dukcapil\",stage=\"FIRST_RESPONSE\""))
			.isGreaterThan(0);
		assertThat(gauge(scrape.body(), "pengaduan_sla_breaches", "skpd=\"unit-pengaduan\",stage=\"VERIFICATION\""))
			.isGreaterThan(0);
		assertThat(Citizen.get(this.port, "/actuator/prometheus", Map.of()).status()).isNotEqualTo(200);
	}

	@Test
	void onlyTheMonitoringLoginReadsEverySkpdsFigures() {
		for (String staff : new String[] { "sekda", "verifikator", "dukcapil.kepala" }) {
			assertThat(Citizen
				.get(this.port, "/actuator/prometheus", Map.of("Authorization", Citizen.basic(staff, "demo")))
				.status()).as(staff).isEqualTo(403);
		}
		assertThat(Citizen
			.get(this.port, "/actuator/metrics", Map.of("Authorization", Citizen.basic("dukcapil.kepala", "demo")))
			.status()).isEqualTo(403);
		assertThat(
				Citizen.get(this.port, "/actuator/prometheus", Map.of("Authorization", Citizen.basic("admin", "admin")))
					.status())
			.isEqualTo(200);
	}

	/** The HTML of one section of the page, by its id. */
	static String section(String page, String id) {
		int start = page.indexOf("<section id=\"" + id + "\"");
		assertThat(start).as("section %s", id).isNotNegative();
		return page.substring(start, page.indexOf("</section>", start));
	}

	private static long openCount(StaffSession session, String skpd, String stateLabel) {
		List<String> lines = session.get("/staff/dashboard/open.csv").body().lines().toList();
		int column = Arrays.asList(lines.get(0).split(",")).indexOf(stateLabel);
		assertThat(column).as("column %s", stateLabel).isPositive();
		return lines.stream()
			.filter((line) -> line.startsWith(skpd + ","))
			.map((line) -> Long.parseLong(line.split(",")[column]))
			.findFirst()
			.orElseThrow();
	}

	private static double gauge(String scrape, String name, String tags) {
		Matcher matcher = Pattern.compile("^" + name + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE).matcher(scrape);
		while (matcher.find()) {
			if (matcher.group(1).contains(tags)) {
				return Double.parseDouble(matcher.group(2));
			}
		}
		throw new AssertionError("No " + name + "{" + tags + "} in\n"
				+ scrape.lines()
					.filter((line) -> line.startsWith("pengaduan_"))
					.reduce("", (all, line) -> all + line + "\n"));
	}

}
