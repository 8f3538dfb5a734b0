package id.pengaduan.identity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.StaffSession;
import id.pengaduan.workflow.ComplaintProcess;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** "Nothing is open that should not be", checked through the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ComplaintTasks tasks;

	@Test
	void eachFasilitatorSeesOnlyTheTasksOfHisGroup() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of("category", "KESEHATAN"));
		assertThat(taskKeysOf("verifikator", receipt)).containsExactly(ComplaintProcess.TASK_VERIFY);
		assertThat(taskKeysOf("dinkes.penghubung", receipt)).isEmpty();

		Staff.verify(this.tasks, receipt.trackingNumber(), "VALID", null);

		assertThat(taskKeysOf("dinkes.penghubung", receipt)).containsExactly(ComplaintProcess.TASK_ACCEPT_DISPOSITION);
		assertThat(taskKeysOf("dukcapil.penghubung", receipt)).isEmpty();
		assertThat(taskKeysOf("dinkes.penangan", receipt)).isEmpty();
		assertThat(taskKeysOf("verifikator", receipt)).isEmpty();
	}

	/**
	 * The queue as the Tasklist asks for it (candidate group, sorted, counted): the
	 * engine's authorization check, not the parameter, decides what comes back
	 * (docs/decisions/0013).
	 */
	@Test
	void anSkpdOfficerCannotReadOrClaimAnotherSkpdsQueueThroughTheEngineApi() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of("category", "KESEHATAN"));
		Staff.verify(this.tasks, receipt.trackingNumber(), "VALID", null);
		String queue = "/engine-rest/task?candidateGroup=dinkes-penghubung&sortBy=created&sortOrder=desc"
				+ "&processInstanceBusinessKey=" + receipt.trackingNumber();
		Map<String, String> owner = Map.of("Authorization", Citizen.basic("dinkes.penghubung", "demo"));
		Map<String, String> stranger = Map.of("Authorization", Citizen.basic("dukcapil.penghubung", "demo"));

		JsonNode own = Citizen.get(this.port, queue, owner).json();
		String taskId = own.get(0).get("id").asText();

		assertThat(own).hasSize(1);
		assertThat(Citizen.get(this.port, queue, stranger).json()).isEmpty();
		assertThat(Citizen.get(this.port, "/engine-rest/task/count?candidateGroup=dinkes-penghubung", stranger)
			.json()
			.get("count")
			.asLong()).isZero();
		assertThat(Citizen
			.send(this.port, "POST", "/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"dukcapil.penghubung\"}",
					stranger)
			.status()).isIn(403, 404);
		assertThat(Citizen.get(this.port, "/engine-rest/task/" + taskId, stranger).status()).isIn(403, 404);
	}

	@Test
	void aHospitalComplaintReachesTheHospitalOfItsRegion() {
		Citizen.Receipt solo = Citizen.submit(this.port,
				Map.of("category", "LAYANAN_RUMAH_SAKIT", "regionCode", "kota-surakarta"));
		Staff.verify(this.tasks, solo.trackingNumber(), "VALID", null);

		assertThat(taskKeysOf("rsud-moewardi.penghubung", solo))
			.containsExactly(ComplaintProcess.TASK_ACCEPT_DISPOSITION);
		assertThat(taskKeysOf("rsud-tugurejo.penghubung", solo)).isEmpty();
	}

	@Test
	void theEngineApiAndTheWebappsApiNeedALogin() {
		assertThat(Citizen.get(this.port, "/engine-rest/task", Map.of()).status()).isEqualTo(401);
		assertThat(Citizen.get(this.port, "/engine-rest/process-instance", Map.of()).status()).isEqualTo(401);
		assertThat(Citizen.get(this.port, "/camunda/api/engine/engine/", Map.of()).status()).isEqualTo(401);
		assertThat(Citizen
			.get(this.port, "/engine-rest/task", Map.of("Authorization", Citizen.basic("verifikator", "demo")))
			.status()).isEqualTo(200);
	}

	@Test
	void aWrongPasswordLocksTheAccountForAWhile() {
		// Camunda delays the next attempt after a failure (loginDelayBase, 3 s): even the
		// right password waits.
		Map<String, String> wrong = Map.of("Authorization", Citizen.basic("disdik.kepala", "wrong"));
		Map<String, String> right = Map.of("Authorization", Citizen.basic("disdik.kepala", "demo"));

		assertThat(Citizen.get(this.port, "/engine-rest/task", wrong).status()).isEqualTo(401);
		assertThat(Citizen.get(this.port, "/engine-rest/task", right).status()).isEqualTo(401);
	}

	@Test
	void staffPagesSendStrangersToTheLoginPage() {
		Citizen.Response response = Citizen.get(this.port, "/staff/complaints", Map.of());
		Citizen.Response tasklist = Citizen.get(this.port, "/camunda/app/tasklist/default/", Map.of());

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/login");
		assertThat(tasklist.status()).isEqualTo(302);
		assertThat(tasklist.header("Location")).endsWith("/login");
	}

	@Test
	void aFasilitatorCannotOpenAnotherSkpdsComplaint() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of("category", "KESEHATAN"));
		Staff.verify(this.tasks, receipt.trackingNumber(), "VALID", null);
		String page = "/staff/complaints/" + receipt.trackingNumber();

		assertThat(login("dinkes.penghubung").get(page).statusCode()).isEqualTo(200);
		HttpResponse<String> forbidden = login("dukcapil.kepala").get(page);
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("Anda tidak berwenang melihat berkas ini.").doesNotContain("Wulan Sari");
		// The search form echoes the number: the link to the file is what the list shows.
		String search = "/staff/complaints?number=" + receipt.trackingNumber();
		assertThat(login("dinkes.penghubung").get(search).body()).contains(page + "\"");
		assertThat(login("dukcapil.kepala").get(search).body()).doesNotContain(page + "\"");
	}

	@Test
	void anAnonymousComplainantsIdentityIsForTheVerifiersOnly() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of("category", "KESEHATAN", "anonymous", true));
		Staff.verify(this.tasks, receipt.trackingNumber(), "VALID", null);
		String page = "/staff/complaints/" + receipt.trackingNumber();

		String verifier = login("verifikator").get(page).body();
		String liaison = login("dinkes.penghubung").get(page).body();

		assertThat(verifier).contains("Wulan Sari").contains("081234567890");
		assertThat(liaison).doesNotContain("Wulan Sari")
			.doesNotContain("3374010101900001")
			.doesNotContain("081234567890")
			.doesNotContain("wulan@example.org")
			.contains("Identitas dirahasiakan");
	}

	@Test
	void noPersonalDataEntersTheEngine() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of("category", "KESEHATAN"));
		Staff.answer(this.tasks, receipt.trackingNumber(), "Jawaban untuk Ibu Wulan Sari di 081234567890.");

		JsonNode instances = engineRest("/engine-rest/process-instance?businessKey=" + receipt.trackingNumber());
		String instanceId = instances.get(0).get("id").asText();
		JsonNode variables = engineRest("/engine-rest/process-instance/" + instanceId + "/variables");
		List<String> names = new java.util.ArrayList<>();
		variables.fieldNames().forEachRemaining(names::add);

		assertThat(variables.toString()).contains(receipt.trackingNumber())
			.doesNotContain("Wulan")
			.doesNotContain("3374010101900001")
			.doesNotContain("081234567890")
			.doesNotContain("wulan@example.org");
		// Free text typed into the forms is kept in our tables, not in the engine.
		assertThat(names).doesNotContain("finalAnswer", "firstResponse", "handlingNote", "verificationNote")
			.contains("trackingNumber")
			.doesNotContain("complaintId");
	}

	@Test
	void theTasklistOpensTheTasksCamundaForm() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Map<String, String> verifier = Map.of("Authorization", Citizen.basic("verifikator", "demo"));
		String taskId = Citizen
			.get(this.port, "/engine-rest/task?processInstanceBusinessKey=" + receipt.trackingNumber(), verifier)
			.json()
			.get(0)
			.get("id")
			.asText();

		Citizen.Response form = Citizen.get(this.port, "/engine-rest/task/" + taskId + "/deployed-form", verifier);

		assertThat(form.status()).isEqualTo(200);
		assertThat(form.json().get("id").asText()).isEqualTo("verify-complaint");
		assertThat(form.body()).contains("verificationOutcome").doesNotContain("\"nik\"");
	}

	@Test
	void theLoginPageSpeaksIndonesianAndEnglish() {
		assertThat(Citizen.get(this.port, "/login", Map.of()).body()).contains("Masuk petugas");
		// A browser set to English still gets Indonesian until the user switches.
		assertThat(Citizen.get(this.port, "/login", Map.of("Accept-Language", "en-US")).body())
			.contains("Masuk petugas");
		assertThat(Citizen.get(this.port, "/login?lang=en", Map.of()).body()).contains("Staff login");
	}

	private List<String> taskKeysOf(String user, Citizen.Receipt receipt) {
		JsonNode tasks = Citizen
			.get(this.port, "/engine-rest/task?processInstanceBusinessKey=" + receipt.trackingNumber(),
					Map.of("Authorization", Citizen.basic(user, "demo")))
			.json();
		List<String> keys = new java.util.ArrayList<>();
		tasks.forEach((task) -> keys.add(task.get("taskDefinitionKey").asText()));
		return keys;
	}

	private JsonNode engineRest(String path) {
		return Citizen.get(this.port, path, Map.of("Authorization", Citizen.basic("admin", "admin"))).json();
	}

	private StaffSession login(String user) {
		return StaffSession.login(this.port, user, "demo");
	}

}
