package id.pengaduan.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.BooleanSupplier;

import id.pengaduan.complaint.Category;
import id.pengaduan.escalation.SlaEscalations;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The SLA timers, fired by the engine's own job executor once the engine clock has moved
 * past them: the warning, the breach with its escalation chain, and the chain's end when
 * the late stage is done.
 */
@Deployment(resources = { "processes/complaint.bpmn", "processes/disposition.dmn", "processes/sla-breach.bpmn" })
class SlaPathTests {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	ProcessEngine engine;

	SlaEscalations escalations;

	JobExecutor jobExecutor;

	@BeforeEach
	void prepare() {
		this.escalations = ProcessTestSupport.prepare(this.engine).slaEscalations();
		this.jobExecutor = ((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration())
			.getJobExecutor();
	}

	@AfterEach
	void reset() {
		this.jobExecutor.shutdown();
		ProcessTestSupport.reset();
	}

	@Test
	void warnsTheAssigneeAtTheThresholdAndKeepsTheTaskOpen() {
		when(this.escalations.warn(anyLong())).thenReturn(List.of("VERIFICATION"));
		ProcessInstance instance = ProcessTestSupport.submit(this.engine, Category.KESEHATAN, "kota-semarang");
		Task verify = openTask(instance);
		assertThat(verify.getPriority()).isEqualTo(50);

		moveClockTo(ProcessTestSupport.VERIFICATION_DUE.minus(Duration.ofHours(12)));
		this.jobExecutor.start();

		verify(this.escalations, timeout(20_000)).warn(ProcessTestSupport.COMPLAINT_ID);
		waitFor(() -> openTask(instance).getPriority() == SendSlaWarningDelegate.WARNED_PRIORITY);
		assertThat(openTask(instance).getTaskDefinitionKey()).isEqualTo(ComplaintProcess.TASK_VERIFY);
	}

	@Test
	void escalatesABreachToTheHeadAndTheComplaintUnitThenToTheRegionalSecretary() {
		Instant secondLevelDue = ProcessTestSupport.VERIFICATION_DUE.plus(Duration.ofDays(5));
		when(this.escalations.breach(anyLong())).thenReturn(List.of(new SlaEscalations.Breach("RESOLUTION",
				"penyelesaian", "dinkes-kepala,verifikator", "sekda,inspektorat", secondLevelDue)));
		ProcessInstance instance = ProcessTestSupport.startBefore(this.engine, ComplaintProcess.TASK_HANDLE,
				ProcessTestSupport.disposedTo("dinkes", Category.PUNGUTAN_LIAR, "kota-semarang"));

		moveClockTo(ProcessTestSupport.WINDOW.dueAt().plus(Duration.ofHours(1)));
		this.jobExecutor.start();

		verify(this.escalations, timeout(20_000)).breach(ProcessTestSupport.COMPLAINT_ID);
		waitFor(() -> reviewTask(SlaBreachProcess.TASK_REVIEW_OVERDUE) != null);
		Task review = reviewTask(SlaBreachProcess.TASK_REVIEW_OVERDUE);
		assertThat(candidateGroups(review)).containsExactlyInAnyOrder("dinkes-kepala", "verifikator");
		assertThat(openTask(instance).getPriority()).isEqualTo(RecordSlaBreachDelegate.BREACHED_PRIORITY);
		assertThat(reviewTask(SlaBreachProcess.TASK_ESCALATE_OVERDUE)).isNull();

		// Breach + 3 working days and the stage is still not done: the regional secretary
		// and the inspectorate.
		moveClockTo(secondLevelDue.plus(Duration.ofHours(1)));
		this.jobExecutor.start();

		waitFor(() -> reviewTask(SlaBreachProcess.TASK_ESCALATE_OVERDUE) != null);
		assertThat(candidateGroups(reviewTask(SlaBreachProcess.TASK_ESCALATE_OVERDUE)))
			.containsExactlyInAnyOrder("sekda", "inspektorat");
	}

	@Test
	void theEscalationChainEndsWhenTheLateStageIsDone() {
		when(this.escalations.breach(anyLong())).thenReturn(List.of(new SlaEscalations.Breach("VERIFICATION",
				"verifikasi", "verifikator", "sekda", ProcessTestSupport.VERIFICATION_DUE.plus(Duration.ofDays(5)))));
		ProcessTestSupport.submit(this.engine, Category.KESEHATAN, "kota-semarang");
		moveClockTo(ProcessTestSupport.VERIFICATION_DUE.plus(Duration.ofHours(1)));
		this.jobExecutor.start();
		waitFor(() -> reviewTask(SlaBreachProcess.TASK_REVIEW_OVERDUE) != null);

		this.engine.getRuntimeService()
			.createMessageCorrelation(SlaBreachProcess.MSG_STAGE_COMPLETED)
			.processInstanceBusinessKey(ProcessTestSupport.TRACKING_NUMBER)
			.processInstanceVariableEquals(SlaBreachProcess.STAGE, "VERIFICATION")
			.correlateAllWithResult();

		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(SlaBreachProcess.KEY)
			.count()).isZero();
		assertThat(reviewTask(SlaBreachProcess.TASK_REVIEW_OVERDUE)).isNull();
	}

	private Task openTask(ProcessInstance instance) {
		return this.engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	private Task reviewTask(String key) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processDefinitionKey(SlaBreachProcess.KEY)
			.taskDefinitionKey(key)
			.singleResult();
	}

	private List<String> candidateGroups(Task task) {
		return this.engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.map((link) -> link.getGroupId())
			.toList();
	}

	private static void moveClockTo(Instant moment) {
		ClockUtil.setCurrentTime(Date.from(moment));
	}

	/** The job executor works in its own threads: wait, boundedly, for what it does. */
	private static void waitFor(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The job executor did not get there within 20 s");
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
