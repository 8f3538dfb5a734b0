package id.pengaduan.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.workflow.ComplaintProcess;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplaintApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	Complaints complaints;

	@Test
	void submitAnswersTrackingNumberAndAccessCodeAndQueuesTheComplaintForVerification() {
		Citizen.Response response = Citizen.post(this.port, "/api/complaints", Citizen.validComplaint(), Map.of());

		assertThat(response.status()).isEqualTo(201);
		String number = response.json().get("trackingNumber").asText();
		assertThat(number).matches("ADU-\\d{4}-\\d{6}");
		assertThat(response.json().get("accessCode").asText()).matches("[2-9A-HJKMNP-Z]{10}");
		assertThat(response.header("Location")).isEqualTo("/api/complaints/" + number);
		assertThat(this.complaints.findByTrackingNumber(number)).get()
			.satisfies((complaint) -> assertThat(complaint.getState()).isEqualTo(ComplaintState.RECEIVED));
		assertThat(this.tasks.openTasks(number)).containsExactly(ComplaintProcess.TASK_VERIFY);
	}

	@Test
	void trackingShowsStateDeadlineAndPublicHistoryInIndonesianByDefault() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());

		JsonNode view = Citizen.get(this.port, "/api/complaints/" + receipt.trackingNumber(), receipt.header()).json();

		assertThat(view.get("state").asText()).isEqualTo("RECEIVED");
		assertThat(view.get("stateLabel").asText()).isEqualTo("Diterima (belum terverifikasi)");
		assertThat(view.get("nextDeadline").get("kind").asText()).isEqualTo("VERIFICATION");
		// SP4N-LAPOR!: verified within 3 working days of receipt (4 left when it came
		// after office hours).
		assertThat(view.get("nextDeadline").get("workingDaysLeft").asInt()).isBetween(3, 4);
		assertThat(view.get("history")).hasSize(1);
		assertThat(view.get("history").get(0).get("label").asText()).isEqualTo("Pengaduan diterima");
		assertThat(view.toString()).doesNotContain("Wulan").doesNotContain("3374010101900001");
	}

	@Test
	void trackingSpeaksEnglishWhenAsked() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());

		JsonNode view = Citizen
			.get(this.port, "/api/complaints/" + receipt.trackingNumber(),
					Map.of("X-Access-Code", receipt.accessCode(), "Accept-Language", "en"))
			.json();

		assertThat(view.get("stateLabel").asText()).isEqualTo("Received (not yet verified)");
	}

	@Test
	void aWrongAccessCodeLooksExactlyLikeAnUnknownNumber() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());

		Citizen.Response wrongCode = Citizen.get(this.port, "/api/complaints/" + receipt.trackingNumber(),
				Map.of("X-Access-Code", "AAAAAAAAAA"));
		Citizen.Response unknown = Citizen.get(this.port, "/api/complaints/ADU-1999-999999",
				Map.of("X-Access-Code", receipt.accessCode()));

		assertThat(wrongCode.status()).isEqualTo(404);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(wrongCode.header("Content-Type")).startsWith("application/problem+json");
		assertThat(wrongCode.json().get("title")).isEqualTo(unknown.json().get("title"));
	}

	@Test
	void theAccessCodeIsForgivingAboutCaseAndSpaces() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		String typed = receipt.accessCode().toLowerCase().substring(0, 5) + " " + receipt.accessCode().substring(5);

		assertThat(Citizen.get(this.port, "/api/complaints/" + receipt.trackingNumber(), Map.of("X-Access-Code", typed))
			.status()).isEqualTo(200);
	}

	@Test
	void trackingWithoutAccessCodeIsRefused() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());

		Citizen.Response response = Citizen.get(this.port, "/api/complaints/" + receipt.trackingNumber(), Map.of());

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("detail").asText()).contains("X-Access-Code");
	}

	@Test
	void anAnonymousComplaintNeedsNoIdentity() {
		Map<String, Object> body = Citizen.validComplaint();
		body.remove("complainant");
		body.put("anonymous", true);

		assertThat(Citizen.post(this.port, "/api/complaints", body, Map.of()).status()).isEqualTo(201);
	}

	static Stream<Arguments> badInput() {
		return Stream.of(Arguments.of("category", null, "category", "Pilih kategori pengaduan."),
				Arguments.of("category", "BUKAN_KATEGORI", "category", "Nilai ini tidak dapat dibaca"),
				Arguments.of("regionCode", "", "regionCode", "Pilih kabupaten/kota"),
				Arguments.of("regionCode", "kota-atlantis", "regionCode", "tidak dikenal"),
				Arguments.of("skpd", "dinas-tidak-ada", "skpd", "SKPD ini tidak dikenal."),
				Arguments.of("description", null, "description", "Tuliskan uraian pengaduan."),
				Arguments.of("description", "terlalu pendek", "description", "antara 20 dan 8000"),
				Arguments.of("description", "x".repeat(8001), "description", "antara 20 dan 8000"),
				Arguments.of("location", "x".repeat(501), "location", "500 karakter"),
				Arguments.of("eventDate", "2999-01-01", "eventDate", "tidak boleh di masa depan"),
				Arguments.of("eventDate", "31-12-2025", "eventDate", "Nilai ini tidak dapat dibaca"),
				Arguments.of("latitude", 91, "latitude", "antara -90 dan 90"),
				Arguments.of("longitude", -181, "longitude", "antara -180 dan 180"),
				Arguments.of("consent", false, "consent", "UU 27/2022"),
				Arguments.of("complainant", null, "complainant", "pilih kirim secara anonim"),
				Arguments.of("complainant", Map.of("name", "Wulan"), "complainant", "nomor telepon atau email"),
				Arguments.of("complainant", Map.of("name", "Wulan", "phone", "12ab"), "complainant.phone",
						"Nomor telepon tidak valid"),
				Arguments.of("complainant", Map.of("name", "Wulan", "email", "bukan-email"), "complainant.email",
						"Alamat email tidak valid"),
				Arguments.of("complainant", Map.of("name", "Wulan", "phone", "0812345678", "nik", "12345"),
						"complainant.nik", "16 angka"),
				Arguments.of("complainant", Map.of("name", "x".repeat(201), "phone", "0812345678"), "complainant.name",
						"200 karakter"));
	}

	@ParameterizedTest(name = "{0}={1} -> {2}")
	@MethodSource("badInput")
	void badInputNamesTheFieldAndStoresNothing(String field, Object value, String expectedField,
			String expectedMessage) {
		Map<String, Object> body = new HashMap<>(Citizen.validComplaint());
		body.put(field, value);
		long before = this.complaints.count();

		Citizen.Response response = Citizen.post(this.port, "/api/complaints", body, Map.of());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("title").asText()).isEqualTo("Data tidak valid");
		List<JsonNode> errors = elements(response.json().get("errors"));
		assertThat(errors).anySatisfy((error) -> {
			assertThat(error.get("field").asText()).isEqualTo(expectedField);
			assertThat(error.get("message").asText()).contains(expectedMessage);
		});
		assertThat(this.complaints.count()).isEqualTo(before);
	}

	@Test
	void malformedJsonIsAProblemToo() {
		Citizen.Response response = Citizen.post(this.port, "/api/complaints", "{\"category\": ", Map.of());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("title").asText()).isEqualTo("Permintaan tidak dapat dibaca");
	}

	@Test
	void theCitizenCompletesAMissingFileAndItGoesBackToVerification() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.verify(this.tasks, receipt.trackingNumber(), "INCOMPLETE", "Sebutkan nama petugas loket.");
		JsonNode waiting = Citizen.get(this.port, "/api/complaints/" + receipt.trackingNumber(), receipt.header())
			.json();
		assertThat(waiting.get("awaiting").asText()).isEqualTo("COMPLETION");
		assertThat(waiting.get("nextDeadline").get("kind").asText()).isEqualTo("COMPLETION");
		assertThat(waiting.toString()).contains("Sebutkan nama petugas loket.");

		Citizen.Response empty = Citizen.post(this.port, "/api/complaints/" + receipt.trackingNumber() + "/completion",
				Map.of("information", " "), receipt.header());
		Citizen.Response sent = Citizen.post(this.port, "/api/complaints/" + receipt.trackingNumber() + "/completion",
				Map.of("information", "Loket 3, pukul 10.00."), receipt.header());
		Citizen.Response again = Citizen.post(this.port, "/api/complaints/" + receipt.trackingNumber() + "/completion",
				Map.of("information", "Lagi."), receipt.header());

		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").get(0).get("field").asText()).isEqualTo("information");
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.json().get("state").asText()).isEqualTo("RECEIVED");
		// The process goes back to verification in a job after the citizen's request.
		assertThat(this.tasks.runContinuations(receipt.trackingNumber())).isOne();
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).containsExactly(ComplaintProcess.TASK_VERIFY);
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void theCitizenAcceptsTheAnswerAndTheComplaintIsResolved() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.answer(this.tasks, receipt.trackingNumber(), "Jadwal loket sudah dipasang di pintu masuk.");
		JsonNode answered = Citizen.get(this.port, "/api/complaints/" + receipt.trackingNumber(), receipt.header())
			.json();
		assertThat(answered.get("state").asText()).isEqualTo("RESPONDED");
		assertThat(answered.get("awaiting").asText()).isEqualTo("FEEDBACK");
		assertThat(answered.get("unit").get("name").asText()).isEqualTo("Dinas Kesehatan");
		assertThat(answered.toString()).contains("Jadwal loket sudah dipasang di pintu masuk.")
			.contains("Kami sedang memeriksa jadwal loket.")
			// Internal notes stay internal.
			.doesNotContain("Kepala puskesmas sudah dihubungi.");

		Citizen.Response accepted = Citizen.post(this.port, "/api/complaints/" + receipt.trackingNumber() + "/feedback",
				Map.of("satisfied", true), receipt.header());

		assertThat(accepted.status()).isEqualTo(200);
		assertThat(this.tasks.runContinuations(receipt.trackingNumber())).isOne();
		JsonNode resolved = Citizen.get(this.port, "/api/complaints/" + receipt.trackingNumber(), receipt.header())
			.json();
		assertThat(resolved.get("state").asText()).isEqualTo("RESOLVED");
		assertThat(resolved.get("nextDeadline").isNull()).isTrue();
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).isEmpty();
	}

	@Test
	void theSurveyTakesAllNineElementsOnceTheComplaintIsResolvedAndRefusesAnyMissingOne() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.answer(this.tasks, receipt.trackingNumber(), "Jadwal loket sudah dipasang di pintu masuk.");
		String path = "/api/complaints/" + receipt.trackingNumber() + "/survey";
		Map<String, Object> all = new java.util.LinkedHashMap<>();
		for (int i = 1; i <= 9; i++) {
			all.put("U" + i, 3);
		}
		Citizen.Response early = Citizen.post(this.port, path, Map.of("scores", all), receipt.header());
		Citizen.post(this.port, "/api/complaints/" + receipt.trackingNumber() + "/feedback", Map.of("satisfied", true),
				receipt.header());
		this.tasks.runContinuations(receipt.trackingNumber());
		Map<String, Object> partial = new java.util.LinkedHashMap<>(all);
		partial.put("U3", 9);
		partial.remove("U7");
		JsonNode resolved = Citizen.get(this.port, "/api/complaints/" + receipt.trackingNumber(), receipt.header())
			.json();
		Citizen.Response refused = Citizen.post(this.port, path, Map.of("scores", partial), receipt.header());
		Citizen.Response rated = Citizen.post(this.port, path, Map.of("scores", all, "comment", "Cepat."),
				receipt.header());
		Citizen.Response twice = Citizen.post(this.port, path, Map.of("scores", all), receipt.header());

		assertThat(early.status()).isEqualTo(409);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(elements(refused.json().get("errors"))).extracting((error) -> error.get("field").asText())
			.containsExactlyInAnyOrder("scores.U3", "scores.U7");
		assertThat(elements(refused.json().get("errors")))
			.allSatisfy((error) -> assertThat(error.get("message").asText())
				.isEqualTo("Pilih salah satu nilai dari 1 sampai 4."));
		assertThat(resolved.get("awaiting").asText()).isEqualTo("SURVEY");
		assertThat(rated.status()).isEqualTo(200);
		assertThat(rated.json().get("awaiting").isNull()).isTrue();
		assertThat(twice.status()).isEqualTo(409);
	}

	@Test
	void theFinalAnswerComesWithTheOmbudsmanNoticeInAFieldOfItsOwn() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		JsonNode open = Citizen.get(this.port, "/api/complaints/" + receipt.trackingNumber(), receipt.header()).json();
		Staff.answer(this.tasks, receipt.trackingNumber(), "Jadwal loket sudah dipasang di pintu masuk.");
		JsonNode answered = Citizen.get(this.port, "/api/complaints/" + receipt.trackingNumber(), receipt.header())
			.json();

		assertThat(open.get("ombudsmanNotice").isNull()).isTrue();
		assertThat(answered.get("finalAnswer").asText()).isEqualTo("Jadwal loket sudah dipasang di pintu masuk.");
		assertThat(answered.get("ombudsmanNotice").asText()).contains("Ombudsman Republik Indonesia")
			.contains("maladministrasi")
			.contains("137")
			.contains("ombudsman.go.id");
		// The officer's text stays as he wrote it.
		assertThat(this.complaints.findByTrackingNumber(receipt.trackingNumber()).orElseThrow().getFinalAnswer())
			.doesNotContain("Ombudsman");
	}

	@Test
	void notSatisfiedNeedsAReasonAndReopensTheComplaint() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.answer(this.tasks, receipt.trackingNumber(), "Sudah kami tegur petugasnya.");
		String feedback = "/api/complaints/" + receipt.trackingNumber() + "/feedback";

		Citizen.Response noReason = Citizen.post(this.port, feedback, Map.of("satisfied", false), receipt.header());
		Citizen.Response given = Citizen.post(this.port, feedback,
				Map.of("satisfied", false, "reason", "Loket masih tutup kemarin."), receipt.header());
		Citizen.Response again = Citizen.post(this.port, feedback, Map.of("satisfied", true), receipt.header());
		assertThat(this.tasks.runContinuations(receipt.trackingNumber())).isOne();
		JsonNode reopened = Citizen.get(this.port, "/api/complaints/" + receipt.trackingNumber(), receipt.header())
			.json();

		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
		assertThat(given.status()).isEqualTo(200);
		assertThat(again.status()).as("a second reply while the first is processed").isEqualTo(409);
		assertThat(reopened.get("state").asText()).isEqualTo("REOPENED");
		assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
		assertThat(reopened.get("nextDeadline").get("kind").asText()).isEqualTo("FIRST_RESPONSE");
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).containsExactly(ComplaintProcess.TASK_HANDLE);
	}

	@Test
	void theFeedbackRequestOnlyRecordsTheReplyAndTheReopenFollowsInAJob() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.answer(this.tasks, receipt.trackingNumber(), "Sudah kami tegur petugasnya.");

		Citizen.Response given = Citizen.post(this.port, "/api/complaints/" + receipt.trackingNumber() + "/feedback",
				Map.of("satisfied", false, "reason", "Loket masih tutup kemarin."), receipt.header());

		// Answered before the reopen: the reply is recorded, the process waits in a job.
		assertThat(given.status()).isEqualTo(200);
		assertThat(given.json().get("state").asText()).isEqualTo("RESPONDED");
		assertThat(given.json().get("reopenCount").asInt()).isZero();
		assertThat(given.json().get("awaiting").isNull()).isTrue();
		assertThat(given.body()).contains("Loket masih tutup kemarin.");
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).isEmpty();

		assertThat(this.tasks.runContinuations(receipt.trackingNumber())).isOne();

		JsonNode reopened = Citizen.get(this.port, "/api/complaints/" + receipt.trackingNumber(), receipt.header())
			.json();
		assertThat(reopened.get("state").asText()).isEqualTo("REOPENED");
		assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).containsExactly(ComplaintProcess.TASK_HANDLE);
	}

	@Test
	void feedbackBeforeAnyAnswerIsAConflict() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());

		Citizen.Response response = Citizen.post(this.port, "/api/complaints/" + receipt.trackingNumber() + "/feedback",
				Map.of("satisfied", true), receipt.header());

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("state").asText()).isEqualTo("RECEIVED");
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).containsExactly(ComplaintProcess.TASK_VERIFY);
	}

	@Test
	void theOpenApiDescriptionListsTheCitizenApi() {
		Citizen.Response response = Citizen.get(this.port, "/v3/api-docs", Map.of());

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("paths").has("/api/complaints")).isTrue();
		assertThat(response.json().get("paths").has("/api/complaints/{trackingNumber}/feedback")).isTrue();
		// Every operation tells a client it may be limited, and for how long.
		response.json().get("paths").forEach((path) -> path.forEach((operation) -> {
			JsonNode limited = operation.get("responses").get("429");
			assertThat(limited).as(operation.get("summary").asText()).isNotNull();
			assertThat(limited.get("headers").has("Retry-After")).isTrue();
		}));
	}

	private static List<JsonNode> elements(JsonNode array) {
		List<JsonNode> nodes = new java.util.ArrayList<>();
		array.forEach(nodes::add);
		return nodes;
	}

}
