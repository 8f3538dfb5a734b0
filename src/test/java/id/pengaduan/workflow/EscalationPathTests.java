package id.pengaduan.workflow;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import id.pengaduan.complaint.Category;
import id.pengaduan.disposition.Handling;
import id.pengaduan.escalation.EscalationDecision;
import id.pengaduan.escalation.Escalations;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static id.pengaduan.workflow.ProcessTestSupport.COMPLAINT_ID;
import static id.pengaduan.workflow.ProcessTestSupport.FEEDBACK_DUE;
import static id.pengaduan.workflow.ProcessTestSupport.FREE_TEXT;
import static id.pengaduan.workflow.ProcessTestSupport.MAX_REOPENS;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Gateway_ReopenLimit reached: Task_EscalateComplaint and Task_ReviewEscalation (reassign
 * or close).
 */
@Deployment(resources = { "processes/complaint.bpmn", "processes/disposition.dmn" })
class EscalationPathTests {

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
		ProcessTestSupport.answerDecisionAnswers(this.handling, FEEDBACK_DUE);
	}

	@AfterEach
	void reset() {
		ProcessTestSupport.reset();
	}

	@Test
	void escalatesWhenStillNotSatisfiedAfterTheLastAllowedReopen() {
		ProcessTestSupport.reopenAnswers(this.handling, 1, 2);
		ProcessInstance instance = ProcessTestSupport.startBefore(this.engine, ComplaintProcess.TASK_HANDLE,
				ProcessTestSupport.disposedTo("dinkes", Category.KESEHATAN, "kota-semarang"));

		for (int reopens = 1; reopens <= MAX_REOPENS; reopens++) {
			answerAndHearNotSatisfied(instance);
			assertThat(instance).isWaitingAt(ComplaintProcess.TASK_HANDLE)
				.hasNotPassed(ComplaintProcess.TASK_ESCALATE)
				.variables()
				.containsEntry(ComplaintVariables.REOPEN_COUNT, reopens);
		}
		verifyNoInteractions(this.escalations);

		answerAndHearNotSatisfied(instance);

		assertThat(instance).hasPassed(ComplaintProcess.TASK_REOPEN, ComplaintProcess.TASK_ESCALATE)
			.isWaitingAt(ComplaintProcess.TASK_REVIEW_ESCALATION);
		assertThat(task(instance)).hasCandidateGroup("sekda").hasCandidateGroup("inspektorat");
		Assertions.assertThat(passages(instance, ComplaintProcess.TASK_REOPEN)).isEqualTo(MAX_REOPENS);
		verify(this.handling, times(MAX_REOPENS)).reopen(COMPLAINT_ID);
		verify(this.escalations).escalateForRepeatedDissatisfaction(COMPLAINT_ID);
	}

	@Test
	void sendsTheComplaintBackToTheHandlersWhenTheReviewerReassignsIt() {
		ProcessInstance instance = escalated();

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_REVIEW_ESCALATION, "sekda",
				decision(EscalationDecision.REASSIGN, "Tangani ulang dengan kunjungan lapangan."));

		assertThat(instance).hasPassedInOrder(ComplaintProcess.TASK_ESCALATE, ComplaintProcess.TASK_REVIEW_ESCALATION)
			.isWaitingAt(ComplaintProcess.TASK_HANDLE)
			.variables()
			.doesNotContainKeys(FREE_TEXT.toArray(String[]::new));
		assertThat(task(instance)).hasCandidateGroup("dinkes-penangan");
		verify(this.escalations).decide(COMPLAINT_ID, EscalationDecision.REASSIGN,
				"Tangani ulang dengan kunjungan lapangan.", ProcessTestSupport.actor("sekda"));
		verify(this.handling, never()).reopen(any());
	}

	@Test
	void escalatesAgainWhenStillNotSatisfiedAfterAReassignment() {
		ProcessInstance instance = escalated();
		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_REVIEW_ESCALATION, "sekda",
				decision(EscalationDecision.REASSIGN, "Tangani ulang."));

		answerAndHearNotSatisfied(instance);

		assertThat(instance).hasNotPassed(ComplaintProcess.TASK_REOPEN)
			.isWaitingAt(ComplaintProcess.TASK_REVIEW_ESCALATION);
		Assertions.assertThat(passages(instance, ComplaintProcess.TASK_ESCALATE)).isEqualTo(2);
		verify(this.escalations, times(2)).escalateForRepeatedDissatisfaction(COMPLAINT_ID);
		verify(this.handling, never()).reopen(any());
	}

	@Test
	void closesWithTheReviewersDecision() {
		ProcessInstance instance = escalated();

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_REVIEW_ESCALATION, "inspektur",
				decision(EscalationDecision.CLOSE, "Keputusan akhir: tarif sesuai Perda."));

		assertThat(instance)
			.hasPassedInOrder(ComplaintProcess.TASK_ESCALATE, ComplaintProcess.TASK_REVIEW_ESCALATION,
					ComplaintProcess.END_RESOLVED)
			.hasNotPassed(ComplaintProcess.TASK_CLOSE_ACCEPTED, ComplaintProcess.TASK_CLOSE_FOR_SILENCE)
			.isEnded();
		verify(this.escalations).decide(COMPLAINT_ID, EscalationDecision.CLOSE, "Keputusan akhir: tarif sesuai Perda.",
				ProcessTestSupport.actor("inspektur"));
		verify(this.handling, never()).closeAccepted(any());
	}

	/**
	 * A complaint reopened {@code MAX_REOPENS} times whose complainant is again not
	 * satisfied.
	 */
	private ProcessInstance escalated() {
		Map<String, Object> variables = ProcessTestSupport.disposedTo("dinkes", Category.KESEHATAN, "kota-semarang");
		variables.put(ComplaintVariables.REOPEN_COUNT, MAX_REOPENS);
		variables.put(ComplaintVariables.FEEDBACK_DUE, Date.from(FEEDBACK_DUE));
		ProcessInstance instance = ProcessTestSupport.startBefore(this.engine, ComplaintProcess.TASK_AWAIT_FEEDBACK,
				variables);
		ProcessTestSupport.correlate(this.engine, ComplaintProcess.MSG_FEEDBACK_GIVEN,
				Map.of(ComplaintVariables.SATISFIED, false));
		assertThat(instance).hasPassed(ComplaintProcess.TASK_ESCALATE)
			.hasNotPassed(ComplaintProcess.TASK_REOPEN)
			.isWaitingAt(ComplaintProcess.TASK_REVIEW_ESCALATION);
		verify(this.escalations).escalateForRepeatedDissatisfaction(COMPLAINT_ID);
		return instance;
	}

	/**
	 * Handles, drafts and approves the answer; the complainant replies that it is not
	 * satisfied.
	 */
	private void answerAndHearNotSatisfied(ProcessInstance instance) {
		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_HANDLE, "dinkes.penangan",
				Map.of(ComplaintVariables.HANDLING_NOTE, "Ditangani.", ComplaintVariables.INVESTIGATION_NEEDED, false));
		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE,
				"dinkes.penangan", Map.of(ComplaintVariables.FINAL_ANSWER, "Jawaban."));
		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE,
				"dinkes.kepala", Map.of(ComplaintVariables.FINAL_RESPONSE_APPROVED, true));
		assertThat(instance).isWaitingAt(ComplaintProcess.TASK_AWAIT_FEEDBACK);
		ProcessTestSupport.correlate(this.engine, ComplaintProcess.MSG_FEEDBACK_GIVEN,
				Map.of(ComplaintVariables.SATISFIED, false));
	}

	private long passages(ProcessInstance instance, String activityId) {
		return this.engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.count();
	}

	private static Map<String, Object> decision(EscalationDecision decision, String note) {
		Map<String, Object> form = new HashMap<>();
		form.put(ComplaintVariables.ESCALATION_DECISION, decision.name());
		form.put(ComplaintVariables.ESCALATION_NOTE, note);
		return form;
	}

}
