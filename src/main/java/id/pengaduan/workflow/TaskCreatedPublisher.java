package id.pengaduan.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.pengaduan.notification.StaffTaskCreated;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of the application of every user task the engine creates
 * ({@link StaffTaskCreated}, for the officers' "new task" messages), without a listener
 * in any BPMN file: a parse listener adds one create listener to every user task of every
 * deployed process.
 */
@Component
class TaskCreatedPublisher extends AbstractProcessEnginePlugin {

	private final ApplicationEventPublisher events;

	TaskCreatedPublisher(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		TaskListener publish = this::publish;
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_CREATE, publish);
			}
		});
	}

	private void publish(DelegateTask task) {
		List<String> groups = task.getCandidates()
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.map(IdentityLink::getGroupId)
			.filter(Objects::nonNull)
			.toList();
		this.events.publishEvent(
				new StaffTaskCreated(task.getId(), task.getExecution().getProcessBusinessKey(), task.getName(), groups,
						task.getAssignee(), (task.getDueDate() != null) ? task.getDueDate().toInstant() : null));
	}

}
