package id.pengaduan.workflow;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import id.pengaduan.complaint.Category;
import id.pengaduan.disposition.Disposition;
import id.pengaduan.verification.Verification;
import id.pengaduan.verification.VerificationOutcome;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static id.pengaduan.workflow.ProcessTestSupport.COMPLAINT_ID;
import static id.pengaduan.workflow.ProcessTestSupport.COMPLETION_DUE;
import static id.pengaduan.workflow.ProcessTestSupport.FREE_TEXT;
import static id.pengaduan.workflow.ProcessTestSupport.VERIFICATION_DUE;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * Task_VerifyComplaint and its outcomes: valid, incomplete (completed or withdrawn), not
 * ours, rejected, duplicate.
 */
@Deployment(resources = { "processes/complaint.bpmn", "processes/disposition.dmn" })
class VerificationPathTests {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	ProcessEngine engine;

	Verification verification;

	Disposition disposition;

	@BeforeEach
	void prepare() {
		ProcessTestSupport.Services services = ProcessTestSupport.prepare(this.engine);
		this.verification = services.verification();
		this.disposition = services.disposition();
	}

	@AfterEach
	void reset() {
		ProcessTestSupport.reset();
	}

	@Test
	void waitsForTheVerifierWithTheVerificationDeadline() {
		ProcessInstance instance = ProcessTestSupport.submit(this.engine, Category.KESEHATAN, "kota-semarang");

		assertThat(instance).isWaitingAt(ComplaintProcess.TASK_VERIFY);
		assertThat(task(instance)).hasCandidateGroup("verifikator").hasDueDate(Date.from(VERIFICATION_DUE));
		assertThat(instance).hasBusinessKey(ProcessTestSupport.TRACKING_NUMBER);
	}

	@Test
	void routesAValidComplaintAndDisposesItToTheSkpd() {
		ProcessTestSupport.verificationAnswers(this.verification, Category.KESEHATAN, false, null);
		ProcessInstance instance = ProcessTestSupport.submit(this.engine, Category.KESEHATAN, "kota-semarang");

		verifyComplaint(instance, "VALID", Category.KESEHATAN, "  Berkas lengkap.  ");

		assertThat(instance)
			.hasPassedInOrder(ComplaintProcess.TASK_VERIFY, ComplaintProcess.TASK_ROUTE, ComplaintProcess.TASK_DISPOSE)
			.hasNotPassed(ComplaintProcess.TASK_CHOOSE_SKPD, ComplaintProcess.TASK_AWAIT_COMPLETION)
			.isWaitingAt(ComplaintProcess.TASK_ACCEPT_DISPOSITION)
			.variables()
			.containsEntry(ComplaintVariables.SKPD, "dinkes")
			.doesNotContainKeys(FREE_TEXT.toArray(String[]::new));
		assertThat(task(instance)).hasCandidateGroup("dinkes-penghubung");
		verify(this.verification).apply(COMPLAINT_ID, VerificationOutcome.VALID, Category.KESEHATAN, false,
				"Berkas lengkap.", ProcessTestSupport.actor("verifikator"));
		verify(this.disposition).dispose(COMPLAINT_ID, "dinkes", "system");
	}

	@Test
	void routesByTheCategoryTheVerifierCorrected() {
		ProcessTestSupport.verificationAnswers(this.verification, Category.PENDIDIKAN, false, null);
		ProcessInstance instance = ProcessTestSupport.submit(this.engine, Category.LAINNYA, "kota-semarang");

		verifyComplaint(instance, "VALID", Category.PENDIDIKAN, null);

		assertThat(instance).isWaitingAt(ComplaintProcess.TASK_ACCEPT_DISPOSITION)
			.variables()
			.containsEntry(ComplaintVariables.CATEGORY, "PENDIDIKAN")
			.containsEntry(ComplaintVariables.SKPD, "disdik");
		assertThat(task(instance)).hasCandidateGroup("disdik-penghubung");
		verify(this.verification).apply(COMPLAINT_ID, VerificationOutcome.VALID, Category.PENDIDIKAN, false, null,
				ProcessTestSupport.actor("verifikator"));
	}

