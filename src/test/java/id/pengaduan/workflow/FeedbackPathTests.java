package id.pengaduan.workflow;

import java.util.Date;
import java.util.Map;

import id.pengaduan.complaint.Category;
import id.pengaduan.disposition.Handling;
import id.pengaduan.escalation.Escalations;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static id.pengaduan.workflow.ProcessTestSupport.COMPLAINT_ID;
import static id.pengaduan.workflow.ProcessTestSupport.FEEDBACK_DUE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Task_AwaitFeedback: satisfied, not satisfied within the reopen limit, or no reply
 * before the window closes.
 */
@Deployment(resources = { "processes/complaint.bpmn", "processes/disposition.dmn" })
class FeedbackPathTests {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	ProcessEngine engine;

	Handling handling;

	Escalations escalations;

	@BeforeEach
	void prepare() {
		ProcessTestSupport.Services services = ProcessTestSupport.prepare(this.engine);
		this.handling = services.handling();
		this.escalations = services.escalations();
	}

	@AfterEach
	void reset() {
		ProcessTestSupport.reset();
	}

	@Test
	void closesWhenTheComplainantIsSatisfied() {
		ProcessInstance instance = awaitFeedback();

		ProcessTestSupport.correlate(this.engine, ComplaintProcess.MSG_FEEDBACK_GIVEN,
				Map.of(ComplaintVariables.SATISFIED, true));

		assertThat(instance)
			.hasPassedInOrder(ComplaintProcess.TASK_AWAIT_FEEDBACK, ComplaintProcess.TASK_CLOSE_ACCEPTED,
					ComplaintProcess.END_RESOLVED)
			.hasNotPassed(ComplaintProcess.TASK_REOPEN, ComplaintProcess.TASK_CLOSE_FOR_SILENCE,
					ComplaintProcess.TIMER_FEEDBACK_EXPIRED)
			.isEnded();
		verify(this.handling).closeAccepted(COMPLAINT_ID);
		verify(this.handling, never()).closeForSilence(any());
		verify(this.handling, never()).reopen(any());
	}

	@Test
	void reopensForTheHandlersWhenTheComplainantIsNotSatisfied() {
		ProcessTestSupport.reopenAnswers(this.handling, 1);
		ProcessInstance instance = awaitFeedback();

		ProcessTestSupport.correlate(this.engine, ComplaintProcess.MSG_FEEDBACK_GIVEN,
				Map.of(ComplaintVariables.SATISFIED, false));

		assertThat(instance).hasPassedInOrder(ComplaintProcess.TASK_AWAIT_FEEDBACK, ComplaintProcess.TASK_REOPEN)
			.hasNotPassed(ComplaintProcess.TASK_CLOSE_ACCEPTED, ComplaintProcess.TASK_ESCALATE)
			.isWaitingAt(ComplaintProcess.TASK_HANDLE)
			.variables()
			.containsEntry(ComplaintVariables.REOPEN_COUNT, 1);
		assertThat(task(instance)).hasCandidateGroup("dinkes-penangan");
		Assertions
			.assertThat(this.engine.getManagementService()
				.createJobQuery()
				.processInstanceId(instance.getId())
				.activityId(ComplaintProcess.TIMER_FEEDBACK_EXPIRED)
				.count())
			.as("feedback timer cancelled")
			.isZero();
		verify(this.handling).reopen(COMPLAINT_ID);
		verify(this.handling, never()).closeAccepted(any());
		verifyNoInteractions(this.escalations);
	}

	@Test
	void theCitizensReplyOnlyEndsTheWaitAndTheReopenRunsAsAJob() {
		ProcessTestSupport.reopenAnswers(this.handling, 1);
		ProcessInstance instance = awaitFeedback();

		String id = ProcessTestSupport.correlateOnly(this.engine, ComplaintProcess.MSG_FEEDBACK_GIVEN,
				Map.of(ComplaintVariables.SATISFIED, false));

		// The citizen's transaction ends here: the wait is over, its timer gone, the
		// reopen not done yet.
		assertThat(instance).hasPassed(ComplaintProcess.TASK_AWAIT_FEEDBACK)
			.hasNotPassed(ComplaintProcess.TASK_REOPEN)
			.isNotEnded();
		Assertions.assertThat(this.engine.getTaskService().createTaskQuery().processInstanceId(id).count()).isZero();
		Assertions
			.assertThat(this.engine.getManagementService().createJobQuery().processInstanceId(id).timers().count())
			.as("feedback timer cancelled with the citizen's reply")
			.isZero();
		verifyNoInteractions(this.handling);
		Job job = ProcessTestSupport.continuation(this.engine, id);
		Assertions.assertThat(job.getRetries()).as("tries of its retry cycle").isEqualTo(5);

		this.engine.getManagementService().executeJob(job.getId());

		assertThat(instance).hasPassedInOrder(ComplaintProcess.TASK_AWAIT_FEEDBACK, ComplaintProcess.TASK_REOPEN)
			.isWaitingAt(ComplaintProcess.TASK_HANDLE);
		verify(this.handling).reopen(COMPLAINT_ID);
	}

