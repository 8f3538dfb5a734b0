package id.pengaduan.workflow;

import java.util.HashMap;
import java.util.Map;

import id.pengaduan.complaint.Category;
import id.pengaduan.disposition.Disposition;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static id.pengaduan.workflow.ProcessTestSupport.COMPLAINT_ID;
import static id.pengaduan.workflow.ProcessTestSupport.FREE_TEXT;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Task_RouteComplaint (disposition.dmn), Task_ChooseSkpd, Task_DisposeComplaint and
 * Task_AcceptDisposition.
 */
@Deployment(resources = { "processes/complaint.bpmn", "processes/disposition.dmn" })
class DispositionPathTests {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	ProcessEngine engine;

	Disposition disposition;

	@BeforeEach
	void prepare() {
		this.disposition = ProcessTestSupport.prepare(this.engine).disposition();
	}

	@AfterEach
	void reset() {
		ProcessTestSupport.reset();
	}

	@ParameterizedTest
	@CsvSource({ "KESEHATAN, kota-semarang, dinkes", "LAYANAN_RUMAH_SAKIT, kota-surakarta, rsud-moewardi",
			"LAYANAN_RUMAH_SAKIT, kab-klaten, rsud-moewardi", "LAYANAN_RUMAH_SAKIT, kota-semarang, rsud-tugurejo",
			"ADMINISTRASI_KEPENDUDUKAN, kab-kendal, dukcapil", "INFRASTRUKTUR, kab-banyumas, dpu",
			"PENDIDIKAN, kota-magelang, disdik" })
	void routesByCategoryAndRegionToTheLiaisonOfTheSkpd(Category category, String regionCode, String skpd) {
		ProcessInstance instance = route(category, regionCode);

		assertThat(instance).hasPassedInOrder(ComplaintProcess.TASK_ROUTE, ComplaintProcess.TASK_DISPOSE)
			.hasNotPassed(ComplaintProcess.TASK_CHOOSE_SKPD)
			.isWaitingAt(ComplaintProcess.TASK_ACCEPT_DISPOSITION)
			.variables()
			.containsEntry(ComplaintVariables.SKPD, skpd);
		assertThat(task(instance)).hasCandidateGroup(skpd + "-penghubung");
		verify(this.disposition).dispose(COMPLAINT_ID, skpd, "system");
	}

	@ParameterizedTest
	@EnumSource(value = Category.class, names = { "PUNGUTAN_LIAR", "LAINNYA" })
	void letsTheVerifierChooseTheSkpdWhenNoRuleMatches(Category category) {
		ProcessInstance instance = route(category, "kota-semarang");

		assertThat(instance).hasPassed(ComplaintProcess.TASK_ROUTE)
			.hasNotPassed(ComplaintProcess.TASK_DISPOSE)
			.isWaitingAt(ComplaintProcess.TASK_CHOOSE_SKPD);
		assertThat(task(instance)).hasCandidateGroup("verifikator");
		Assertions.assertThat(this.engine.getRuntimeService().getVariable(instance.getId(), ComplaintVariables.SKPD))
			.isNull();
		verify(this.disposition, never()).dispose(any(), any(), any());

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_CHOOSE_SKPD, "verifikator",
				Map.of(ComplaintVariables.SKPD, "dpu"));