	@Test
	void waitsForTheComplainantWhenTheFileIsIncomplete() {
		ProcessTestSupport.verificationAnswers(this.verification, Category.KESEHATAN, false, COMPLETION_DUE);
		ProcessInstance instance = ProcessTestSupport.submit(this.engine, Category.KESEHATAN, "kota-semarang");

		verifyComplaint(instance, "INCOMPLETE", Category.KESEHATAN, "Mohon lampirkan foto loket.");

		assertThat(instance).hasPassed(ComplaintProcess.TASK_VERIFY)
			.hasNotPassed(ComplaintProcess.TASK_ROUTE)
			.isWaitingAt(ComplaintProcess.TASK_AWAIT_COMPLETION)
			.variables()
			.containsEntry(ComplaintVariables.COMPLETION_DUE, Date.from(COMPLETION_DUE))
			.doesNotContainKeys(FREE_TEXT.toArray(String[]::new));
		assertThat(ProcessTestSupport.timer(this.engine, instance, ComplaintProcess.TIMER_COMPLETION_EXPIRED))
			.hasDueDate(Date.from(COMPLETION_DUE));
		verify(this.verification).apply(COMPLAINT_ID, VerificationOutcome.INCOMPLETE, Category.KESEHATAN, false,
				"Mohon lampirkan foto loket.", ProcessTestSupport.actor("verifikator"));
		verifyNoInteractions(this.disposition);
	}

	@Test
	void verifiesAgainWhenTheComplainantCompletesTheFile() {
		ProcessTestSupport.verificationAnswers(this.verification, Category.KESEHATAN, false, COMPLETION_DUE);
		ProcessInstance instance = ProcessTestSupport.submit(this.engine, Category.KESEHATAN, "kota-semarang");
		verifyComplaint(instance, "INCOMPLETE", Category.KESEHATAN, "Mohon lampirkan foto loket.");

		Date newVerificationDue = Date.from(VERIFICATION_DUE.plusSeconds(86400 * 7));
		ProcessTestSupport.correlate(this.engine, ComplaintProcess.MSG_COMPLETION_PROVIDED,
				Map.of(ComplaintVariables.VERIFICATION_DUE, newVerificationDue));

		assertThat(instance).hasPassedInOrder(ComplaintProcess.TASK_VERIFY, ComplaintProcess.TASK_AWAIT_COMPLETION)
			.hasNotPassed(ComplaintProcess.TIMER_COMPLETION_EXPIRED, ComplaintProcess.TASK_WITHDRAW)
			.isWaitingAt(ComplaintProcess.TASK_VERIFY);
		assertThat(task(instance)).hasCandidateGroup("verifikator").hasDueDate(newVerificationDue);
		Assertions
			.assertThat(this.engine.getManagementService()
				.createJobQuery()
				.processInstanceId(instance.getId())
				.activityId(ComplaintProcess.TIMER_COMPLETION_EXPIRED)
				.count())
			.as("completion timer cancelled")
			.isZero();
		verify(this.verification, never()).withdrawForMissingCompletion(any());
	}

	@Test
	void withdrawsWhenTheCompletionWindowRunsOut() {
		ProcessTestSupport.verificationAnswers(this.verification, Category.KESEHATAN, false, COMPLETION_DUE);
		ProcessInstance instance = ProcessTestSupport.submit(this.engine, Category.KESEHATAN, "kota-semarang");
		verifyComplaint(instance, "INCOMPLETE", Category.KESEHATAN, "Mohon lampirkan foto loket.");

		ProcessTestSupport.fireTimer(this.engine, instance, ComplaintProcess.TIMER_COMPLETION_EXPIRED);

		assertThat(instance)
			.hasPassedInOrder(ComplaintProcess.TASK_AWAIT_COMPLETION, ComplaintProcess.TIMER_COMPLETION_EXPIRED,
					ComplaintProcess.TASK_WITHDRAW, ComplaintProcess.END_WITHDRAWN)
			.hasNotPassed(ComplaintProcess.TASK_ROUTE)
			.isEnded();
		verify(this.verification).withdrawForMissingCompletion(COMPLAINT_ID);
	}

