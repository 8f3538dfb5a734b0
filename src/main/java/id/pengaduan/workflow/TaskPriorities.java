package id.pengaduan.workflow;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/** Raises the priority of a process instance's open tasks, never lowers it. */
final class TaskPriorities {

	private TaskPriorities() {
	}

	static void raise(DelegateExecution execution, int priority) {
		TaskService tasks = execution.getProcessEngineServices().getTaskService();
		for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
			if (task.getPriority() < priority) {
				tasks.setPriority(task.getId(), priority);
			}
		}
	}

}
