package id.pengaduan.workflow;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import id.pengaduan.complaint.Category;
import id.pengaduan.disposition.Handling;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * From the accepted disposition to the published answer: Task_PostFirstResponse,
 * Task_HandleComplaint, Task_Investigate, Task_DraftFinalResponse and
 * Task_ApproveFinalResponse.
 */
@Deployment(resources = { "processes/complaint.bpmn", "processes/disposition.dmn" })
class HandlingPathTests {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	ProcessEngine engine;

	Handling handling;

	@BeforeEach
	void prepare() {
		this.handling = ProcessTestSupport.prepare(this.engine).handling();
	}

	@AfterEach
	void reset() {
		ProcessTestSupport.reset();
	}

	@Test
	void handsTheComplaintToTheHandlersAfterTheFirstResponse() {
		ProcessInstance instance = startBefore(ComplaintProcess.TASK_POST_FIRST_RESPONSE);
		assertThat(task(instance)).hasCandidateGroup("dinkes-penghubung");

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_POST_FIRST_RESPONSE,
				"dinkes.penghubung", Map.of(ComplaintVariables.FIRST_RESPONSE, "Kami sedang memeriksa puskesmas."));

		assertThat(instance).hasPassed(ComplaintProcess.TASK_POST_FIRST_RESPONSE)
			.isWaitingAt(ComplaintProcess.TASK_HANDLE)
			.variables()
			.doesNotContainKeys(FREE_TEXT.toArray(String[]::new));
		assertThat(task(instance)).hasCandidateGroup("dinkes-penangan");
		verify(this.handling).postFirstResponse(COMPLAINT_ID, "Kami sedang memeriksa puskesmas.",
				ProcessTestSupport.actor("dinkes.penghubung"));
	}

	@Test
	void asksTheInspectorateToInvestigateWhenTheHandlerCallsForIt() {
		ProcessInstance instance = startBefore(ComplaintProcess.TASK_HANDLE);

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_HANDLE, "dinkes.penangan",
				handling("Ada dugaan pungutan di loket.", true));

		assertThat(instance).hasPassed(ComplaintProcess.TASK_HANDLE)
			.isWaitingAt(ComplaintProcess.TASK_INVESTIGATE)
			.variables()
			.doesNotContainKeys(FREE_TEXT.toArray(String[]::new));
		assertThat(task(instance)).hasCandidateGroup("inspektorat");
		verify(this.handling).recordHandling(COMPLAINT_ID, "Ada dugaan pungutan di loket.", true,
				ProcessTestSupport.actor("dinkes.penangan"));

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_INVESTIGATE, "inspektur",
				Map.of(ComplaintVariables.INVESTIGATION_FINDINGS, "Petugas loket memungut Rp20.000."));

		assertThat(instance).hasPassedInOrder(ComplaintProcess.TASK_HANDLE, ComplaintProcess.TASK_INVESTIGATE)
			.isWaitingAt(ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE)
			.variables()
			.doesNotContainKeys(FREE_TEXT.toArray(String[]::new));
		assertThat(task(instance)).hasCandidateGroup("dinkes-penangan");
		verify(this.handling).finishInvestigation(COMPLAINT_ID, "Petugas loket memungut Rp20.000.",
				ProcessTestSupport.actor("inspektur"));
	}

	@Test
	void draftsTheAnswerDirectlyWhenNoInvestigationIsNeeded() {
		ProcessInstance instance = startBefore(ComplaintProcess.TASK_HANDLE);

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_HANDLE, "dinkes.penangan",
				handling("Jam layanan sudah diumumkan ulang.", false));

		assertThat(instance).hasPassed(ComplaintProcess.TASK_HANDLE)
			.hasNotPassed(ComplaintProcess.TASK_INVESTIGATE)
			.isWaitingAt(ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE)
			.variables()
			.doesNotContainKeys(FREE_TEXT.toArray(String[]::new));
		verify(this.handling).recordHandling(COMPLAINT_ID, "Jam layanan sudah diumumkan ulang.", false,
				ProcessTestSupport.actor("dinkes.penangan"));
		verify(this.handling, never()).finishInvestigation(any(), any(), any());
	}

	@Test
	void readsAnUncheckedInvestigationBoxAsNo() {
		ProcessInstance instance = startBefore(ComplaintProcess.TASK_HANDLE);

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_HANDLE, "dinkes.penangan",
				Map.of(ComplaintVariables.HANDLING_NOTE, "Selesai ditangani."));

		assertThat(instance).hasNotPassed(ComplaintProcess.TASK_INVESTIGATE)
			.isWaitingAt(ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE)
			.variables()
			.containsEntry(ComplaintVariables.INVESTIGATION_NEEDED, false);
		verify(this.handling).recordHandling(COMPLAINT_ID, "Selesai ditangani.", false,
				ProcessTestSupport.actor("dinkes.penangan"));
	}

	@Test
	void readsAYesSentAsTextByARestClient() {
		ProcessInstance instance = startBefore(ComplaintProcess.TASK_HANDLE);

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_HANDLE, "dinkes.penangan",
				Map.of(ComplaintVariables.INVESTIGATION_NEEDED, "true"));

		assertThat(instance).isWaitingAt(ComplaintProcess.TASK_INVESTIGATE)
			.variables()
			.containsEntry(ComplaintVariables.INVESTIGATION_NEEDED, true);
		verify(this.handling).recordHandling(COMPLAINT_ID, null, true, ProcessTestSupport.actor("dinkes.penangan"));
	}

	@Test
	void sendsTheDraftToTheHeadForApproval() {
		ProcessInstance instance = startBefore(ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE);
		assertThat(task(instance)).hasCandidateGroup("dinkes-penangan");

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE,
				"dinkes.penangan", Map.of(ComplaintVariables.FINAL_ANSWER, "Loket kini buka pukul 07.30."));

		assertThat(instance).hasPassed(ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE)
			.isWaitingAt(ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE)
			.variables()
			.doesNotContainKeys(FREE_TEXT.toArray(String[]::new));
		assertThat(task(instance)).hasCandidateGroup("dinkes-kepala");
		verify(this.handling).draftAnswer(COMPLAINT_ID, "Loket kini buka pukul 07.30.",
				ProcessTestSupport.actor("dinkes.penangan"));
	}

	@Test
	void sendsTheDraftBackForRevisionWhenTheHeadDoesNotApprove() {
		ProcessTestSupport.answerDecisionAnswers(this.handling, FEEDBACK_DUE);
		ProcessInstance instance = startBefore(ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE);

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE,
				"dinkes.kepala", approval(false, "Sebutkan tanggal perubahan jam layanan."));

		assertThat(instance).hasPassed(ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE)
			.hasNotPassed(ComplaintProcess.TASK_AWAIT_FEEDBACK)
			.isWaitingAt(ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE)
			.variables()
			.doesNotContainKeys(FREE_TEXT.toArray(String[]::new))
			.containsEntry(ComplaintVariables.FEEDBACK_DUE, null);
		assertThat(task(instance)).hasCandidateGroup("dinkes-penangan");
		verify(this.handling).decideOnAnswer(COMPLAINT_ID, false, "Sebutkan tanggal perubahan jam layanan.",
				ProcessTestSupport.actor("dinkes.kepala"));
	}

	@Test
	void publishesTheApprovedAnswerAndWaitsForFeedbackUntilTheWindowCloses() {
		ProcessTestSupport.answerDecisionAnswers(this.handling, FEEDBACK_DUE);
		ProcessInstance instance = startBefore(ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE);
		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE,
				"dinkes.penangan", Map.of(ComplaintVariables.FINAL_ANSWER, "Loket kini buka pukul 07.30."));

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE,
				"dinkes.kepala", approval(true, null));

		assertThat(instance)
			.hasPassedInOrder(ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE, ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE)
			.isWaitingAt(ComplaintProcess.TASK_AWAIT_FEEDBACK)
			.variables()
			.containsEntry(ComplaintVariables.FEEDBACK_DUE, Date.from(FEEDBACK_DUE))
			.doesNotContainKeys(FREE_TEXT.toArray(String[]::new));
		assertThat(ProcessTestSupport.timer(this.engine, instance, ComplaintProcess.TIMER_FEEDBACK_EXPIRED))
			.hasDueDate(Date.from(FEEDBACK_DUE));
		verify(this.handling).decideOnAnswer(COMPLAINT_ID, true, null, ProcessTestSupport.actor("dinkes.kepala"));
		Assertions
			.assertThat(this.engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count())
			.as("no user task while the complainant is asked")
			.isZero();
	}

	@Test
	void takesAMissingApprovalAsARequestForRevision() {
		ProcessInstance instance = startBefore(ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE);

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE,
				"dinkes.kepala", Map.of());

		assertThat(instance).hasNotPassed(ComplaintProcess.TASK_AWAIT_FEEDBACK)
			.isWaitingAt(ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE);
		verify(this.handling).decideOnAnswer(COMPLAINT_ID, false, null, ProcessTestSupport.actor("dinkes.kepala"));
	}

	/**
	 * A complaint disposed to and accepted by the health office, right before
	 * {@code activityId}.
	 */
	private ProcessInstance startBefore(String activityId) {
		return ProcessTestSupport.startBefore(this.engine, activityId,
				ProcessTestSupport.disposedTo("dinkes", Category.KESEHATAN, "kota-semarang"));
	}

	private static Map<String, Object> handling(String note, boolean investigationNeeded) {
		return Map.of(ComplaintVariables.HANDLING_NOTE, note, ComplaintVariables.INVESTIGATION_NEEDED,
				investigationNeeded);
	}

	private static Map<String, Object> approval(boolean approved, String revisionNote) {
		Map<String, Object> form = new HashMap<>();
		form.put(ComplaintVariables.FINAL_RESPONSE_APPROVED, approved);
		form.put(ComplaintVariables.REVISION_NOTE, revisionNote);
		return form;
	}

}
