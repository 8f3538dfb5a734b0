package id.pengaduan.workflow;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract between processes/complaint.bpmn and the code: ids, bean names and forms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplaintModelContractIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	RepositoryService repository;

	@Test
	void everyIdTheCodeUsesExistsInTheModel() throws Exception {
		BpmnModelInstance model = model();
		List<String> messageNames = model.getModelElementsByType(Message.class).stream().map(Message::getName).toList();
		for (Field field : ComplaintProcess.class.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
				continue;
			}
			String id = (String) field.get(null);
			if (field.getName().equals("KEY") || field.getName().startsWith("DECISION_")) {
				assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey(id).count()
						+ this.repository.createDecisionDefinitionQuery().decisionDefinitionKey(id).count())
					.as(field.getName())
					.isPositive();
			}
			else if (field.getName().startsWith("MSG_")) {
				assertThat(messageNames).as(field.getName()).contains(id);
			}
			else {
				assertThat((Object) model.getModelElementById(id)).as("%s = %s", field.getName(), id).isNotNull();
			}
		}
	}

	@Test
	void everyIdOfTheBreachProcessExistsInItsModel() throws Exception {
		BpmnModelInstance model = Bpmn.readModelFromStream(
				ComplaintModelContractIntegrationTests.class.getResourceAsStream("/processes/sla-breach.bpmn"));
		List<String> messageNames = model.getModelElementsByType(Message.class).stream().map(Message::getName).toList();
		for (Field field : SlaBreachProcess.class.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers()) || !Modifier.isPublic(field.getModifiers())) {
				continue;
			}
			String id = (String) field.get(null);
			if (field.getName().equals("KEY")) {
				assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey(id).count())
					.isPositive();
			}
			else if (field.getName().startsWith("MSG_")) {
				assertThat(messageNames).as(field.getName()).contains(id);
			}
			else {
				assertThat((Object) model.getModelElementById(id)).as("%s = %s", field.getName(), id).isNotNull();
			}
		}
	}

	@Test
	void everyDelegateExpressionNamesABean() throws Exception {
		String xml = new String(bpmnStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) + new String(
				ComplaintModelContractIntegrationTests.class.getResourceAsStream("/processes/sla-breach.bpmn")
					.readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		Matcher expressions = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"").matcher(xml);
		List<String> beans = new ArrayList<>();
		while (expressions.find()) {
			beans.add(expressions.group(1));
		}
		assertThat(beans).hasSizeGreaterThan(10)
			.allSatisfy((bean) -> assertThat(this.context.containsBean(bean)).as("bean %s", bean).isTrue());
	}

	@Test
	void everyUserTaskHasACandidateGroupAndADeployedForm() throws Exception {
		String deploymentId = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(ComplaintProcess.KEY)
			.latestVersion()
			.singleResult()
			.getDeploymentId();
		List<String> resources = this.repository.getDeploymentResourceNames(deploymentId);
		for (UserTask task : model().getModelElementsByType(UserTask.class)) {
			assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
			String formRef = task.getCamundaFormRef();
			String resource = resources.stream()
				.filter((name) -> name.endsWith("/" + formRef + ".form"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no deployed form " + formRef + " for " + task.getId()));
			String form = new String(this.repository.getResourceAsStream(deploymentId, resource).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			assertThat(form).as(resource).contains("\"id\": \"" + formRef + "\"");
		}
	}

	private static BpmnModelInstance model() {
		return Bpmn.readModelFromStream(bpmnStream());
	}

	private static InputStream bpmnStream() {
		return ComplaintModelContractIntegrationTests.class.getResourceAsStream("/processes/complaint.bpmn");
	}

}
