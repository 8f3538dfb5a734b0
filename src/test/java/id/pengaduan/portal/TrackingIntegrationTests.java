package id.pengaduan.portal;

import java.util.Map;

import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.workflow.ComplaintProcess;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrackingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	JdbcClient db;

	@Test
	void aWrongAccessCodeLooksLikeAnUnknownNumberAndTheCodeNeverGoesIntoAUrl() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		PortalSession citizen = PortalSession.open(this.port);
		citizen.get("/lacak");

		PortalSession.Page wrongCode = citizen.post("/lacak",
				Map.of("trackingNumber", receipt.trackingNumber(), "accessCode", "AAAAAAAAAA"));
		PortalSession.Page unknown = citizen.post("/lacak",
				Map.of("trackingNumber", "ADU-1999-999999", "accessCode", receipt.accessCode()));
		PortalSession.Page empty = citizen.post("/lacak", Map.of("trackingNumber", " ", "accessCode", ""));
		PortalSession.Page found = citizen.post("/lacak", Map.of("trackingNumber",
				receipt.trackingNumber().toLowerCase(), "accessCode", receipt.accessCode().toLowerCase()));

		assertThat(wrongCode.html()).contains("Nomor pelacakan atau kode akses salah");
		assertThat(unknown.html()).contains("Nomor pelacakan atau kode akses salah");
		assertThat(wrongCode.inputValue("trackingNumber")).isEqualTo(receipt.trackingNumber());
		assertThat(empty.text("trackingNumber-error")).isEqualTo("Tulis nomor pelacakan dari tanda terima.");
		assertThat(empty.text("accessCode-error")).isEqualTo("Tulis kode akses dari tanda terima.");
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.text("state")).isEqualTo("Diterima (belum terverifikasi)");
		assertThat(found.html()).contains("Verifikasi oleh unit pengaduan")
			.contains("hari kerja")
			.contains("Pengaduan diterima")
			.contains("Unit pengaduan (belum diteruskan ke SKPD)")
			// Identity stays out of the citizen's page too.
			.doesNotContain("Wulan")
			.doesNotContain("3374010101900001");
		assertThat(found.html()).doesNotContainPattern("(href|action)=\"[^\"]*" + receipt.accessCode());
		// The language switch of a tracking page posts the code along instead of losing
		// the page.
		Map<String, String> english = new java.util.HashMap<>(credentials(receipt));
		english.put("lang", "en");
		PortalSession.Page switched = citizen.post("/lacak", english);
		assertThat(switched.html()).contains("<html lang=\"en\">");
		assertThat(switched.text("state")).isEqualTo("Received (not yet verified)");
	}

	@Test
	void theCitizenSendsTheMissingInformationOnTheTrackingPage() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.verify(this.tasks, receipt.trackingNumber(), "INCOMPLETE", "Sebutkan nama petugas loket.");
		PortalSession citizen = PortalSession.open(this.port);
		PortalSession.Page waiting = track(citizen, receipt);

		PortalSession.Page empty = citizen.post("/lacak/kelengkapan", credentials(receipt, "information", " "));
		PortalSession.Page sent = citizen.post("/lacak/kelengkapan",
				credentials(receipt, "information", "Petugas loket 3, Bapak Slamet."));
		PortalSession.Page again = citizen.post("/lacak/kelengkapan", credentials(receipt, "information", "Lagi."));

		assertThat(waiting.text("state")).isEqualTo("Menunggu kelengkapan");
		assertThat(waiting.html()).contains("Sebutkan nama petugas loket.").contains("Kirim kelengkapan");
		assertThat(empty.text("information-error")).isEqualTo("Tuliskan informasi yang diminta.");
		assertThat(empty.tag("information")).contains("aria-invalid=\"true\"");
		assertThat(sent.html()).contains("kelengkapan sudah kami terima").contains("Petugas loket 3, Bapak Slamet.");
		assertThat(sent.text("state")).isEqualTo("Diterima (belum terverifikasi)");
		this.tasks.runContinuations(receipt.trackingNumber());
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).containsExactly(ComplaintProcess.TASK_VERIFY);
		assertThat(again.html()).contains("Status pengaduan sudah berubah");
	}

	@Test
	void notSatisfiedNeedsAReasonAndReopensTheComplaint() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.answer(this.tasks, receipt.trackingNumber(), "Jadwal loket sudah dipasang di pintu masuk.");
		PortalSession citizen = PortalSession.open(this.port);
		PortalSession.Page answered = track(citizen, receipt);

		PortalSession.Page noReason = citizen.post("/lacak/tanggapan",
				credentials(receipt, "satisfied", "false", "reason", ""));
		PortalSession.Page given = citizen.post("/lacak/tanggapan",
				credentials(receipt, "satisfied", "false", "reason", "Loket masih tutup kemarin."));
		// The process reopens it in a job after the citizen's request.
		this.tasks.runContinuations(receipt.trackingNumber());
		PortalSession.Page reopened = track(citizen, receipt);

		assertThat(answered.text("state")).isEqualTo("Menunggu tanggapan pelapor");
		// UU 25/2009 Ps 40/46: the final answer tells the citizen where to go next.
		assertThat(answered.text("ombudsman-notice")).contains("Ombudsman Republik Indonesia")
			.contains("maladministrasi")
			.contains("137");
		assertThat(answered.html()).contains("Jadwal loket sudah dipasang di pintu masuk.")
			.contains("Dinas Kesehatan")
			.contains("Ya, saya menerima jawaban ini");
		assertThat(noReason.text("reason-error")).isEqualTo("Tuliskan alasan Anda belum puas.");
		assertThat(reopened.text("state")).isEqualTo("Dibuka kembali");
		assertThat(given.html()).contains("Loket masih tutup kemarin.").contains("dibuka kembali");
		assertThat(reopened.html()).contains("Loket masih tutup kemarin.");
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).containsExactly(ComplaintProcess.TASK_HANDLE);
	}

	@Test
	void theSurveyAsksTheNineSkmElementsOnceTheComplaintIsClosedAndTakesOneAnswerPerRound() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.answer(this.tasks, receipt.trackingNumber(), "Jadwal loket sudah dipasang di pintu masuk.");
		PortalSession citizen = PortalSession.open(this.port);
		PortalSession.Page answered = track(citizen, receipt);

		PortalSession.Page early = citizen.post("/lacak/survei", credentials(receipt, scores("4")));
		citizen.post("/lacak/tanggapan", credentials(receipt, "satisfied", "true"));
		this.tasks.runContinuations(receipt.trackingNumber());
		PortalSession.Page resolved = track(citizen, receipt);
		// U3 out of range, U7 missing: each is refused beside its own question.
		String[] partial = scores("3");
		partial[5] = "9";
		partial[13] = "";
		PortalSession.Page refused = citizen.post("/lacak/survei", credentials(receipt, partial));
		String[] all = scores("3");
		all[15] = "4";
		PortalSession.Page rated = citizen.post("/lacak/survei",
				credentials(receipt, concat(all, "comment", "Cepat, terima kasih.")));
		PortalSession.Page twice = citizen.post("/lacak/survei", credentials(receipt, scores("1")));

		assertThat(answered.html()).doesNotContain("Survei kepuasan");
		assertThat(early.html()).contains("Status pengaduan sudah berubah").doesNotContain("Survei kepuasan");
		assertThat(resolved.text("state")).isEqualTo("Selesai");
		assertThat(resolved.html()).contains("Survei kepuasan")
			.contains("1. Persyaratan")
			.contains("8. Penanganan pengaduan, saran dan masukan")
			.contains("9. Sarana dan prasarana")
			.contains("4 — Sangat baik");
		// Radio groups with a legend each, so a screen reader names the question.
		assertThat(resolved.html()).containsPattern("<fieldset[^>]*id=\"U9\"[\\s\\S]*?<legend>9\\. Sarana");
		assertThat(refused.text("U3-error")).isEqualTo("Pilih salah satu nilai dari 1 sampai 4.");
		assertThat(refused.text("U7-error")).isEqualTo("Pilih salah satu nilai dari 1 sampai 4.");
		assertThat(refused.html()).doesNotContain("id=\"U1-error\"");
		assertThat(refused.tag("U1-3")).contains("checked");
		assertThat(rated.html()).contains("Penilaian Anda sudah kami terima").doesNotContain("Kirim penilaian");
		assertThat(twice.html()).contains("Status pengaduan sudah berubah");
		assertThat(this.db.sql(
				"select a.element, a.score, s.round, s.comment from skm_answer a join skm_survey s on s.id = a.survey_id"
						+ " join complaint c on c.id = s.complaint_id where c.tracking_number = ? order by a.element")
			.param(receipt.trackingNumber())
			.query((rs, row) -> rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3) + "/" + rs.getString(4))
			.list()).hasSize(9)
			.contains("U1/3/0/Cepat, terima kasih.", "U8/4/0/Cepat, terima kasih.", "U9/3/0/Cepat, terima kasih.");
	}

	/** All nine SKM elements with one score, as field/value pairs. */
	private static String[] scores(String score) {
		String[] fields = new String[18];
		for (int i = 0; i < 9; i++) {
			fields[2 * i] = "scores[U" + (i + 1) + "]";
			fields[2 * i + 1] = score;
		}
		return fields;
	}

	private static String[] concat(String[] fields, String... more) {
		String[] all = java.util.Arrays.copyOf(fields, fields.length + more.length);
		System.arraycopy(more, 0, all, fields.length, more.length);
		return all;
	}

	private static PortalSession.Page track(PortalSession citizen, Citizen.Receipt receipt) {
		citizen.get("/lacak");
		return citizen.post("/lacak", credentials(receipt));
	}

	private static Map<String, String> credentials(Citizen.Receipt receipt, String... fields) {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		values.put("trackingNumber", receipt.trackingNumber());
		values.put("accessCode", receipt.accessCode());
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		return values;
	}

}
