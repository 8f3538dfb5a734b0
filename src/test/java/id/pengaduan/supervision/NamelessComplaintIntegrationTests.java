package id.pengaduan.supervision;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.StaffSession;
import id.pengaduan.complaint.Attachment;
import id.pengaduan.complaint.AttachmentContents;
import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Channel;
import id.pengaduan.complaint.Complainant;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Submission;
import id.pengaduan.intake.ComplaintIntake;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint from someone who gave no identity at all (anonymous, every identity field
 * empty): every page that shows it works, for the verifier, for the SKPD that handles it,
 * and for the citizen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NamelessComplaintIntegrationTests {

	private static final byte[] PDF = "%PDF-1.4\n% foto loket\n%%EOF\n".getBytes();

	@LocalServerPort
	int port;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	AttachmentContents contents;

	@Autowired
	Complaints complaints;

	@Autowired
	ComplaintTasks tasks;

	@Test
	void theAggregateNeverHandsOutANullComplainant() {
		ComplaintIntake.Receipt receipt = submitWithoutIdentity();

		assertThat(
				this.complaints.findByTrackingNumber(receipt.trackingNumber().value()).orElseThrow().getComplainant())
			.isEqualTo(Complainant.none());
	}

	@Test
	void theVerifierOpensEveryPageOfIt() {
		ComplaintIntake.Receipt receipt = submitWithoutIdentity();
		String number = receipt.trackingNumber().value();
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");

		HttpResponse<String> file = verifier.get("/staff/complaints/" + number);

		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).contains(number)
			.contains("Loket pendaftaran puskesmas tutup")
			.contains("Pelapor tidak mencantumkan identitas.");
		assertSeenEverywhere(verifier, number);
	}

	@Test
	void theSkpdHandlingItOpensEveryPageOfItWithoutTheIdentityPart() {
		ComplaintIntake.Receipt receipt = submitWithoutIdentity();
		String number = receipt.trackingNumber().value();
		Staff.verify(this.tasks, number, "VALID", null);
		StaffSession liaison = StaffSession.login(this.port, "dinkes.penghubung", "demo");

		HttpResponse<String> file = liaison.get("/staff/complaints/" + number);

		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).contains(number).contains("Identitas dirahasiakan");
		assertSeenEverywhere(liaison, number);
		StaffSession head = StaffSession.login(this.port, "dinkes.kepala", "demo");
		assertThat(head.get("/staff/complaints/" + number).statusCode()).isEqualTo(200);
		assertSeenEverywhere(head, number);
	}

	@Test
	void theCitizenTracksIt() {
		ComplaintIntake.Receipt receipt = submitWithoutIdentity();
		String number = receipt.trackingNumber().value();
		StaffSession citizen = StaffSession.visitor(this.port);

		HttpResponse<String> page = citizen.post("/lacak", "/lacak",
				Map.of("trackingNumber", number, "accessCode", receipt.accessCode().value()));
		Citizen.Response api = Citizen.get(this.port, "/api/complaints/" + number,
				Map.of("X-Access-Code", receipt.accessCode().value()));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(number).contains("Diterima (belum terverifikasi)").contains("lampiran-1.pdf");
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.json().get("state").asText()).isEqualTo("RECEIVED");
	}

	private void assertSeenEverywhere(StaffSession staff, String number) {
		HttpResponse<String> attachment = staff.get("/staff/complaints/" + number + "/attachments/0");
		assertThat(attachment.statusCode()).isEqualTo(200);
		assertThat(attachment.body()).startsWith("%PDF-1.4");
		// Searched for: the list shows 50 files a page, nearest deadline first.
		HttpResponse<String> list = staff.get("/staff/complaints?number=" + number);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(number);
		assertThat(staff.get("/staff/dashboard").statusCode()).isEqualTo(200);
		for (String table : List.of("open", "overdue", "at-risk", "compliance")) {
			HttpResponse<String> csv = staff.get("/staff/dashboard/" + table + ".csv");
			assertThat(csv.statusCode()).as(table).isEqualTo(200);
			assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
		}
	}

	/** As a paper letter typed in at the counter: no name, no NIK, no phone, no email. */
	private ComplaintIntake.Receipt submitWithoutIdentity() {
		String key = "test/" + java.util.UUID.randomUUID();
		this.contents.store(key, PDF, Instant.now());
		return this.intake.submit(new Submission(Channel.WEB, Category.KESEHATAN, "kota-semarang", null, null, null,
				null, "Loket pendaftaran puskesmas tutup pada jam layanan tanpa pemberitahuan.",
				new Complainant(null, null, null, null), true, false, null, List.of(new Attachment("lampiran-1.pdf",
						"application/pdf", PDF.length, "0".repeat(64), key, "loket.pdf"))));
	}

}
