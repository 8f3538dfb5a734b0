package id.pengaduan.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.pengaduan.complaint.Attachment;
import id.pengaduan.complaint.Channel;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.intake.CitizenReplies;
import id.pengaduan.workflow.ComplaintProcess;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplaintFormIntegrationTests {

	private static final String DESCRIPTION = "Loket pendaftaran puskesmas tutup pada jam layanan tanpa pemberitahuan.";

	@LocalServerPort
	int port;

	@Autowired
	Complaints complaints;

	@Autowired
	CitizenReplies replies;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	WebIntake intake;

	@Autowired
	PortalProperties properties;

	@Autowired
	TransactionTemplate transactions;

	static Stream<Arguments> badInput() {
		return Stream.of(Arguments.of(Map.of("category", ""), "category", "Pilih kategori pengaduan."),
				Arguments.of(Map.of("category", "BUKAN_KATEGORI"), "category", "Nilai ini tidak dapat dibaca"),
				Arguments.of(Map.of("skpd", "dinas-tidak-ada"), "skpd", "SKPD ini tidak dikenal."),
				Arguments.of(Map.of("regionCode", ""), "regionCode", "Pilih kabupaten/kota tempat kejadian."),
				Arguments.of(Map.of("regionCode", "kota-atlantis"), "regionCode", "Kabupaten/kota ini tidak dikenal."),
				Arguments.of(Map.of("location", "x".repeat(501)), "location", "Lokasi paling banyak 500 karakter."),
				Arguments.of(Map.of("latitude", "utara"), "latitude", "Lintang harus antara -90 dan 90."),
				Arguments.of(Map.of("latitude", "91"), "latitude", "Lintang harus antara -90 dan 90."),
				Arguments.of(Map.of("longitude", "-181,5"), "longitude", "Bujur harus antara -180 dan 180."),
				Arguments.of(Map.of("eventDate", "2999-01-01"), "eventDate", "tidak boleh di masa depan"),
				Arguments.of(Map.of("eventDate", "kemarin sore"), "eventDate", "Tanggal tidak dapat dibaca"),
				Arguments.of(Map.of("description", " "), "description", "Tuliskan uraian pengaduan."),
				Arguments.of(Map.of("description", "terlalu pendek"), "description", "antara 20 dan 8000 karakter"),
				Arguments.of(Map.of("description", "x".repeat(8001)), "description", "antara 20 dan 8000 karakter"),
				Arguments.of(Map.of("name", ""), "name", "atau pilih kirim secara anonim"),
				Arguments.of(Map.of("name", "x".repeat(201)), "name", "Nama paling banyak 200 karakter."),
				Arguments.of(Map.of("phone", "", "email", ""), "phone", "nomor telepon atau email"),
				Arguments.of(Map.of("phone", "12ab"), "phone", "Nomor telepon tidak valid"),
				Arguments.of(Map.of("email", "bukan-email"), "email", "Alamat email tidak valid."),
				Arguments.of(Map.of("nik", "12345"), "nik", "NIK terdiri dari 16 angka."),
				Arguments.of(Map.of("consent", "false"), "consent", "UU 27/2022"),
				Arguments.of(Map.of("challengeAnswer", "99"), "challengeAnswer", "Jawaban pertanyaan keamanan salah"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("badInput")
	void badInputIsNamedNextToItsFieldAndEverythingTypedIsKept(Map<String, String> changes, String field,
			String message) {
		PortalSession citizen = PortalSession.open(this.port);
		Map<String, String> form = PortalSession.validComplaint(citizen.get("/pengaduan/baru"));
		form.putAll(changes);
		long before = this.complaints.count();

		PortalSession.Page page = citizen.postMultipart("/pengaduan/baru", form, List.of());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text(field + "-error")).as("message next to %s", field).contains(message);
		// The summary at the top links to the field.
		assertThat(page.html()).contains("href=\"#" + field + "\"");
		assertThat(page.tag(field)).contains("aria-describedby=\"" + field + "-error");
		if (!field.equals("category")) {
			assertThat(page.tag(field)).contains("aria-invalid=\"true\"");
		}
		assertThat(page.title()).startsWith("Perbaiki isian");
		Map<String, String> kept = new HashMap<>(PortalSession.validComplaint(page));
		kept.putAll(changes);
		for (String typed : List.of("location", "latitude", "longitude", "eventDate", "name", "nik", "phone",
				"email")) {
			assertThat(page.inputValue(typed)).as("%s kept", typed).isEqualTo(kept.get(typed));
		}
		assertThat(page.text("description")).isEqualTo(kept.get("description").strip());
		if (!field.equals("regionCode")) {
			assertThat(page.html()).contains("<option value=\"kota-semarang\" selected=\"selected\">");
		}
		if (!field.equals("category")) {
			assertThat(page.tag("category-KESEHATAN")).contains("checked=\"checked\"");
		}
		assertThat(this.complaints.count()).isEqualTo(before);
	}

	@Test
	void messagesSpeakEnglishWhenTheCitizenSwitched() {
		PortalSession citizen = PortalSession.open(this.port);
		Map<String, String> form = PortalSession.validComplaint(citizen.get("/pengaduan/baru?lang=en"));
		form.put("nik", "12345");

		PortalSession.Page page = citizen.postMultipart("/pengaduan/baru", form, List.of());

		assertThat(page.html()).contains("<html lang=\"en\">");
		assertThat(page.text("nik-error")).isEqualTo("A NIK has 16 digits.");
		assertThat(page.text("error-summary-title")).isEqualTo("Some fields need to be corrected");
	}

	@Test
	void aValidComplaintGetsAReceiptThatShowsTheAccessCodeOnlyOnce() {
		PortalSession citizen = PortalSession.open(this.port);
		Map<String, String> form = PortalSession.validComplaint(citizen.get("/pengaduan/baru"));
		form.put("anonymous", "true");

		PortalSession.Page sent = citizen.postMultipart("/pengaduan/baru", form,
				List.of(new PortalSession.Upload("loket.jpg", "image/jpeg", TestFiles.photo("jpg"))));
		PortalSession.Page receipt = citizen.get("/pengaduan/terkirim");
		PortalSession.Page again = citizen.get("/pengaduan/terkirim");

		assertThat(sent.status()).isEqualTo(302);
		assertThat(sent.location()).endsWith("/pengaduan/terkirim");
		String number = receipt.text("tracking-number");
		String code = receipt.text("access-code");
		assertThat(number).matches("ADU-\\d{4}-\\d{6}");
		assertThat(receipt.html()).contains("Anonim").contains("1 berkas").contains("Cetak tanda terima");
		assertThat(again.html()).doesNotContain(code).contains("Tanda terima hanya ditampilkan sekali");
		Complaint complaint = this.transactions.execute((status) -> {
			Complaint found = this.replies.find(number, code).orElseThrow();
			found.getAttachments().size();
			return found;
		});
		assertThat(complaint.getChannel()).isEqualTo(Channel.WEB);
		assertThat(complaint.isAnonymous()).isTrue();
		assertThat(complaint.getComplainant().nik()).isEqualTo("3374010101900001");
		// Indonesian decimal comma and point both read.
		assertThat(complaint.getLatitude()).isEqualTo(-6.9932);
		assertThat(complaint.getLongitude()).isEqualTo(110.4203);
		assertThat(this.tasks.openTasks(number)).containsExactly(ComplaintProcess.TASK_VERIFY);
	}

	@Test
	void attachmentsAreStoredWithTheTypeTheirContentShows() {
		byte[] png = TestFiles.photo("png");
		byte[] pdf = TestFiles.pdf();
		PortalSession citizen = PortalSession.open(this.port);
		Map<String, String> form = PortalSession.validComplaint(citizen.get("/pengaduan/baru"));

		citizen.postMultipart("/pengaduan/baru", form,
				List.of(new PortalSession.Upload("C:\\Users\\wulan\\bukti.png", "application/octet-stream", png),
						new PortalSession.Upload("surat.jpg", "image/jpeg", pdf)));
		PortalSession.Page receipt = citizen.get("/pengaduan/terkirim");

		List<Attachment> attachments = this.transactions.execute(
				(status) -> List.copyOf(this.replies.find(receipt.text("tracking-number"), receipt.text("access-code"))
					.orElseThrow()
					.getAttachments()));
		// Neutral names for everybody, in the order of upload; the citizen's own for the
		// verifier.
		assertThat(attachments).extracting(Attachment::fileName, Attachment::mediaType, Attachment::originalName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("lampiran-1.png", "image/png", "bukti.png"),
					org.assertj.core.groups.Tuple.tuple("lampiran-2.pdf", "application/pdf", "surat.jpg"));
		// Stored as cleaned (re-encoded from its pixels, PDF without metadata): the same
		// picture, not the same bytes.
		byte[] storedPng = this.intake.content(attachments.get(0).storageKey()).orElseThrow();
		byte[] storedPdf = this.intake.content(attachments.get(1).storageKey()).orElseThrow();
		assertThat(pixels(storedPng)).isEqualTo(pixels(png));
		assertThat(new String(storedPdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(attachments.get(0).sizeBytes()).isEqualTo(storedPng.length);
		assertThat(attachments.get(0).sha256()).hasSize(64).isEqualTo(sha256(storedPng));

		// Staff open it from the complaint file; an SKPD that does not handle the
		// complaint cannot.
		String download = "/staff/complaints/" + receipt.text("tracking-number") + "/attachments/0";
		id.pengaduan.StaffSession staff = id.pengaduan.StaffSession.login(this.port, "verifikator", "demo");
		assertThat(staff.get("/staff/complaints/" + receipt.text("tracking-number")).body()).contains("lampiran-1.png")
			.contains("nama berkas asli: bukti.png")
			.contains("surat.jpg")
			.contains(download);
		java.net.http.HttpResponse<String> verifier = staff.get(download);
		assertThat(verifier.statusCode()).isEqualTo(200);
		assertThat(verifier.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(verifier.headers().firstValue("Content-Disposition").orElse("")).contains("attachment")
			.contains("lampiran-1.png");
		assertThat(verifier.body().length()).isPositive();
		assertThat(id.pengaduan.StaffSession.login(this.port, "dukcapil.kepala", "demo").get(download).statusCode())
			.isEqualTo(403);

		// The SKPD that handles it sees the neutral names only.
		id.pengaduan.Staff.verify(this.tasks, receipt.text("tracking-number"), "VALID", null);
		id.pengaduan.StaffSession skpd = id.pengaduan.StaffSession.login(this.port, "dinkes.penghubung", "demo");
		assertThat(skpd.get("/staff/complaints/" + receipt.text("tracking-number")).body()).contains("lampiran-1.png")
			.contains("lampiran-2.pdf")
			.doesNotContain("bukti")
			.doesNotContain("surat.jpg");
		assertThat(skpd.get(download).headers().firstValue("Content-Disposition").orElse("")).contains("lampiran-1.png")
			.doesNotContain("bukti");
	}

	@Test
	void aTextFileNamedLikeAPhotoIsRefused() {
		PortalSession citizen = PortalSession.open(this.port);
		Map<String, String> form = PortalSession.validComplaint(citizen.get("/pengaduan/baru"));
		long before = this.complaints.count();

		PortalSession.Page page = citizen.postMultipart("/pengaduan/baru", form, List
			.of(new PortalSession.Upload("foto.jpg", "image/jpeg", TestFiles.text("bukan foto, hanya teks biasa"))));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("attachments-error")).contains("foto.jpg bukan foto JPEG/PNG atau PDF");
		assertThat(page.text("attachments-lost")).contains("pilih lagi berkasnya");
		assertThat(page.tag("attachments")).contains("aria-describedby=\"attachments-error attachments-lost");
		assertThat(page.text("description")).isEqualTo(DESCRIPTION);
		assertThat(this.complaints.count()).isEqualTo(before);
	}

	@Test
	void tooLargeAndTooManyAttachmentsAreRefused() {
		byte[] big = new byte[(int) this.properties.attachmentMaxSize().toBytes() + 1];
		System.arraycopy(TestFiles.photo("png"), 0, big, 0, 8);
		PortalSession citizen = PortalSession.open(this.port);
		Map<String, String> form = PortalSession.validComplaint(citizen.get("/pengaduan/baru"));
		PortalSession.Upload photo = new PortalSession.Upload("a.png", "image/png", TestFiles.photo("png"));

		PortalSession.Page tooLarge = citizen.postMultipart("/pengaduan/baru", form,
				List.of(new PortalSession.Upload("besar.png", "image/png", big)));
		PortalSession.Page tooMany = citizen.postMultipart("/pengaduan/baru", form,
				List.of(photo, photo, photo, photo));

		assertThat(tooLarge.text("attachments-error")).isEqualTo("besar.png lebih besar dari 5 MB.");
		assertThat(tooMany.text("attachments-error")).isEqualTo("Paling banyak 3 lampiran.");
	}

	@Test
	void theSecurityQuestionCannotBeForgedOrSkipped() {
		PortalSession citizen = PortalSession.open(this.port);
		PortalSession.Page blank = citizen.get("/pengaduan/baru");
		Map<String, String> form = PortalSession.validComplaint(blank);
		String[] token = form.get("challengeToken").split("\\.");
		Map<String, String> forged = new HashMap<>(form);
		// A question the server did not ask (1 + 1 happens to be asked once in 81 forms).
		String easy = ("1".equals(token[0]) && "1".equals(token[1])) ? "2" : "1";
		forged.put("challengeToken", String.join(".", easy, easy, token[2], token[3], token[4]));
		forged.put("challengeAnswer", String.valueOf(2 * Integer.parseInt(easy)));
		Map<String, String> skipped = new HashMap<>(form);
		skipped.remove("challengeToken");
		long before = this.complaints.count();

		PortalSession.Page forgedPage = citizen.postMultipart("/pengaduan/baru", forged, List.of());
		PortalSession.Page skippedPage = citizen.postMultipart("/pengaduan/baru", skipped, List.of());

		assertThat(forgedPage.text("challengeAnswer-error")).contains("Jawaban pertanyaan keamanan salah");
		assertThat(skippedPage.text("challengeAnswer-error")).contains("Jawaban pertanyaan keamanan salah");
		// A new question comes with the refusal; the wrong answer is not kept.
		assertThat(forgedPage.inputValue("challengeToken")).isNotEqualTo(forged.get("challengeToken"));
		assertThat(forgedPage.inputValue("challengeAnswer")).isNullOrEmpty();
		assertThat(this.complaints.count()).isEqualTo(before);
		assertThat(
				citizen.postMultipart("/pengaduan/baru", PortalSession.validComplaint(forgedPage), List.of()).status())
			.isEqualTo(302);
	}

	@Test
	void anAnsweredFormCannotBeSentAgain() {
		PortalSession citizen = PortalSession.open(this.port);
		Map<String, String> form = PortalSession.validComplaint(citizen.get("/pengaduan/baru"));
		assertThat(citizen.postMultipart("/pengaduan/baru", form, List.of()).status()).isEqualTo(302);
		long before = this.complaints.count();

		PortalSession.Page replayed = citizen.postMultipart("/pengaduan/baru", form, List.of());

		assertThat(replayed.status()).isEqualTo(200);
		assertThat(replayed.text("challengeAnswer-error")).contains("sudah terkirim sekali");
		assertThat(replayed.inputValue("challengeToken")).isNotEqualTo(form.get("challengeToken"));
		assertThat(this.complaints.count()).isEqualTo(before);
	}

	private static int[] pixels(byte[] image) {
		try {
			java.awt.image.BufferedImage decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image));
			return decoded.getRGB(0, 0, decoded.getWidth(), decoded.getHeight(), null, 0, decoded.getWidth());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] content) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
