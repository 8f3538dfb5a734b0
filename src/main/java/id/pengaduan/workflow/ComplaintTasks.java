package id.pengaduan.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A complaint's tasks without importing Camunda outside this module: which complaint a
 * task belongs to (for the view beside the task in the Tasklist), and working a task as a
 * given user, as the Tasklist would (for demo data and tests that need a complaint in a
 * given stage).
 */
@Component
public class ComplaintTasks {

	private final TaskService tasks;

	private final IdentityService identity;

	private final ManagementService management;

	private final RuntimeService runtime;

	ComplaintTasks(TaskService tasks, IdentityService identity, ManagementService management, RuntimeService runtime) {
		this.tasks = tasks;
		this.identity = identity;
		this.management = management;
		this.runtime = runtime;
	}

	/**
	 * Runs now what the process does after a citizen's reply or another asynchronous step
	 * of the complaint (its jobs that are due and not timers), as the job executor would
	 * a moment later; a failing job throws its error and is retried by the engine.
	 * @return how many jobs ran
	 */
	public int runContinuations(String trackingNumber) {
		int ran = 0;
		for (int round = 0; round < 20; round++) {
			List<Job> due = this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(trackingNumber)
				.list()
				.stream()
				.flatMap((instance) -> this.management.createJobQuery()
					.processInstanceId(instance.getId())
					.messages()
					.executable()
					.list()
					.stream())
				.toList();
			if (due.isEmpty()) {
				return ran;
			}
			for (Job job : due) {
				try {
					this.management.executeJob(job.getId());
					ran++;
				}
				catch (OptimisticLockingException ex) {
					// The job executor ran it at the same time.
				}
			}
		}
		return ran;
	}

	/**
	 * The tracking number of the complaint an open task belongs to, read from the
	 * business key the engine set when the process started, never from a variable a
	 * completion can write; empty for an unknown task and a task outside a complaint's
	 * process.
	 */
	@Transactional(readOnly = true)
	public Optional<String> trackingNumberOf(String taskId) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null || task.getProcessInstanceId() == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(
				this.runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult())
			.map((instance) -> instance.getBusinessKey());
	}

	/**
	 * Runs every job of the complaint's processes that is due at the engine's time,
	 * timers included, as the job executor would.
	 * @return how many jobs ran
	 */
	public int runDueJobs(String trackingNumber) {
		int ran = 0;
		for (int round = 0; round < 20; round++) {
			List<Job> due = this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(trackingNumber)
				.list()
				.stream()
				.flatMap((instance) -> this.management.createJobQuery()
					.processInstanceId(instance.getId())
					.executable()
					.list()
					.stream())
				.toList();
			if (due.isEmpty()) {
				return ran;
			}
			for (Job job : due) {
				this.management.executeJob(job.getId());
				ran++;
			}
		}
		return ran;
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
