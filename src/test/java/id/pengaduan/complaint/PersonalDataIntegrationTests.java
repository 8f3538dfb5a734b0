package id.pengaduan.complaint;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import id.pengaduan.Citizen;
import id.pengaduan.PengaduanApplication;
import id.pengaduan.Staff;
import id.pengaduan.StaffSession;
import id.pengaduan.intake.CitizenReplies;
import id.pengaduan.intake.ComplaintIntake;
import id.pengaduan.workflow.ComplaintTasks;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complainant's identity at rest (docs/decisions/0011): encrypted in the database,
 * the NIK masked for everybody but the verifiers, access codes stored as an HMAC, and the
 * identity pseudonymised when the retention period after closing has passed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonalDataIntegrationTests {

	static final String NIK = "3374010101900001";

	static final Complainant WULAN = new Complainant("Wulan Sari", NIK, "081234567890", "wulan.sari@example.id");

	@LocalServerPort
	int port;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	Complaints complaints;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	JdbcClient db;

	@Autowired
	IdentityRetention retention;

	@TempDir
	Path directory;

	@Test
	void theIdentityIsStoredEncryptedAndReadBackWhole() {
		String number = submit().trackingNumber().value();

		Map<String, Object> row = this.db
			.sql("select complainant_name, complainant_nik, complainant_phone, complainant_email from complaint"
					+ " where tracking_number = ?")
			.param(number)
			.query()
			.singleRow();

		assertThat(row.values()).allSatisfy((stored) -> assertThat((String) stored).startsWith("enc1:demo:")
			.doesNotContain("Wulan")
			.doesNotContain("3374")
			.doesNotContain("0812")
			.doesNotContain("example"));
		assertThat(this.complaints.findByTrackingNumber(number).orElseThrow().getComplainant()).isEqualTo(WULAN);
		assertThat(this.db
			.sql("select original_name from attachment where complaint_id = (select id from complaint"
					+ " where tracking_number = ?)")
			.param(number)
			.query(String.class)
			.single()).startsWith("enc1:demo:").doesNotContain("Wulan").doesNotContain(NIK);
	}

	@Test
	void theAccessCodeIsStoredAsAnHmacNotItsSha256AndStillOpensTheComplaint() throws Exception {
		ComplaintIntake.Receipt receipt = submit();
		String code = receipt.accessCode().value();

		String stored = this.db.sql("select access_code_hash from complaint where tracking_number = ?")
			.param(receipt.trackingNumber().value())
			.query(String.class)
			.single();

		String sha256 = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		assertThat(stored).startsWith("h2:").doesNotContain(sha256);
		assertThat(Citizen
			.get(this.port, "/api/complaints/" + receipt.trackingNumber().value(), Map.of("X-Access-Code", code))
			.status()).isEqualTo(200);
	}

	@Test
	void theSkpdSeesTheNikMaskedAndTheVerifierSeesItWhole() {
		String number = submit().trackingNumber().value();
		Staff.verify(this.tasks, number, "VALID", null);

		HttpResponse<String> skpd = StaffSession.login(this.port, "dinkes.penghubung", "demo")
			.get("/staff/complaints/" + number);
		HttpResponse<String> verifier = StaffSession.login(this.port, "verifikator", "demo")
			.get("/staff/complaints/" + number);

		assertThat(skpd.statusCode()).isEqualTo(200);
		assertThat(skpd.body()).contains("Wulan Sari").contains("3374********0001").doesNotContain(NIK);
		assertThat(verifier.statusCode()).isEqualTo(200);
		assertThat(verifier.body()).contains(NIK);
	}

	@Test
	void theRetentionJobErasesOnlyIdentitiesClosedLongerThanFiveYearsAgo() {
		Instant sixYearsAgo = Instant.now().atOffset(ZoneOffset.UTC).minusYears(6).toInstant();
		ComplaintIntake.Receipt old = this.tasks.call(sixYearsAgo, () -> {
			ComplaintIntake.Receipt receipt = submit();
			Staff.verify(this.tasks, receipt.trackingNumber().value(), "REJECTED", "Bukan pengaduan pelayanan.");
			return receipt;
		});
		ComplaintIntake.Receipt recent = submit();
		Staff.verify(this.tasks, recent.trackingNumber().value(), "REJECTED", "Bukan pengaduan pelayanan.");

		int erased = this.retention.eraseExpiredIdentities();
		this.retention.eraseExpiredIdentities();

		assertThat(erased).isPositive();
		Complaint gone = this.complaints.findByTrackingNumber(old.trackingNumber().value()).orElseThrow();
		assertThat(gone.getComplainant()).isEqualTo(Complainant.none());
		assertThat(gone.getLatitude()).isNull();
		assertThat(this.db.sql("select file_name, original_name from attachment where complaint_id = ?")
			.param(gone.getId())
			.query((rs, i) -> rs.getString(1) + ":" + rs.getString(2))
			.list()).containsExactly("lampiran-1.jpg:null");
		assertThat(gone.getIdentityErasedAt()).isNotNull();
		assertThat(gone.getHistory()).filteredOn((entry) -> entry.getEvent().equals("history.IDENTITY_ERASED"))
			.hasSize(1);
		assertThat(this.complaints.findByTrackingNumber(recent.trackingNumber().value()).orElseThrow().getComplainant())
			.isEqualTo(WULAN);

		HttpResponse<String> file = StaffSession.login(this.port, "verifikator", "demo")
			.get("/staff/complaints/" + old.trackingNumber().value());
		assertThat(file.body()).contains("Data pribadi telah dihapus sesuai masa retensi").doesNotContain("Wulan");
		Citizen.Response tracking = Citizen.get(this.port, "/api/complaints/" + old.trackingNumber().value(),
				Map.of("X-Access-Code", old.accessCode().value()));
		assertThat(tracking.status()).isEqualTo(200);
		assertThat(tracking.json().get("state").asText()).isEqualTo("REJECTED_ARCHIVED");
	}

	/**
	 * A database from before V5 and V9: its plain identities are encrypted by the
	 * migration, its SHA-256 access codes still open their complaint and become HMACs,
	 * and after a new key is put first, every value is re-encrypted with it on the next
	 * start.
	 */
	@Test
	void anUpgradedDatabaseIsEncryptedByV9AndReEncryptedAfterAKeyRotation() throws Exception {
		String url = "jdbc:h2:file:" + this.directory.resolve("pengaduan") + ";NON_KEYWORDS=VALUE";
		Flyway.configure().dataSource(url, "sa", "").target("4").load().migrate();
		JdbcClient before = JdbcClient
			.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "sa", ""));
		String sha256 = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest("T72UBUVMGN".getBytes(StandardCharsets.UTF_8)));
		before.sql("""
				insert into complaint (version, tracking_number, access_code_hash, channel, category, region_code,
				    description, complainant_name, complainant_nik, complainant_phone, anonymous, confidential, state,
				    supervisory_content, submitted_at, reopen_count)
				values (0, 'ADU-2025-000001', ?, 'WEB', 'KESEHATAN', 'kota-semarang', 'Loket tutup pada jam layanan.',
				    'Wulan Sari', ?, '081234567890', false, false, 'RESOLVED', false, ?, 0)""")
			.params(sha256, NIK, java.time.OffsetDateTime.parse("2025-03-03T10:00:00+07:00"))
			.update();
		before.sql("insert into attachment (complaint_id, file_name, media_type, size_bytes, sha256, storage_key)"
				+ " select id, ?, 'image/jpeg', 3, ?, 'before-v9' from complaint where tracking_number = 'ADU-2025-000001'")
			.params("KTP_Wulan_Sari_" + NIK + ".jpg", "0".repeat(64))
			.update();

		try (ConfigurableApplicationContext app = start(url, "upgraded")) {
			Map<String, Object> row = columns(app);
			assertThat(row.get("complainant_nik").toString()).startsWith("enc1:demo:");
			assertThat(originalName(app)).startsWith("enc1:demo:");
			assertThat(row.get("complainant_email")).isNull();
			assertThat(row.get("access_code_hash").toString()).isEqualTo("h1:" + sha256);
			assertThat(app.getBean(CitizenReplies.class).find("ADU-2025-000001", "t72u-bu vmgn")).isPresent();
			assertThat(app.getBean(CitizenReplies.class).find("ADU-2025-000001", "T72UBUVMGX")).isEmpty();
			assertThat(columns(app).get("access_code_hash").toString()).startsWith("h2:");
		}

		String newKey = "k2:" + PersonalDataCipherTests.key("the newest key, also 32 bytes!!!");
		try (ConfigurableApplicationContext app = start(url, "rotated",
				"--pengaduan.personal-data.keys=" + newKey + "," + PersonalDataCipher.DEMO_KEY)) {
			Map<String, Object> row = columns(app);
			assertThat(row.get("complainant_name").toString()).startsWith("enc1:k2:");
			assertThat(row.get("complainant_nik").toString()).startsWith("enc1:k2:");
			assertThat(originalName(app)).startsWith("enc1:k2:");
			assertThat(app.getBean(Complaints.class)
				.findByTrackingNumber("ADU-2025-000001")
				.orElseThrow()
				.getComplainant()).isEqualTo(new Complainant("Wulan Sari", NIK, "081234567890", null));
			assertThat(app.getBean(CitizenReplies.class).find("ADU-2025-000001", "T72UBUVMGN")).isPresent();
		}
	}

	private static ConfigurableApplicationContext start(String url, String name, String... more) {
		List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=0",
				"--camunda.bpm.process-engine-name=" + name, "--camunda.bpm.webapp.enabled=false",
				"--spring.datasource.url=" + url, "--spring.datasource.username=sa", "--spring.datasource.password="));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(PengaduanApplication.class).run(arguments.toArray(String[]::new));
	}

	private static String originalName(ConfigurableApplicationContext app) {
		return app.getBean(JdbcClient.class)
			.sql("select original_name from attachment where storage_key = 'before-v9'")
			.query(String.class)
			.single();
	}

	private static Map<String, Object> columns(ConfigurableApplicationContext app) {
		return app.getBean(JdbcClient.class)
			.sql("select complainant_name, complainant_nik, complainant_email, access_code_hash from complaint"
					+ " where tracking_number = 'ADU-2025-000001'")
			.query()
			.singleRow();
	}

	private ComplaintIntake.Receipt submit() {
		return this.intake
			.submit(new Submission(Channel.WEB, Category.KESEHATAN, "kota-semarang", "Puskesmas Halmahera", -6.99,
					110.42, null, "Loket pendaftaran tutup pada jam layanan tanpa pemberitahuan.", WULAN, false, false,
					null, List.of(new Attachment("lampiran-1.jpg", "image/jpeg", 3, "0".repeat(64),
							"pii-" + System.nanoTime(), "KTP_Wulan_Sari_" + NIK + ".jpg"))));
	}

}
