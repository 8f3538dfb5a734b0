package id.pengaduan.supervision;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import id.pengaduan.Staff;
import id.pengaduan.StaffSession;
import id.pengaduan.audit.AuditLog;
import id.pengaduan.complaint.Attachment;
import id.pengaduan.complaint.AttachmentContents;
import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Channel;
import id.pengaduan.complaint.Complainant;
import id.pengaduan.complaint.Submission;
import id.pengaduan.intake.ComplaintIntake;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log of UU 27/2022: every view of a complainant's identity, every attachment
 * download, every export and every staff step, for the complaint unit and its
 * data-protection officer only, and without personal data of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditIntegrationTests {

	private static final byte[] PDF = "%PDF-1.4\n% foto loket\n%%EOF\n".getBytes();

	private static final Complainant WULAN = new Complainant("Wulan Sari", "3374015506900001", "081234567890",
			"wulan.sari@example.id");

	private static final String ORIGINAL_NAME = "KTP_Wulan_Sari_3374015506900001.pdf";

	@LocalServerPort
	int port;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	AttachmentContents contents;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	AuditLog log;

	@Test
	void aVerifierOpeningACaseFileIsLoggedWithWhoWhenAndWhich() {
		String number = submit(false);
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");
		Instant before = Instant.now();

		assertThat(verifier.get("/staff/complaints/" + number).body()).contains("Wulan Sari");

		List<AuditLog.Entry> entries = entriesOf(number);
		assertThat(entries).filteredOn((e) -> e.what().equals("IDENTITY_VIEWED")).singleElement().satisfies((e) -> {
			assertThat(e.actor()).isEqualTo("verifikator");
			assertThat(e.at()).isBetween(before.minusSeconds(1), Instant.now());
		});
		HttpResponse<String> page = verifier.get("/staff/audit?trackingNumber=" + number);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Identitas pelapor dilihat")
			.contains(">verifikator<")
			.contains(">" + number + "<")
			.contains(DateTimeFormatter.ofPattern("dd-MM-yyyy").format(before.atZone(ZoneId.of("Asia/Jakarta"))))
			.doesNotContain("Wulan");
	}

	@Test
	void aHandlerOpeningHisSkpdsCaseFileAndItsAttachmentIsLogged() {
		String number = submit(false);
		Staff.verify(this.tasks, number, "VALID", null);
		StaffSession handler = StaffSession.login(this.port, "dinkes.penangan", "demo");

		assertThat(handler.get("/staff/complaints/" + number).body()).contains("Wulan Sari");
		assertThat(handler.get("/staff/complaints/" + number + "/attachments/0").statusCode()).isEqualTo(200);

		assertThat(entriesOf(number)).filteredOn((e) -> e.actor().equals("dinkes.penangan"))
			.extracting(AuditLog.Entry::what, AuditLog.Entry::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ATTACHMENT_OPENED", "lampiran-1.pdf"),
					org.assertj.core.groups.Tuple.tuple("IDENTITY_VIEWED", null));
	}

	@Test
	void onlyTheComplaintUnitAndAdministratorsReadTheLog() {
		StaffSession liaison = StaffSession.login(this.port, "dinkes.penghubung", "demo");
		StaffSession head = StaffSession.login(this.port, "dinkes.kepala", "demo");
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");
		StaffSession admin = StaffSession.login(this.port, "admin", "admin");

		assertThat(liaison.get("/staff/audit").statusCode()).isEqualTo(403);
		assertThat(liaison.get("/staff/audit.csv").statusCode()).isEqualTo(403);
		assertThat(head.get("/staff/audit").statusCode()).isEqualTo(403);
		assertThat(verifier.get("/staff/audit").statusCode()).isEqualTo(200);
		assertThat(admin.get("/staff/audit").statusCode()).isEqualTo(200);
		// The navigation offers the page only to those it opens for.
		assertThat(verifier.get("/staff/complaints").body()).contains("href=\"/staff/audit\"");
		assertThat(liaison.get("/staff/complaints").body()).doesNotContain("/staff/audit");
	}

	@Test
	void theCsvHoldsTheEntriesAndNoPersonalData() {
		String number = submit(false);
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");
		verifier.get("/staff/complaints/" + number);
		verifier.get("/staff/complaints/" + number + "/attachments/0");

		HttpResponse<String> csv = verifier.get("/staff/audit.csv?trackingNumber=" + number);

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
		assertThat(csv.body()).startsWith("Waktu,Petugas,Nomor pengaduan,Kegiatan,Rincian\r\n")
			.contains("verifikator," + number + ",Identitas pelapor dilihat,")
			.contains("verifikator," + number + ",Nama asli lampiran dilihat,")
			.contains("verifikator," + number + ",Lampiran diunduh,lampiran-1.pdf")
			.doesNotContain("Wulan")
			.doesNotContain(WULAN.nik())
			.doesNotContain(WULAN.phone())
			.doesNotContain(WULAN.email())
			.doesNotContain("KTP_");
		// The export is itself on the record.
		assertThat(entriesOf(number)).extracting(AuditLog.Entry::what).first().isEqualTo("EXPORTED");
	}

	@Test
	void anExportReadsEveryEntryOnceInBatchesOldestFirst() {
		String number = submit(false);
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");
		verifier.get("/staff/complaints/" + number);
		Staff.verify(this.tasks, number, "VALID", null);
		verifier.get("/staff/complaints/" + number + "/attachments/0");
		verifier.get("/staff/complaints/" + number);
		List<AuditLog.Entry> newestFirst = entriesOf(number);
		List<AuditLog.Entry> exported = new java.util.ArrayList<>();

		this.log.export(new AuditLog.Filter(number, null, null, null), Instant.now().plusSeconds(1), 2,
				exported::addAll);

		assertThat(newestFirst).hasSize(6);
		List<AuditLog.Entry> oldestFirst = new java.util.ArrayList<>(newestFirst);
		java.util.Collections.reverse(oldestFirst);
		assertThat(exported).containsExactlyElementsOf(oldestFirst);
	}

	@Test
	void anExportOfTheDashboardIsLogged() {
		StaffSession head = StaffSession.login(this.port, "dinkes.kepala", "demo");
		Instant before = Instant.now().minusSeconds(1);

		assertThat(head.get("/staff/dashboard/overdue.csv").statusCode()).isEqualTo(200);

		assertThat(this.log.page(new AuditLog.Filter(null, "dinkes.kepala", before, null), 0).entries())
			.extracting(AuditLog.Entry::what, AuditLog.Entry::detail)
			.contains(org.assertj.core.groups.Tuple.tuple("EXPORTED", "sla-overdue"));
	}

	@Test
	void anAnonymousComplaintShowsTheSkpdNoIdentityAndNoIdentityViewIsLogged() {
		String number = submit(true);
		Staff.verify(this.tasks, number, "VALID", null);
		StaffSession liaison = StaffSession.login(this.port, "dinkes.penghubung", "demo");

		HttpResponse<String> file = liaison.get("/staff/complaints/" + number);

		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).contains("Identitas dirahasiakan").doesNotContain("Wulan");
		assertThat(entriesOf(number)).filteredOn((e) -> e.kind() == AuditLog.Kind.AUDIT).isEmpty();
		// The complaint unit sees who it is, and that is logged.
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");
		assertThat(verifier.get("/staff/complaints/" + number).body()).contains("Wulan Sari");
		assertThat(entriesOf(number)).filteredOn((e) -> e.what().equals("IDENTITY_VIEWED"))
			.extracting(AuditLog.Entry::actor)
			.containsExactly("verifikator");
	}

	@Test
	void aStaffTaskCompletionAppearsInTheLogOnceWithoutTheCitizensOwnSteps() {
		String number = submit(false);

		Staff.verify(this.tasks, number, "VALID", null);

		assertThat(entriesOf(number)).filteredOn((e) -> e.kind() == AuditLog.Kind.STEP)
			.extracting(AuditLog.Entry::actor, AuditLog.Entry::what, AuditLog.Entry::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("verifikator", "history.VERIFIED", "VERIFIED"));
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");
		assertThat(verifier.get("/staff/audit?actor=verifikator&trackingNumber=" + number).body())
			.contains("Terverifikasi");
	}

	@Test
	void anImpossibleDateIsToldBesideItsField() {
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");

		HttpResponse<String> page = verifier.get("/staff/audit?from=%2B999999999-12-31&to=kemarin");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"audit-from-error\"").contains("id=\"audit-to-error\"");
		assertThat(verifier.get("/staff/audit.csv?from=kemarin").statusCode()).isEqualTo(400);
	}

	private List<AuditLog.Entry> entriesOf(String number) {
		return this.log.page(new AuditLog.Filter(number, null, null, null), 0).entries();
	}

	private String submit(boolean anonymous) {
		String key = "test/" + UUID.randomUUID();
		this.contents.store(key, PDF, Instant.now());
		return this.intake.submit(new Submission(Channel.WEB, Category.KESEHATAN, "kota-semarang", null, null, null,
				null, "Loket pendaftaran puskesmas tutup pada jam layanan tanpa pemberitahuan.", WULAN, anonymous,
				false, null, List.of(new Attachment("lampiran-1.pdf", "application/pdf", PDF.length, "0".repeat(64),
						key, ORIGINAL_NAME))))
			.trackingNumber()
			.value();
	}

}
