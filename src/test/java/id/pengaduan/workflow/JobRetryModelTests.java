package id.pengaduan.workflow;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every job of the processes (timers and asynchronous steps) retries on a cycle of its
 * own and then raises an incident, and a citizen's message continues in a job.
 */
class JobRetryModelTests {

	@ParameterizedTest
	@ValueSource(strings = { "processes/complaint.bpmn", "processes/sla-breach.bpmn" })
	void everyTimerAndAsynchronousStepRetriesFiveTimesFiveMinutesApart(String file) throws Exception {
		BpmnModelInstance model = read(file);
		List<String> jobs = new ArrayList<>();
		List<String> withoutCycle = new ArrayList<>();
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			boolean timer = node instanceof CatchEvent event
					&& event.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance);
			if (!timer && !node.isCamundaAsyncBefore() && !node.isCamundaAsyncAfter()) {
				continue;
			}
			jobs.add(node.getId());
			if (!"R5/PT5M".equals(retryCycle(node))) {
				withoutCycle.add(node.getId());
			}
		}

		assertThat(jobs).isNotEmpty();
		assertThat(withoutCycle).as("timers and async steps without R5/PT5M in %s", file).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Task_AwaitCompletion", "Task_AwaitFeedback" })
	void theCitizensMessagesContinueInAJob(String receiveTask) throws Exception {
		ReceiveTask task = read("processes/complaint.bpmn").getModelElementById(receiveTask);

		assertThat(task.isCamundaAsyncAfter()).isTrue();
	}

	private static String retryCycle(FlowNode node) {
		ExtensionElements extensions = node.getExtensionElements();
		if (extensions == null) {
			return null;
		}
		return extensions.getElementsQuery()
			.filterByType(CamundaFailedJobRetryTimeCycle.class)
			.list()
			.stream()
			.map(CamundaFailedJobRetryTimeCycle::getTextContent)
			.findFirst()
			.orElse(null);
	}

	private static BpmnModelInstance read(String file) throws Exception {
		try (InputStream in = JobRetryModelTests.class.getClassLoader().getResourceAsStream(file)) {
			assertThat(in).as(file).isNotNull();
			return Bpmn.readModelFromStream(in);
		}
	}

}
