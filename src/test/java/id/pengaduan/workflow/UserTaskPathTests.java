package id.pengaduan.workflow;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pengaduan.complaint.Category;
import id.pengaduan.disposition.Disposition;
import id.pengaduan.sla.SlaDue;
import id.pengaduan.workflow.ProcessTestSupport.Services;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

/**
 * Every user task says what it is (tracking number and labels in its name) and when it is
 * due (its stage clock), so the Tasklist sorted by due date puts first what runs out
 * first. docs/decisions/0017.
 */
@Deployment(resources = { "processes/complaint.bpmn", "processes/disposition.dmn", "processes/sla-breach.bpmn" })
class UserTaskPathTests {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	static final String KESEHATAN = "Kesehatan (puskesmas, dinas kesehatan)";

	ProcessEngine engine;

	Services services;

	Disposition disposition;

	@BeforeEach
	void prepare() {
		this.services = ProcessTestSupport.prepare(this.engine);
		this.disposition = this.services.disposition();
	}

	@AfterEach
	void reset() {
		ProcessTestSupport.reset();
	}

	@ParameterizedTest
	@ValueSource(strings = { ComplaintProcess.TASK_VERIFY, ComplaintProcess.TASK_CHOOSE_SKPD,
			ComplaintProcess.TASK_ACCEPT_DISPOSITION, ComplaintProcess.TASK_POST_FIRST_RESPONSE,
			ComplaintProcess.TASK_HANDLE, ComplaintProcess.TASK_INVESTIGATE, ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE,
			ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE, ComplaintProcess.TASK_REVIEW_ESCALATION })
	void everyComplaintTaskIsDueWhenItsStageClockRunsOutAndFollowedUpAtItsWarning(String taskKey) {
		Map<String, Object> variables = ProcessTestSupport.disposedTo("dinkes", Category.KESEHATAN, "kota-semarang");
		variables.put(ComplaintVariables.SKPD_LABEL, "Dinas Kesehatan");
		Map<String, Instant> dues = distinctClocks(variables);

		Task task = openTask(ProcessTestSupport.startBefore(this.engine, taskKey, variables));

		String clock = TaskCreatedListener.CLOCKS.get(taskKey);
		assertThat(task.getDueDate()).isEqualTo(Date.from(dues.get(clock + "Due")));
		assertThat(task.getFollowUpDate()).isEqualTo(Date.from(dues.get(clock + "Warn")));
		assertThat(task.getPriority()).isEqualTo(50);
		assertThat(task.getName()).endsWith(" " + ProcessTestSupport.TRACKING_NUMBER + " · " + KESEHATAN);
	}

	@Test
	void namesTheTasksWithTheTrackingNumberAndCarriesLabelsNotCodesThatFollowTheVerifier() {
		ProcessInstance instance = ProcessTestSupport.submit(this.engine, Category.KESEHATAN, "kota-semarang");

		assertThat(openTask(instance).getName())
			.isEqualTo("Verifikasi pengaduan ADU-2026-000042 · Kesehatan (puskesmas, dinas kesehatan)");
		assertThat(openTask(instance).getDueDate()).isEqualTo(Date.from(ProcessTestSupport.VERIFICATION_DUE));

		// The verifier reclassifies: a hospital's service, so RSUD Tugurejo.
		ProcessTestSupport.verificationAnswers(this.services.verification(), Category.LAYANAN_RUMAH_SAKIT, false, null);
		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_VERIFY, "verifikator", Map
			.of(ComplaintVariables.VERIFICATION_OUTCOME, "VALID", ComplaintVariables.CATEGORY, "LAYANAN_RUMAH_SAKIT"));