		assertThat(instance).hasPassedInOrder(ComplaintProcess.TASK_CHOOSE_SKPD, ComplaintProcess.TASK_DISPOSE)
			.isWaitingAt(ComplaintProcess.TASK_ACCEPT_DISPOSITION);
		assertThat(task(instance)).hasCandidateGroup("dpu-penghubung");
		var order = inOrder(this.disposition);
		order.verify(this.disposition).requireKnownSkpd("dpu");
		order.verify(this.disposition).dispose(COMPLAINT_ID, "dpu", "system");
	}

	@Test
	void keepsTheChoiceWithTheVerifierWhenTheSkpdIsUnknown() {
		doThrow(new IllegalArgumentException("Unknown SKPD: dinas-fiktif")).when(this.disposition)
			.requireKnownSkpd("dinas-fiktif");
		ProcessInstance instance = route(Category.LAINNYA, "kota-semarang");

		Assertions
			.assertThatThrownBy(() -> ProcessTestSupport.complete(this.engine, instance,
					ComplaintProcess.TASK_CHOOSE_SKPD, "verifikator", Map.of(ComplaintVariables.SKPD, "dinas-fiktif")))
			.hasRootCauseInstanceOf(IllegalArgumentException.class);

		assertThat(instance).isWaitingAt(ComplaintProcess.TASK_CHOOSE_SKPD).hasNotPassed(ComplaintProcess.TASK_DISPOSE);
		verify(this.disposition, never()).dispose(any(), any(), any());
	}

	@Test
	void startsTheFirstResponseWhenTheSkpdAcceptsTheDisposition() {
		ProcessInstance instance = route(Category.KESEHATAN, "kota-semarang");

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_ACCEPT_DISPOSITION,
				"dinkes.penghubung", decision(true, null));

		assertThat(instance).hasPassed(ComplaintProcess.TASK_ACCEPT_DISPOSITION)
			.hasNotPassed(ComplaintProcess.TASK_CHOOSE_SKPD)
			.isWaitingAt(ComplaintProcess.TASK_POST_FIRST_RESPONSE)
			.variables()
			.containsEntry(ComplaintVariables.SKPD, "dinkes")
			.doesNotContainKeys(FREE_TEXT.toArray(String[]::new));
		assertThat(task(instance)).hasCandidateGroup("dinkes-penghubung");
		verify(this.disposition).accept(COMPLAINT_ID, ProcessTestSupport.actor("dinkes.penghubung"));
		verify(this.disposition, never()).returnToComplaintUnit(any(), any(), any());
	}

	@Test
	void returnsTheDispositionToTheComplaintUnitWithItsReason() {
		ProcessInstance instance = route(Category.KESEHATAN, "kota-semarang");

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_ACCEPT_DISPOSITION,
				"dinkes.penghubung", decision(false, " Layanan RSUD, bukan puskesmas. "));

		assertThat(instance).hasPassed(ComplaintProcess.TASK_ACCEPT_DISPOSITION)
			.hasNotPassed(ComplaintProcess.TASK_POST_FIRST_RESPONSE)
			.isWaitingAt(ComplaintProcess.TASK_CHOOSE_SKPD)
			.variables()
			.doesNotContainKeys(FREE_TEXT.toArray(String[]::new));
		Assertions.assertThat(this.engine.getRuntimeService().getVariable(instance.getId(), ComplaintVariables.SKPD))
			.as("the returned SKPD is no longer the target")
			.isNull();
		assertThat(task(instance)).hasCandidateGroup("verifikator");
		verify(this.disposition).returnToComplaintUnit(COMPLAINT_ID, "Layanan RSUD, bukan puskesmas.",
				ProcessTestSupport.actor("dinkes.penghubung"));
		verify(this.disposition, never()).accept(any(), any());

		ProcessTestSupport.complete(this.engine, instance, ComplaintProcess.TASK_CHOOSE_SKPD, "verifikator",
				Map.of(ComplaintVariables.SKPD, "rsud-tugurejo"));

		assertThat(instance)
			.hasPassedInOrder(ComplaintProcess.TASK_ACCEPT_DISPOSITION, ComplaintProcess.TASK_CHOOSE_SKPD,
					ComplaintProcess.TASK_DISPOSE)
			.isWaitingAt(ComplaintProcess.TASK_ACCEPT_DISPOSITION);
		assertThat(task(instance)).hasCandidateGroup("rsud-tugurejo-penghubung");
		verify(this.disposition).dispose(COMPLAINT_ID, "dinkes", "system");
		verify(this.disposition).dispose(COMPLAINT_ID, "rsud-tugurejo", "system");
	}

	/** A verified complaint, right before the routing table. */
	private ProcessInstance route(Category category, String regionCode) {
		Map<String, Object> variables = ProcessTestSupport.startVariables(category, regionCode);
		variables.put(ComplaintVariables.VERIFICATION_OUTCOME, "VALID");
		return ProcessTestSupport.startBefore(this.engine, ComplaintProcess.TASK_ROUTE, variables);
	}

	/** The liaison officer's form. */
	private static Map<String, Object> decision(boolean accepted, String returnReason) {
		Map<String, Object> form = new HashMap<>();
		form.put(ComplaintVariables.DISPOSITION_ACCEPTED, accepted);
		form.put(ComplaintVariables.RETURN_REASON, returnReason);
		return form;
	}

}
