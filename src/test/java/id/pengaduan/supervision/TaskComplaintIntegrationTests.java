package id.pengaduan.supervision;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.StaffSession;
import id.pengaduan.workflow.ComplaintProcess;
import id.pengaduan.workflow.ComplaintTasks;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint beside a task in the Tasklist ({@code /staff/api/tasks/{id}/complaint},
 * docs/decisions/0018): under the case file's rules, found from the task itself, and with
 * the complainant's identity for the verifiers only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskComplaintIntegrationTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLiaisonReadsTheComplaintBesideHisTaskWithoutTheIdentity() throws Exception {
		String number = Citizen.submit(this.port, Map.of()).trackingNumber();
		Staff.verify(this.tasks, number, "VALID", null);
		StaffSession liaison = StaffSession.login(this.port, "dinkes.penghubung", "demo");

		HttpResponse<String> response = liaison.json(complaintOf(number, ComplaintProcess.TASK_ACCEPT_DISPOSITION),
				"id");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode complaint = JSON.readTree(response.body());
		assertThat(complaint.get("title").asText()).isEqualTo("Pengaduan " + number);
		assertThat(complaint.get("caseFile").get("href").asText()).isEqualTo("/staff/complaints/" + number);
		assertThat(complaint.get("sections").get(0).get("text").asText())
			.isEqualTo("Loket pendaftaran puskesmas tutup pada jam layanan tanpa pemberitahuan.");
		assertThat(complaint.get("facts").toString()).contains("Puskesmas Halmahera").contains("Dinas Kesehatan");
		assertThat(complaint.get("deadline").get("text").asText()).startsWith("Penerimaan disposisi oleh SKPD: ")
			.contains("hari kerja");
		assertThat(complaint.get("identity").get("notice").asText())
			.isEqualTo("Identitas pelapor hanya ditampilkan kepada verifikator unit pengaduan.");
		assertThat(response.body()).doesNotContain("Wulan").doesNotContain("081234567890").doesNotContain("wulan@");
		assertThat(identityViews(number)).isZero();
	}

	@Test
	void anotherSkpdsOfficerIsRefused() {
		String number = Citizen.submit(this.port, Map.of()).trackingNumber();
		Staff.verify(this.tasks, number, "VALID", null);
		StaffSession otherSkpd = StaffSession.login(this.port, "dukcapil.penghubung", "demo");

		HttpResponse<String> response = otherSkpd.json(complaintOf(number, ComplaintProcess.TASK_ACCEPT_DISPOSITION),
				"id");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).doesNotContain("Loket pendaftaran");
	}

	@Test
	void aTaskThatIsNoComplaintsIsNotFound() {
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");

		assertThat(verifier.json("/staff/api/tasks/no-such-task/complaint", "id").statusCode()).isEqualTo(404);
		assertThat(verifier.json("/staff/api/tasks/" + "9".repeat(200) + "/complaint", "id").statusCode())
			.isEqualTo(404);
	}

	@Test
	void nobodyLoggedInGetsA401() {
		String number = Citizen.submit(this.port, Map.of()).trackingNumber();

		HttpResponse<String> response = StaffSession.visitor(this.port)
			.json(complaintOf(number, ComplaintProcess.TASK_VERIFY), "id");

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void theVerifierSeesTheIdentityAndTheViewIsAudited() throws Exception {
		String number = Citizen.submit(this.port, Map.of()).trackingNumber();
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");

		HttpResponse<String> response = verifier.json(complaintOf(number, ComplaintProcess.TASK_VERIFY), "id");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode identity = JSON.readTree(response.body()).get("identity");
		assertThat(identity.get("notice").isNull()).isTrue();
		assertThat(identity.get("facts").toString()).contains("Wulan Sari")
			.contains("3374010101900001")
			.contains("081234567890")
			.contains("wulan@example.org");
		assertThat(identityViews(number)).isEqualTo(1);
	}

	@Test
	void anAnonymousComplaintCarriesNoPersonalDataEvenForTheVerifier() throws Exception {
		String number = Citizen.submit(this.port, Map.of("anonymous", true)).trackingNumber();
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");

		HttpResponse<String> response = verifier.json(complaintOf(number, ComplaintProcess.TASK_VERIFY), "id");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("Wulan")
			.doesNotContain("3374010101900001")
			.doesNotContain("3374")
			.doesNotContain("081234567890")
			.doesNotContain("wulan@");
		assertThat(JSON.readTree(response.body()).get("identity").get("notice").asText())
			.startsWith("Pelapor memilih anonim");
		assertThat(identityViews(number)).isZero();
	}

	@Test
	void theHeadReadsTheDraftAnswerAndTheHandlerTheCitizensReasonOnAReopen() throws Exception {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		String number = receipt.trackingNumber();
		Staff.verify(this.tasks, number, "VALID", null);
		this.tasks.complete(number, ComplaintProcess.TASK_ACCEPT_DISPOSITION, "dinkes.penghubung",
				Map.of("dispositionAccepted", true));
		this.tasks.complete(number, ComplaintProcess.TASK_POST_FIRST_RESPONSE, "dinkes.penghubung",
				Map.of("firstResponse", "Kami sedang memeriksa jadwal loket."));
		this.tasks.complete(number, ComplaintProcess.TASK_HANDLE, "dinkes.penangan",
				Map.of("investigationNeeded", false, "handlingNote", "Kepala puskesmas sudah dihubungi."));
		this.tasks.complete(number, ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE, "dinkes.penangan",
				Map.of("finalAnswer", "Loket kini buka pukul 07.30."));
		StaffSession head = StaffSession.login(this.port, "dinkes.kepala", "demo");

		JsonNode approval = JSON
			.readTree(head.json(complaintOf(number, ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE), "en").body());

		assertThat(approval.get("title").asText()).isEqualTo("Complaint " + number);
		assertThat(approval.get("sections").toString()).contains("Draft answer")
			.contains("Loket kini buka pukul 07.30.");

		this.tasks.complete(number, ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE, "dinkes.kepala",
				Map.of("finalResponseApproved", true));
		assertThat(Citizen
			.post(this.port, "/api/complaints/" + number + "/feedback",
					Map.of("satisfied", false, "reason", "Loket masih tutup pada hari Sabtu."), receipt.header())
			.status()).isLessThan(300);
		this.tasks.runContinuations(number);
		StaffSession handler = StaffSession.login(this.port, "dinkes.penangan", "demo");

		JsonNode reopened = JSON.readTree(handler.json(complaintOf(number, ComplaintProcess.TASK_HANDLE), "id").body());

		assertThat(reopened.get("sections").toString()).contains("Alasan pelapor membuka kembali pengaduan")
			.contains("Loket masih tutup pada hari Sabtu.");
	}

	private String complaintOf(String number, String taskKey) {
		String taskId = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(number)
			.taskDefinitionKey(taskKey)
			.singleResult()
			.getId();
		return "/staff/api/tasks/" + taskId + "/complaint";
	}

	private int identityViews(String number) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_entry where tracking_number = ? and action = 'IDENTITY_VIEWED'",
				Integer.class, number);
	}

}
