package id.pengaduan.workflow;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.StaffSession;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.Complaints;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task completion is a claim: the attack of issue 12 (a liaison officer of dinkes
 * completing his own task with another SKPD's complaint id) driven through
 * {@code /engine-rest} and the Tasklist's own API of the running application, refused
 * with nothing changed; the legitimate completions of every form still work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskCompletionIntegrationTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String TASKLIST_API = "/camunda/api/engine/engine/default";

	@LocalServerPort
	int port;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	Complaints complaints;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Test
	void aLiaisonCannotPostHisFirstResponseIntoAnotherSkpdsComplaintThroughTheEngineApi() {
		Citizen.Receipt victim = atFirstResponse("ADMINISTRASI_KEPENDUDUKAN", "dukcapil");
		Citizen.Receipt own = atFirstResponse("KESEHATAN", "dinkes");
		Snapshot before = snapshot(victim, own);
		String taskId = claim("dinkes.penghubung", own, ComplaintProcess.TASK_POST_FIRST_RESPONSE);

		Citizen.Response response = engineRest("dinkes.penghubung", "/engine-rest/task/" + taskId + "/complete",
				forged(victim, "firstResponse", "Berkas Anda kami tolak."));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asText()).isEqualTo(
				"Tugas tidak diselesaikan: formulir tugas ini tidak mengizinkan complaintId, trackingNumber, skpd.");
		assertThat(refusedFields(response.json())).containsExactly("complaintId", "trackingNumber", "skpd");
		assertThat(snapshot(victim, own)).isEqualTo(before);
	}

	@Test
	void theRefusalSpeaksEnglishToAnEnglishClient() {
		Citizen.Receipt victim = atFirstResponse("ADMINISTRASI_KEPENDUDUKAN", "dukcapil");
		Citizen.Receipt own = atFirstResponse("KESEHATAN", "dinkes");
		String taskId = claim("dinkes.penghubung", own, ComplaintProcess.TASK_POST_FIRST_RESPONSE);

		Citizen.Response response = Citizen.post(this.port, "/engine-rest/task/" + taskId + "/complete",
				forged(victim, "firstResponse", "Berkas Anda kami tolak."),
				Map.of("Authorization", Citizen.basic("dinkes.penghubung", "demo"), "Accept-Language", "en"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("message").asText())
			.isEqualTo("The variable complaintId is not on this task's form.");
	}

	@Test
	void aLiaisonCannotPostHisFirstResponseIntoAnotherSkpdsComplaintThroughTheTasklist() {
		Citizen.Receipt victim = atFirstResponse("ADMINISTRASI_KEPENDUDUKAN", "dukcapil");
		Citizen.Receipt own = atFirstResponse("KESEHATAN", "dinkes");
		Snapshot before = snapshot(victim, own);
		StaffSession liaison = StaffSession.login(this.port, "dinkes.penghubung", "demo");
		String taskId = claimInTasklist(liaison, "dinkes.penghubung", own, ComplaintProcess.TASK_POST_FIRST_RESPONSE);

		HttpResponse<String> response = liaison.tasklist("POST", TASKLIST_API + "/task/" + taskId + "/submit-form",
				json(forged(victim, "firstResponse", "Berkas Anda kami tolak.")));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(refusedFields(read(response.body()))).containsExactly("complaintId", "trackingNumber", "skpd");
		assertThat(snapshot(victim, own)).isEqualTo(before);
	}

	@Test
	void theHandlerAndTheHeadCannotPublishAnAnswerInAnotherSkpdsComplaint() {
		Citizen.Receipt victim = atFirstResponse("ADMINISTRASI_KEPENDUDUKAN", "dukcapil");
		Citizen.Receipt own = atFirstResponse("KESEHATAN", "dinkes");
		this.tasks.complete(own.trackingNumber(), ComplaintProcess.TASK_POST_FIRST_RESPONSE, "dinkes.penghubung",
				Map.of("firstResponse", "Kami sedang memeriksa."));
		this.tasks.complete(own.trackingNumber(), ComplaintProcess.TASK_HANDLE, "dinkes.penangan",
				Map.of("handlingNote", "Sudah dicek.", "investigationNeeded", false));
		Snapshot before = snapshot(victim, own);

		String draft = claim("dinkes.penangan", own, ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE);
		Citizen.Response drafted = engineRest("dinkes.penangan", "/engine-rest/task/" + draft + "/complete",
				forged(victim, "finalAnswer", "Pengaduan Anda tidak berdasar."));
		HttpResponse<String> draftedInTasklist = StaffSession.login(this.port, "dinkes.penangan", "demo")
			.tasklist("POST", TASKLIST_API + "/task/" + draft + "/submit-form",
					json(forged(victim, "finalAnswer", "Pengaduan Anda tidak berdasar.")));

		assertThat(drafted.status()).isEqualTo(400);
		assertThat(draftedInTasklist.statusCode()).isEqualTo(400);
		assertThat(snapshot(victim, own)).isEqualTo(before);

		this.tasks.complete(own.trackingNumber(), ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE, "dinkes.penangan",
				Map.of("finalAnswer", "Loket kini buka pukul 07.30."));
		before = snapshot(victim, own);
		String approval = claim("dinkes.kepala", own, ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE);
		Citizen.Response approved = engineRest("dinkes.kepala", "/engine-rest/task/" + approval + "/complete",
				forged(victim, "finalResponseApproved", true));
		HttpResponse<String> approvedInTasklist = StaffSession.login(this.port, "dinkes.kepala", "demo")
			.tasklist("POST", TASKLIST_API + "/task/" + approval + "/submit-form",
					json(forged(victim, "finalResponseApproved", true)));

		assertThat(approved.status()).isEqualTo(400);
		assertThat(approvedInTasklist.statusCode()).isEqualTo(400);
		assertThat(snapshot(victim, own)).isEqualTo(before);
		assertThat(this.complaints.findByTrackingNumber(victim.trackingNumber()).orElseThrow().getFinalAnswer())
			.isNull();
	}

	@Test
	void aReadOnlyFieldComesBackOnlyWithTheValueItHas() {
		Citizen.Receipt own = atFirstResponse("KESEHATAN", "dinkes");
		Snapshot before = snapshot(own, own);
		String taskId = claim("dinkes.penghubung", own, ComplaintProcess.TASK_POST_FIRST_RESPONSE);

		// skpd decides who gets the next task (${skpd}-penangan): the form shows only its
		// name, read-only.
		Citizen.Response response = engineRest("dinkes.penghubung", "/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", Map.of("firstResponse", variable("Kami periksa."), "skpdLabel",
						variable("Dinas Kependudukan dan Pencatatan Sipil"))));
		Citizen.Response code = engineRest("dinkes.penghubung", "/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", Map.of("firstResponse", variable("Kami periksa."), "skpd", variable("dukcapil"))));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("message").asText())
			.isEqualTo("Variabel skpdLabel hanya untuk dibaca pada formulir tugas ini dan tidak boleh diubah.");
		assertThat(code.status()).isEqualTo(400);
		assertThat(code.json().get("errors").get(0).get("message").asText())
			.isEqualTo("Variabel skpd tidak ada pada formulir tugas ini.");
		assertThat(snapshot(own, own)).isEqualTo(before);
	}

	@Test
	void anUnreadableCompletionIsRefused() {
		Citizen.Receipt own = atFirstResponse("KESEHATAN", "dinkes");
		String taskId = claim("dinkes.penghubung", own, ComplaintProcess.TASK_POST_FIRST_RESPONSE);

		Citizen.Response response = engineRest("dinkes.penghubung", "/engine-rest/task/" + taskId + "/complete",
				"{\"variables\": {\"firstResponse\": ");

		// The same name twice: the form's field first, the forged value last.
		Citizen.Response twice = engineRest("dinkes.penghubung", "/engine-rest/task/" + taskId + "/complete",
				"{\"variables\": {\"firstResponse\": {\"value\": \"Kami periksa.\"}}, "
						+ "\"variables\": {\"skpd\": {\"value\": \"dukcapil\"}}}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("title").asText()).isEqualTo("Permintaan tidak dapat dibaca");
		assertThat(twice.status()).isEqualTo(400);
		assertThat(this.tasks.openTasks(own.trackingNumber())).contains(ComplaintProcess.TASK_POST_FIRST_RESPONSE);
	}

	@Test
	void aCandidateCannotWriteVariablesOutsideACompletion() {
		Citizen.Receipt victim = atFirstResponse("ADMINISTRASI_KEPENDUDUKAN", "dukcapil");
		Citizen.Receipt own = atFirstResponse("KESEHATAN", "dinkes");
		Snapshot before = snapshot(victim, own);
		String taskId = claim("dinkes.penghubung", own, ComplaintProcess.TASK_POST_FIRST_RESPONSE);
		String instanceId = processInstanceId(own);
		Map<String, Object> skpd = variable("dukcapil");
		// A complaint that waits for a message: the complainant's missing information.
		Citizen.Receipt waiting = Citizen.submit(this.port, Map.of("category", "KESEHATAN"));
		Staff.verify(this.tasks, waiting.trackingNumber(), "INCOMPLETE", "Sebutkan nama puskesmas.");

		List<Integer> statuses = List.of(
				engineRest("dinkes.penghubung", "PUT", "/engine-rest/task/" + taskId + "/variables/skpd", skpd)
					.status(),
				engineRest("dinkes.penghubung", "/engine-rest/task/" + taskId + "/variables",
						Map.of("modifications", Map.of("skpd", skpd)))
					.status(),
				engineRest("dinkes.penghubung", "PUT", "/engine-rest/task/" + taskId + "/localVariables/skpd", skpd)
					.status(),
				engineRest("dinkes.penghubung", "/engine-rest/process-instance/" + instanceId + "/variables",
						Map.of("modifications", Map.of("skpd", skpd)))
					.status(),
				engineRest("dinkes.penghubung", "PUT", "/engine-rest/execution/" + instanceId + "/localVariables/skpd",
						skpd)
					.status(),
				engineRest("dinkes.penghubung", "/engine-rest/message",
						Map.of("messageName", ComplaintProcess.MSG_COMPLETION_PROVIDED, "businessKey",
								waiting.trackingNumber(), "processVariables", Map.of("skpd", skpd)))
					.status(),
				engineRest("dinkes.penghubung", "/engine-rest/process-definition/key/complaint/start",
						Map.of("businessKey", victim.trackingNumber(), "variables", Map.of("skpd", skpd)))
					.status());

		assertThat(statuses).containsOnly(403);
		assertThat(snapshot(victim, own)).isEqualTo(before);
	}

	@Test
	void aCandidateCannotEndHisTaskWithABpmnErrorOrEscalation() {
		// Uncaught, a BPMN error would end the process silently and leave the complaint
		// without one.
		Citizen.Receipt own = atFirstResponse("KESEHATAN", "dinkes");
		Snapshot before = snapshot(own, own);
		String taskId = claim("dinkes.penghubung", own, ComplaintProcess.TASK_POST_FIRST_RESPONSE);

		Citizen.Response error = engineRest("dinkes.penghubung", "/engine-rest/task/" + taskId + "/bpmnError",
				Map.of("errorCode", "Err_Any"));
		Citizen.Response escalation = engineRest("dinkes.penghubung", "/engine-rest/task/" + taskId + "/bpmnEscalation",
				Map.of("escalationCode", "Esc_Any"));

		assertThat(error.status()).isEqualTo(403);
		assertThat(escalation.status()).isEqualTo(403);
		assertThat(snapshot(own, own)).isEqualTo(before);
	}

	@Test
	void theDomainRefusesAnActorOutsideTheComplaintsSkpd() {
		// The admin may do anything in Camunda; the complaint's rules still say who
		// answers a citizen.
		Citizen.Receipt own = atFirstResponse("KESEHATAN", "dinkes");
		Snapshot before = snapshot(own, own);
		String taskId = taskId("admin", "admin", own, ComplaintProcess.TASK_POST_FIRST_RESPONSE);

		Citizen.Response response = Citizen.post(this.port, "/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", Map.of("firstResponse", variable("Jawaban dari admin."))),
				Map.of("Authorization", Citizen.basic("admin", "admin")));

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("message").asText()).isEqualTo(
				"Pengguna admin tidak berwenang melakukan langkah ini pada pengaduan " + own.trackingNumber() + ".");
		assertThat(snapshot(own, own)).isEqualTo(before);
	}

	@Test
	void aStepWithoutItsRequiredNoteIsABadRequestNotAServerError() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of("category", "KESEHATAN"));
		String taskId = claim("verifikator", receipt, ComplaintProcess.TASK_VERIFY);

		Citizen.Response response = engineRest("verifikator", "/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", Map.of("verificationOutcome", variable("INCOMPLETE"))));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.headers().get("content-type")).singleElement()
			.asString()
			.startsWith("application/problem+json");
		assertThat(response.json().get("message").asText())
			.isEqualTo("Catatan untuk pelapor wajib diisi untuk hasil verifikasi ini.");
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).containsExactly(ComplaintProcess.TASK_VERIFY);
	}

	@Test
	void aDispositionReturnedWithoutAReasonIsToldInIndonesianOnTheTasklistsForm() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of("category", "KESEHATAN"));
		Staff.verify(this.tasks, receipt.trackingNumber(), "VALID", null);

		HttpResponse<String> response = trySubmitInTasklist("dinkes.penghubung", receipt,
				ComplaintProcess.TASK_ACCEPT_DISPOSITION, Map.of("dispositionAccepted", false, "returnReason", ""));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(read(response.body()).get("message").asText()).isEqualTo("Catatan wajib diisi untuk langkah ini.");
		assertThat(this.tasks.openTasks(receipt.trackingNumber()))
			.containsExactly(ComplaintProcess.TASK_ACCEPT_DISPOSITION);
	}

	@Test
	void theHeadsRefusalWithoutANoteIsABadRequestInTheCallersLanguage() {
		Citizen.Receipt receipt = atFirstResponse("KESEHATAN", "dinkes");
		this.tasks.complete(receipt.trackingNumber(), ComplaintProcess.TASK_POST_FIRST_RESPONSE, "dinkes.penghubung",
				Map.of("firstResponse", "Kami periksa."));
		this.tasks.complete(receipt.trackingNumber(), ComplaintProcess.TASK_HANDLE, "dinkes.penangan",
				Map.of("investigationNeeded", false));
		this.tasks.complete(receipt.trackingNumber(), ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE, "dinkes.penangan",
				Map.of("finalAnswer", "Loket buka kembali."));
		String taskId = claim("dinkes.kepala", receipt, ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE);
		Map<String, Object> refused = Map.of("variables", Map.of("finalResponseApproved", variable(false)));

		Citizen.Response indonesian = engineRest("dinkes.kepala", "/engine-rest/task/" + taskId + "/submit-form",
				refused);
		Citizen.Response english = Citizen.post(this.port, "/engine-rest/task/" + taskId + "/complete", refused,
				Map.of("Authorization", Citizen.basic("dinkes.kepala", "demo"), "Accept-Language", "en"));

		assertThat(indonesian.status()).isEqualTo(400);
		assertThat(indonesian.json().get("message").asText()).isEqualTo("Catatan wajib diisi untuk langkah ini.");
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.json().get("message").asText()).isEqualTo("A note is required for this step.");
		assertThat(this.tasks.openTasks(receipt.trackingNumber()))
			.containsExactly(ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE);
	}

	@Test
	void aNulCharacterInAFormValueIsRefusedBeforeItReachesTheDatabase() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of("category", "KESEHATAN"));
		String taskId = claim("verifikator", receipt, ComplaintProcess.TASK_VERIFY);

		Citizen.Response response = engineRest("verifikator", "/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", Map.of("verificationOutcome", variable("INCOMPLETE"), "verificationNote",
						variable("Sebutkan\u0000 nama petugas."))));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("verificationNote");
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).containsExactly(ComplaintProcess.TASK_VERIFY);
	}

	@Test
	void everyFormCanBeCompletedInTheTasklistWithItsReadOnlyFieldsSentBack() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of("category", "LAINNYA"));
		String number = receipt.trackingNumber();

		submitInTasklist("verifikator", receipt, ComplaintProcess.TASK_VERIFY, Map.of("verificationOutcome", "VALID",
				"category", "LAINNYA", "supervisoryContent", false, "verificationNote", ""));
		submitInTasklist("verifikator", receipt, ComplaintProcess.TASK_CHOOSE_SKPD, Map.of("skpd", "dinkes"));
		submitInTasklist("dinkes.penghubung", receipt, ComplaintProcess.TASK_ACCEPT_DISPOSITION,
				Map.of("dispositionAccepted", true, "returnReason", ""));
		submitInTasklist("dinkes.penghubung", receipt, ComplaintProcess.TASK_POST_FIRST_RESPONSE,
				Map.of("firstResponse", "Kami sedang memeriksa."));
		submitInTasklist("dinkes.penangan", receipt, ComplaintProcess.TASK_HANDLE,
				Map.of("handlingNote", "Perlu pemeriksaan.", "investigationNeeded", true));
		submitInTasklist("inspektur", receipt, ComplaintProcess.TASK_INVESTIGATE,
				Map.of("investigationFindings", "Tidak ada pungutan."));
		submitInTasklist("dinkes.penangan", receipt, ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE,
				Map.of("finalAnswer", "Loket kini buka pukul 07.30."));
		submitInTasklist("dinkes.kepala", receipt, ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE,
				Map.of("finalResponseApproved", true, "revisionNote", ""));

		assertThat(state(number)).isEqualTo(ComplaintState.RESPONDED);
		assertThat(Citizen.get(this.port, "/api/complaints/" + number, receipt.header()).body())
			.contains("Loket kini buka pukul 07.30.");

		// Not satisfied until the reopens run out: the escalation is reviewed.
		for (int reopen = 0; reopen <= 2
				&& !this.tasks.openTasks(number).contains(ComplaintProcess.TASK_REVIEW_ESCALATION); reopen++) {
			Citizen.Response feedback = Citizen.post(this.port, "/api/complaints/" + number + "/feedback",
					Map.of("satisfied", false, "reason", "Loket masih tutup."), receipt.header());
			assertThat(feedback.status()).isLessThan(300);
			// The reopen or the escalation follows the citizen's reply in a job.
			this.tasks.runContinuations(number);
			if (this.tasks.openTasks(number).contains(ComplaintProcess.TASK_HANDLE)) {
				Staff.answerAgain(this.tasks, number, "Loket sudah dibuka kembali.");
			}
		}
		submitInTasklist("sekda", receipt, ComplaintProcess.TASK_REVIEW_ESCALATION,
				Map.of("escalationDecision", "CLOSE", "escalationNote", "Jam layanan sudah sesuai."));

		assertThat(this.tasks.openTasks(number)).isEmpty();
		assertThat(state(number)).isEqualTo(ComplaintState.RESOLVED);
	}

	@Test
	void theOverdueReviewCanBeCompletedInTheTasklist() {
		// Submitted on Monday 23 Nov 2026; unverified on Friday, the verification is
		// overdue and the complaint unit reviews it (process slaBreach, same business
		// key).
		Citizen.Receipt receipt = this.tasks.call(wib(2026, 11, 23, 9), () -> Citizen.submit(this.port, Map.of()));
		this.tasks.runAt(wib(2026, 11, 27, 9), () -> runDueJobs(receipt));
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).contains(SlaBreachProcess.TASK_REVIEW_OVERDUE);

		submitInTasklist("verifikator", receipt, SlaBreachProcess.TASK_REVIEW_OVERDUE,
				Map.of("overdueNote", "Verifikator cuti; berkas dialihkan."));

		assertThat(this.complaints.findByTrackingNumber(receipt.trackingNumber())
			.orElseThrow()
			.getHistory()
			.stream()
			.filter((entry) -> entry.getEvent().equals("history.OVERDUE_REVIEW"))
			.map((entry) -> entry.getActor() + ": " + entry.getNote()))
			.containsExactly("verifikator: Verifikator cuti; berkas dialihkan.");
	}

	/**
	 * Claims and submits the task's form as the Tasklist does, in a logged-in session.
	 */
	private void submitInTasklist(String user, Citizen.Receipt receipt, String taskKey, Map<String, Object> typed) {
		HttpResponse<String> response = trySubmitInTasklist(user, receipt, taskKey, typed);

		assertThat(response.statusCode()).as("%s submits %s: %s", user, taskKey, response.body()).isEqualTo(204);
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).as(taskKey).doesNotContain(taskKey);
	}

	private HttpResponse<String> trySubmitInTasklist(String user, Citizen.Receipt receipt, String taskKey,
			Map<String, Object> typed) {
		StaffSession session = StaffSession.login(this.port, user, "demo");
		String taskId = claimInTasklist(session, user, receipt, taskKey);
		JsonNode form = read(session.tasklist("GET", TASKLIST_API + "/task/" + taskId + "/deployed-form", null).body());
		JsonNode current = read(
				session.tasklist("GET", TASKLIST_API + "/task/" + taskId + "/form-variables", null).body());
		Map<String, Object> variables = new LinkedHashMap<>();
		for (JsonNode field : fields(form)) {
			String key = field.get("key").asText();
			Object value = field.path("readonly").asBoolean(false)
					? JSON.convertValue(current.path(key).get("value"), Object.class) : typed.get(key);
			variables.put(key, variable(value));
		}

		return session.tasklist("POST", TASKLIST_API + "/task/" + taskId + "/submit-form",
				json(Map.of("variables", variables)));
	}

	private static List<JsonNode> fields(JsonNode form) {
		List<JsonNode> fields = new ArrayList<>();
		form.path("components").forEach((component) -> {
			if (component.hasNonNull("key")) {
				fields.add(component);
			}
		});
		return fields;
	}

	/**
	 * Runs the complaint's due timers and jobs (both processes), as the job executor
	 * would.
	 */
	private void runDueJobs(Citizen.Receipt receipt) {
		for (int round = 0; round < 10; round++) {
			List<Job> due = this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(receipt.trackingNumber())
				.list()
				.stream()
				.flatMap((instance) -> this.management.createJobQuery()
					.processInstanceId(instance.getId())
					.executable()
					.list()
					.stream())
				.toList();
			if (due.isEmpty()) {
				return;
			}
			due.forEach((job) -> this.management.executeJob(job.getId()));
		}
	}

	private static Instant wib(int year, int month, int day, int hour) {
		return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ZoneId.of("Asia/Jakarta")).toInstant();
	}

	/**
	 * A new complaint, verified, disposed by the routing table and accepted by the SKPD.
	 */
	private Citizen.Receipt atFirstResponse(String category, String skpd) {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of("category", category));
		Staff.verify(this.tasks, receipt.trackingNumber(), "VALID", null);
		this.tasks.complete(receipt.trackingNumber(), ComplaintProcess.TASK_ACCEPT_DISPOSITION, skpd + ".penghubung",
				Map.of("dispositionAccepted", true));
		return receipt;
	}

	/**
	 * The completion of the attack: the form's own field, and the victim's complaint id,
	 * tracking number and SKPD.
	 */
	private Map<String, Object> forged(Citizen.Receipt victim, String field, Object value) {
		Complaint complaint = this.complaints.findByTrackingNumber(victim.trackingNumber()).orElseThrow();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(field, variable(value));
		variables.put("complaintId", Map.of("value", complaint.getId(), "type", "Long"));
		variables.put("trackingNumber", variable(victim.trackingNumber()));
		variables.put("skpd", variable(complaint.getSkpd()));
		return Map.of("variables", variables);
	}

	private static Map<String, Object> variable(Object value) {
		Map<String, Object> variable = new HashMap<>();
		variable.put("value", value);
		if (value instanceof String) {
			variable.put("type", "String");
		}
		else if (value instanceof Boolean) {
			variable.put("type", "Boolean");
		}
		return variable;
	}

	/**
	 * What the victim and the attacker's complaint look like to their owners: state and
	 * history, the citizen's tracking view, the open tasks and the process variables.
	 */
	private Snapshot snapshot(Citizen.Receipt victim, Citizen.Receipt own) {
		Complaint complaint = this.complaints.findByTrackingNumber(victim.trackingNumber()).orElseThrow();
		List<String> history = complaint.getHistory()
			.stream()
			.map((entry) -> entry.getEvent() + "/" + entry.getActor() + "/" + entry.getNote())
			.toList();
		return new Snapshot(complaint.getState(), history, complaint.getDraftAnswer(),
				Citizen.get(this.port, "/api/complaints/" + victim.trackingNumber(), victim.header()).body(),
				this.tasks.openTasks(own.trackingNumber()), this.tasks.openTasks(victim.trackingNumber()),
				engineRest("admin", "admin", "GET",
						"/engine-rest/process-instance/" + processInstanceId(own) + "/variables", null)
					// A JSON object: the engine lists the variables in no fixed order.
					.json(),
				state(own.trackingNumber()));
	}

	private record Snapshot(ComplaintState state, List<String> history, String draftAnswer, String trackingView,
			List<String> ownTasks, List<String> victimTasks, JsonNode ownVariables, ComplaintState ownState) {
	}

	private ComplaintState state(String trackingNumber) {
		return this.complaints.findByTrackingNumber(trackingNumber).orElseThrow().getState();
	}

	private String processInstanceId(Citizen.Receipt receipt) {
		return this.complaints.findByTrackingNumber(receipt.trackingNumber()).orElseThrow().getProcessInstanceId();
	}

	private String claim(String user, Citizen.Receipt receipt, String taskKey) {
		String taskId = taskId(user, "demo", receipt, taskKey);
		assertThat(engineRest(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user)).status())
			.isEqualTo(204);
		return taskId;
	}

	private String claimInTasklist(StaffSession session, String user, Citizen.Receipt receipt, String taskKey) {
		JsonNode found = read(session
			.tasklist("GET",
					TASKLIST_API + "/task?processInstanceBusinessKey=" + receipt.trackingNumber()
							+ "&taskDefinitionKey=" + taskKey,
					null)
			.body());
		assertThat(found).as("%s sees %s", user, taskKey).hasSize(1);
		String taskId = found.get(0).get("id").asText();
		HttpResponse<String> claimed = session.tasklist("POST", TASKLIST_API + "/task/" + taskId + "/claim",
				json(Map.of("userId", user)));
		assertThat(claimed.statusCode()).as("%s claims %s: %s", user, taskKey, claimed.body()).isEqualTo(204);
		return taskId;
	}

	private String taskId(String user, String password, Citizen.Receipt receipt, String taskKey) {
		JsonNode found = engineRest(user, password, "GET", "/engine-rest/task?processInstanceBusinessKey="
				+ receipt.trackingNumber() + "&taskDefinitionKey=" + taskKey, null)
			.json();
		assertThat(found).as("%s sees %s", user, taskKey).hasSize(1);
		return found.get(0).get("id").asText();
	}

	private Citizen.Response engineRest(String user, String path, Object body) {
		return engineRest(user, "demo", "POST", path, body);
	}

	private Citizen.Response engineRest(String user, String method, String path, Object body) {
		return engineRest(user, "demo", method, path, body);
	}

	private Citizen.Response engineRest(String user, String password, String method, String path, Object body) {
		Map<String, String> auth = Map.of("Authorization", Citizen.basic(user, password));
		return switch (method) {
			case "GET" -> Citizen.get(this.port, path, auth);
			case "POST" -> Citizen.post(this.port, path, body, auth);
			default -> Citizen.send(this.port, method, path, json(body), auth);
		};
	}

	private static List<String> refusedFields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach((error) -> fields.add(error.get("field").asText()));
		return fields;
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode read(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new AssertionError("Not JSON: " + body, ex);
		}
	}

}
