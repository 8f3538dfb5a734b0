package id.pengaduan.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works a complaint's open task as a given user, as the Tasklist would: for demo data and
 * tests that need a complaint in a given stage, without importing Camunda outside this
 * module.
 */
@Component
public class ComplaintTasks {

	private final TaskService tasks;

	private final IdentityService identity;

	ComplaintTasks(TaskService tasks, IdentityService identity) {
		this.tasks = tasks;
		this.identity = identity;
	}

	/** Task definition keys of the complaint's open user tasks. */
	@Transactional(readOnly = true)
	public List<String> openTasks(String trackingNumber) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(trackingNumber)
			.list()
			.stream()
			.map(Task::getTaskDefinitionKey)
			.toList();
	}

	/**
	 * Claims and completes the complaint's open task {@code taskKey} as {@code userId}
	 * with the form's values.
	 * @throws IllegalStateException when no such task is open
	 */
	@Transactional
	public void complete(String trackingNumber, String taskKey, String userId, Map<String, Object> formValues) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(trackingNumber)
			.taskDefinitionKey(taskKey)
			.singleResult();
		if (task == null) {
			throw new IllegalStateException(
					trackingNumber + " has no open task " + taskKey + "; open: " + openTasks(trackingNumber));
		}
		this.identity.setAuthentication(userId,
				this.identity.createGroupQuery()
					.groupMember(userId)
					.list()
					.stream()
					.map((group) -> group.getId())
					.toList());
		try {
			this.tasks.claim(task.getId(), userId);
			this.tasks.complete(task.getId(), formValues);
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	/**
	 * Answers what {@code work} computes with the engine's clock set to {@code moment}.
	 */
	public <T> T call(Instant moment, Supplier<T> work) {
		ClockUtil.setCurrentTime(Date.from(moment));
		try {
			return work.get();
		}
		finally {
			ClockUtil.reset();
		}
	}

	/**
	 * Does {@code work} with the engine's (and so the application's) clock set to
	 * {@code moment}.
	 */
	public void runAt(Instant moment, Runnable work) {
		ClockUtil.setCurrentTime(Date.from(moment));
		try {
			work.run();
		}
		finally {
			ClockUtil.reset();
		}
	}

}