		Task accept = openTask(instance);
		assertThat(accept.getTaskDefinitionKey()).isEqualTo(ComplaintProcess.TASK_ACCEPT_DISPOSITION);
		assertThat(accept.getName())
			.isEqualTo("Terima atau kembalikan disposisi ADU-2026-000042 · Layanan rumah sakit daerah");
		assertThat(accept.getDueDate()).isEqualTo(Date.from(ProcessTestSupport.WINDOW.dueAt()));
		assertThat(this.engine.getTaskService().getVariablesLocal(accept.getId()))
			.as("the Tasklist's columns, on the task a candidate may read")
			.containsEntry(ComplaintVariables.COLUMN_TRACKING_NUMBER, ProcessTestSupport.TRACKING_NUMBER)
			.containsEntry(ComplaintVariables.COLUMN_CATEGORY, "Layanan rumah sakit daerah")
			.containsEntry(ComplaintVariables.COLUMN_SKPD, "RSUD Tugurejo");
		assertThat(this.engine.getRuntimeService().getVariables(instance.getId()))
			.containsEntry(ComplaintVariables.CATEGORY_LABEL, "Layanan rumah sakit daerah")
			.containsEntry(ComplaintVariables.REGION_LABEL, "Kota Semarang")
			.containsEntry(ComplaintVariables.SKPD_LABEL, "RSUD Tugurejo");
	}

	@Test
	void aReturnedDispositionIsDueWhenTheRedispositionClockRunsOut() {
		SlaDue redisposition = new SlaDue(ProcessTestSupport.NOW.plus(Duration.ofHours(20)),
				ProcessTestSupport.NOW.plus(Duration.ofHours(26)));
		when(this.disposition.returnToComplaintUnit(any(), any(), any())).thenReturn(redisposition);
		ProcessInstance instance = ProcessTestSupport.startBefore(this.engine, ComplaintProcess.TASK_ROUTE,
				ProcessTestSupport.startVariables(Category.KESEHATAN, "kota-semarang"));

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_ACCEPT_DISPOSITION,
				"dinkes.penghubung", Map.of(ComplaintVariables.DISPOSITION_ACCEPTED, false,
						ComplaintVariables.RETURN_REASON, "Bukan kami."));

		Task choose = openTask(instance);
		assertThat(choose.getTaskDefinitionKey()).isEqualTo(ComplaintProcess.TASK_CHOOSE_SKPD);
		assertThat(choose.getDueDate()).isEqualTo(Date.from(redisposition.dueAt()));
		assertThat(this.engine.getRuntimeService().getVariable(instance.getId(), ComplaintVariables.SKPD_LABEL))
			.as("the returning SKPD is no longer shown")
			.isEqualTo("");
	}

	@Test
	void aTaskCreatedAfterItsStageWarnedStartsAtTheWarnedPriorityAndAfterTheBreachOnTop() {
		Map<String, Object> variables = ProcessTestSupport.disposedTo("dinkes", Category.KESEHATAN, "kota-semarang");
		ClockUtil.setCurrentTime(Date.from(ProcessTestSupport.WINDOW.warnAt().plus(Duration.ofMinutes(1))));
		Task warned = openTask(
				ProcessTestSupport.startBefore(this.engine, ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE, variables));
		assertThat(warned.getPriority()).isEqualTo(SendSlaWarningDelegate.WARNED_PRIORITY);

		ClockUtil.setCurrentTime(Date.from(ProcessTestSupport.WINDOW.dueAt().plus(Duration.ofMinutes(1))));
		Task late = openTask(
				ProcessTestSupport.startBefore(this.engine, ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE, variables));
		assertThat(late.getPriority()).isEqualTo(RecordSlaBreachDelegate.BREACHED_PRIORITY);
	}

	@Test
	void aReopenedHandlingTaskSaysSo() {
		Map<String, Object> variables = ProcessTestSupport.disposedTo("dinkes", Category.KESEHATAN, "kota-semarang");
		variables.put(ComplaintVariables.REOPEN_COUNT, 1);

		Task handle = openTask(ProcessTestSupport.startBefore(this.engine, ComplaintProcess.TASK_HANDLE, variables));

		assertThat(handle.getName())
			.isEqualTo("Tangani pengaduan ADU-2026-000042 · Kesehatan (puskesmas, dinas kesehatan) (dibuka kembali)");
	}

	@ParameterizedTest
	@ValueSource(strings = { SlaBreachProcess.TASK_REVIEW_OVERDUE, SlaBreachProcess.TASK_ESCALATE_OVERDUE })
	void theBreachFollowUpTasksAreDueWhenTheRegionalSecretaryIsTold(String taskKey) {
		Instant secondLevelDue = ProcessTestSupport.NOW.plus(Duration.ofDays(3));
		Map<String, Object> variables = new HashMap<>();
		variables.put(ComplaintVariables.TRACKING_NUMBER, ProcessTestSupport.TRACKING_NUMBER);
		variables.put(SlaBreachProcess.STAGE, "RESOLUTION");
		variables.put(SlaBreachProcess.STAGE_LABEL, "penyelesaian");
		variables.put(SlaBreachProcess.REVIEW_GROUPS, "dinkes-kepala,verifikator");
		variables.put(SlaBreachProcess.SECOND_LEVEL_GROUPS, "sekda,inspektorat");
		variables.put(SlaBreachProcess.SECOND_LEVEL_DUE, Date.from(secondLevelDue));
		variables.put(ComplaintVariables.CATEGORY_LABEL, KESEHATAN);
		variables.put(ComplaintVariables.REGION_LABEL, "Kota Semarang");
		variables.put(ComplaintVariables.SKPD_LABEL, "Dinas Kesehatan");

		Task task = openTask(this.engine.getRuntimeService()
			.createProcessInstanceByKey(SlaBreachProcess.KEY)
			.businessKey(ProcessTestSupport.TRACKING_NUMBER)
			.setVariables(variables)
			.startBeforeActivity(taskKey)
			.execute());

		assertThat(task.getDueDate()).isEqualTo(Date.from(secondLevelDue));
		assertThat(task.getPriority()).isEqualTo(RecordSlaBreachDelegate.BREACHED_PRIORITY);
		assertThat(task.getName()).contains(ProcessTestSupport.TRACKING_NUMBER + " · " + KESEHATAN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "processes/complaint.bpmn", "processes/sla-breach.bpmn" })
	void everyUserTaskHasTheDeadlineListenerAndAClock(String file) {
		var model = Bpmn.readModelFromFile(new File(file));
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			List<String> createListeners = task.getExtensionElements()
				.getElementsQuery()
				.filterByType(CamundaTaskListener.class)
				.list()
				.stream()
				.filter((listener) -> "create".equals(listener.getCamundaEvent()))
				.map(CamundaTaskListener::getCamundaDelegateExpression)
				.toList();
			assertThat(createListeners).as(task.getId()).containsExactly("${taskCreatedListener}");
			assertThat(TaskCreatedListener.CLOCKS).as(task.getId()).containsKey(task.getId());
			assertThat(task.getName()).as(task.getId()).contains("${trackingNumber}");
		}
	}

	/** One date per clock, a day apart, so a task dated by the wrong clock shows. */
	private static Map<String, Instant> distinctClocks(Map<String, Object> variables) {
		Map<String, Instant> dues = new HashMap<>();
		int day = 1;
		for (String clock : List.of(ComplaintVariables.VERIFICATION, ComplaintVariables.ACCEPTANCE,
				ComplaintVariables.FIRST_RESPONSE_CLOCK, ComplaintVariables.RESOLUTION,
				ComplaintVariables.ESCALATION)) {
			Instant due = ProcessTestSupport.NOW.plus(Duration.ofDays(day * 2L));
			dues.put(clock + "Warn", due.minus(Duration.ofDays(1)));
			dues.put(clock + "Due", due);
			day++;
		}
		dues.forEach((name, value) -> variables.put(name, Date.from(value)));
		return dues;
	}

	private Task openTask(ProcessInstance instance) {
		return this.engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

}
