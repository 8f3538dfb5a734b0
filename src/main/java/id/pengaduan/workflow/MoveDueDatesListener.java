package id.pengaduan.workflow;

import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.StageClockRecomputed;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A recomputed clock (ADR 0020) moves every copy of its dates the engine holds, in the
 * transaction that moved the clock: the timer jobs waiting for the old warning or due
 * date, the {@code <stage>Warn}/{@code <stage>Due} variables, the due date of open tasks,
 * and the complaint's next deadline with a note in its history.
 */
@Component
class MoveDueDatesListener {

	private final RuntimeService runtime;

	private final ManagementService management;

	private final TaskService tasks;

	private final Complaints complaints;

	private final SlaClock sla;

	MoveDueDatesListener(RuntimeService runtime, ManagementService management, TaskService tasks, Complaints complaints,
			SlaClock sla) {
		this.runtime = runtime;
		this.management = management;
		this.tasks = tasks;
		this.complaints = complaints;
		this.sla = sla;
	}

	@EventListener
	void moved(StageClockRecomputed event) {
		Complaint complaint = this.complaints.require(event.complaintId());
		String businessKey = complaint.getTrackingNumber().value();
		// By the millisecond: the engine hands out java.sql.Timestamp, which equals no
		// Date.
		Map<Long, Date> moves = new HashMap<>();
		if (!event.oldDueAt().equals(event.dueAt())) {
			moves.put(event.oldDueAt().toEpochMilli(), Date.from(event.dueAt()));
		}
		if (!event.oldWarnAt().equals(event.warnAt())) {
			moves.put(event.oldWarnAt().toEpochMilli(), Date.from(event.warnAt()));
		}
		moveDueDates(businessKey, moves);
		if (!event.oldDueAt().equals(event.dueAt())) {
			ZoneId zone = this.sla.zoneOf(complaint.getRegionCode());
			complaint.recordDeadlineRecomputed(event.oldDueAt(), event.dueAt(),
					event.dueAt().atZone(zone).toLocalDate().toString(), this.sla.now());
		}
	}

	/**
	 * Moves each date of {@code moves} (old, in milliseconds, to new) in the timers,
	 * variables and task due dates of the processes with that business key.
	 */
	void moveDueDates(String businessKey, Map<Long, Date> moves) {
		if (moves.isEmpty()) {
			return;
		}
		for (ProcessInstance instance : this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.list()) {
			for (Job job : this.management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
				Date moved = (job.getDuedate() != null) ? moves.get(job.getDuedate().getTime()) : null;
				if (moved != null) {
					this.management.setJobDuedate(job.getId(), moved);
				}
			}
			this.runtime.getVariables(instance.getId()).forEach((name, value) -> {
				if (value instanceof Date date && moves.containsKey(date.getTime())) {
					this.runtime.setVariable(instance.getId(), name, moves.get(date.getTime()));
				}
			});
		}
		for (Task task : this.tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list()) {
			Date moved = (task.getDueDate() != null) ? moves.get(task.getDueDate().getTime()) : null;
			if (moved != null) {
				task.setDueDate(moved);
				this.tasks.saveTask(task);
			}
		}
	}

}