	@Test
	void endsAsTransferredWhenTheComplaintIsNotOurAuthority() {
		ProcessTestSupport.verificationAnswers(this.verification, Category.KESEHATAN, false, null);
		ProcessInstance instance = ProcessTestSupport.submit(this.engine, Category.KESEHATAN, "kota-semarang");

		verifyComplaint(instance, "NOT_AUTHORITY", Category.KESEHATAN, "Kewenangan Kementerian Kesehatan.");

		assertThat(instance).hasPassedInOrder(ComplaintProcess.TASK_VERIFY, ComplaintProcess.END_TRANSFERRED)
			.hasNotPassed(ComplaintProcess.TASK_ROUTE, ComplaintProcess.END_ARCHIVED)
			.isEnded();
		verify(this.verification).apply(COMPLAINT_ID, VerificationOutcome.NOT_AUTHORITY, Category.KESEHATAN, false,
				"Kewenangan Kementerian Kesehatan.", ProcessTestSupport.actor("verifikator"));
		verifyNoInteractions(this.disposition);
	}

	@ParameterizedTest
	@EnumSource(value = VerificationOutcome.class, names = { "REJECTED", "DUPLICATE" })
	void archivesARejectedOrDuplicateComplaint(VerificationOutcome outcome) {
		ProcessTestSupport.verificationAnswers(this.verification, Category.LAINNYA, false, null);
		ProcessInstance instance = ProcessTestSupport.submit(this.engine, Category.LAINNYA, "kota-semarang");

		verifyComplaint(instance, outcome.name(), Category.LAINNYA, "Sama dengan ADU-2026-000041.");

		assertThat(instance).hasPassedInOrder(ComplaintProcess.TASK_VERIFY, ComplaintProcess.END_ARCHIVED)
			.hasNotPassed(ComplaintProcess.TASK_ROUTE, ComplaintProcess.END_TRANSFERRED)
			.isEnded();
		verify(this.verification).apply(COMPLAINT_ID, outcome, Category.LAINNYA, false, "Sama dengan ADU-2026-000041.",
				ProcessTestSupport.actor("verifikator"));
		verifyNoInteractions(this.disposition);
	}

	@Test
	void keepsTheTaskOpenWhenTheVerificationIsRefused() {
		when(this.verification.apply(any(), any(), any(), anyBoolean(), any(), any()))
			.thenThrow(new IllegalArgumentException("A note for the complainant is required"));
		ProcessInstance instance = ProcessTestSupport.submit(this.engine, Category.KESEHATAN, "kota-semarang");

		Assertions.assertThatThrownBy(() -> verifyComplaint(instance, "REJECTED", Category.KESEHATAN, null))
			.hasRootCauseInstanceOf(IllegalArgumentException.class);

		assertThat(instance).isWaitingAt(ComplaintProcess.TASK_VERIFY).hasNotPassed(ComplaintProcess.END_ARCHIVED);
	}

	/**
	 * The verifier's form: outcome, category, supervisory flag and the note for the
	 * complainant.
	 */
	private void verifyComplaint(ProcessInstance instance, String outcome, Category category, String note) {
		Map<String, Object> form = new HashMap<>();
		form.put(ComplaintVariables.VERIFICATION_OUTCOME, outcome);
		form.put(ComplaintVariables.CATEGORY, category.name());
		form.put(ComplaintVariables.SUPERVISORY_CONTENT, false);
		form.put(ComplaintVariables.VERIFICATION_NOTE, note);
		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_VERIFY, "verifikator", form);
	}

}
