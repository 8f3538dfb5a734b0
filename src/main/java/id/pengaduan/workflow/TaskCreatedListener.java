package id.pengaduan.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Every user task, on create: its due date is its stage clock's due time and its
 * follow-up date the clock's warning, so the Tasklist sorts by what runs out first; a
 * task created after its stage warned or breached starts at the priority those raised the
 * others to ({@link SendSlaWarningDelegate}, {@link RecordSlaBreachDelegate}). The times
 * are the {@code <clock>Warn}/{@code <clock>Due} variables the stage's timers wait for,
 * copied from the sla module's stage clocks when the stage starts (docs/decisions/0005),
 * so the task's deadline and its overdue timer cannot disagree.
 * <p>
 * It also copies the tracking number and the labels onto the task ({@code column*} task
 * variables): the Tasklist lists a filter's columns from the variables the user may read,
 * and a candidate may read his task, not the process instance. See docs/decisions/0017.
 */
@Component
class TaskCreatedListener implements TaskListener {

	/** The clock (variable prefix) that counts each user task's stage. */
	static final Map<String, String> CLOCKS = Map.ofEntries(
			Map.entry(ComplaintProcess.TASK_VERIFY, ComplaintVariables.VERIFICATION),
			// SP4N-LAPOR! counts "verified and forwarded": choosing the SKPD is still the
			// verification clock; after a return, the re-disposition clock (also a
			// verification clock) replaces it.
			Map.entry(ComplaintProcess.TASK_CHOOSE_SKPD, ComplaintVariables.VERIFICATION),
			Map.entry(ComplaintProcess.TASK_ACCEPT_DISPOSITION, ComplaintVariables.ACCEPTANCE),
			Map.entry(ComplaintProcess.TASK_POST_FIRST_RESPONSE, ComplaintVariables.FIRST_RESPONSE_CLOCK),
			Map.entry(ComplaintProcess.TASK_HANDLE, ComplaintVariables.RESOLUTION),
			Map.entry(ComplaintProcess.TASK_INVESTIGATE, ComplaintVariables.RESOLUTION),
			Map.entry(ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE, ComplaintVariables.RESOLUTION),
			Map.entry(ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE, ComplaintVariables.RESOLUTION),
			Map.entry(ComplaintProcess.TASK_REVIEW_ESCALATION, ComplaintVariables.ESCALATION),
			// The head's review is due when the regional secretary is told; the
			// secretary's
			// own task has no clock, so it keeps that moment too: it is overdue from the
			// start, which is what it is.
			Map.entry(SlaBreachProcess.TASK_REVIEW_OVERDUE, SlaBreachProcess.SECOND_LEVEL),
			Map.entry(SlaBreachProcess.TASK_ESCALATE_OVERDUE, SlaBreachProcess.SECOND_LEVEL));

	/**
	 * The Tasklist filters' columns (TasklistFilters): task variable, from process
	 * variable.
	 */
	static final Map<String, String> COLUMNS = Map.of(ComplaintVariables.COLUMN_TRACKING_NUMBER,
			ComplaintVariables.TRACKING_NUMBER, ComplaintVariables.COLUMN_CATEGORY, ComplaintVariables.CATEGORY_LABEL,
			ComplaintVariables.COLUMN_REGION, ComplaintVariables.REGION_LABEL, ComplaintVariables.COLUMN_SKPD,
			ComplaintVariables.SKPD_LABEL);

	private final Clock clock;

	TaskCreatedListener(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		String stage = CLOCKS.get(task.getTaskDefinitionKey());
		if (stage == null) {
			throw new IllegalStateException("No stage clock for user task " + task.getTaskDefinitionKey());
		}
		COLUMNS
			.forEach((column, source) -> task.setVariableLocal(column, Objects.toString(task.getVariable(source), "")));
		Date due = date(task, stage + "Due");
		Date warn = date(task, stage + "Warn");
		task.setDueDate(due);
		task.setFollowUpDate(warn);
		Date now = Date.from(Instant.now(this.clock));
		if (due != null && !now.before(due)) {
			raise(task, RecordSlaBreachDelegate.BREACHED_PRIORITY);
		}
		else if (warn != null && !now.before(warn)) {
			raise(task, SendSlaWarningDelegate.WARNED_PRIORITY);
		}
	}

	private static void raise(DelegateTask task, int priority) {
		if (task.getPriority() < priority) {
			task.setPriority(priority);
		}
	}

	private static Date date(DelegateTask task, String name) {
		return (task.getVariable(name) instanceof Date date) ? date : null;
	}

}