	@Test
	void aReopenThatKeepsFailingIsTriedFiveTimesFiveMinutesApartThenRaisesAnIncident() {
		when(this.handling.reopen(any())).thenThrow(new IllegalStateException("database unavailable"));
		ProcessInstance instance = awaitFeedback();
		String id = ProcessTestSupport.correlateOnly(this.engine, ComplaintProcess.MSG_FEEDBACK_GIVEN,
				Map.of(ComplaintVariables.SATISFIED, false));

		for (int attempt = 1; attempt <= 5; attempt++) {
			Job job = ProcessTestSupport.continuation(this.engine, id);
			Assertions.assertThat(this.engine.getRuntimeService().createIncidentQuery().processInstanceId(id).count())
				.as("incident before attempt %d", attempt)
				.isZero();
			assertThatThrownBy(() -> this.engine.getManagementService().executeJob(job.getId()))
				.hasMessageContaining("database unavailable");
			Job failed = ProcessTestSupport.continuation(this.engine, id);
			Assertions.assertThat(failed.getRetries())
				.as("retries left after attempt %d", attempt)
				.isEqualTo(5 - attempt);
			if (attempt < 5) {
				// The next try is due 5 minutes later, not before.
				Assertions.assertThat(failed.getDuedate())
					.isEqualTo(new Date(ClockUtil.getCurrentTime().getTime() + 5 * 60_000));
				ClockUtil.setCurrentTime(failed.getDuedate());
			}
		}

		Incident incident = this.engine.getRuntimeService().createIncidentQuery().processInstanceId(id).singleResult();
		Assertions.assertThat(incident).isNotNull();
		Assertions.assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
		Assertions.assertThat(incident.getIncidentMessage()).isEqualTo("database unavailable");
		verify(this.handling, times(5)).reopen(COMPLAINT_ID);
		assertThat(instance).hasNotPassed(ComplaintProcess.TASK_REOPEN).isNotEnded();
	}

	@Test
	void closesForSilenceWhenTheFeedbackWindowRunsOut() {
		ProcessInstance instance = awaitFeedback();
		assertThat(ProcessTestSupport.timer(this.engine, instance, ComplaintProcess.TIMER_FEEDBACK_EXPIRED))
			.hasDueDate(Date.from(FEEDBACK_DUE));

		ProcessTestSupport.fireTimer(this.engine, instance, ComplaintProcess.TIMER_FEEDBACK_EXPIRED);

		assertThat(instance)
			.hasPassedInOrder(ComplaintProcess.TASK_AWAIT_FEEDBACK, ComplaintProcess.TIMER_FEEDBACK_EXPIRED,
					ComplaintProcess.TASK_CLOSE_FOR_SILENCE, ComplaintProcess.END_RESOLVED)
			.hasNotPassed(ComplaintProcess.TASK_CLOSE_ACCEPTED, ComplaintProcess.TASK_REOPEN)
			.isEnded();
		verify(this.handling).closeForSilence(COMPLAINT_ID);
		verify(this.handling, never()).closeAccepted(any());
	}

	/**
	 * The approved answer has been published; the complainant has until
	 * {@code FEEDBACK_DUE} to reply.
	 */
	private ProcessInstance awaitFeedback() {
		Map<String, Object> variables = ProcessTestSupport.disposedTo("dinkes", Category.KESEHATAN, "kota-semarang");
		variables.put(ComplaintVariables.FINAL_RESPONSE_APPROVED, true);
		variables.put(ComplaintVariables.FEEDBACK_DUE, Date.from(FEEDBACK_DUE));
		ProcessInstance instance = ProcessTestSupport.startBefore(this.engine, ComplaintProcess.TASK_AWAIT_FEEDBACK,
				variables);
		assertThat(instance).isWaitingAt(ComplaintProcess.TASK_AWAIT_FEEDBACK);
		return instance;
	}

}
