package id.pengaduan.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

import id.pengaduan.complaint.Actor;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.sla.SlaDue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The typed view of the process variables. The process carries only references and what
 * gateways and timers need; free text typed into a task form is taken out with
 * {@link #takeText} and kept in our tables, never in the engine.
 * <p>
 * Every variable is a claim: a task completion can carry any of them (only the forms'
 * fields get through {@code TaskCompletionFilter}). So the complaint a step acts on is
 * found from the business key, which the engine alone sets at start
 * ({@link #complaintId}), and no variable is read to find it.
 */
final class ComplaintVariables {

	/** Shown on the task forms; never read to find the complaint. */
	static final String TRACKING_NUMBER = "trackingNumber";

	static final String CATEGORY = "category";

	// Human labels of the codes, for task names and Tasklist columns (ComplaintLabels);
	// set wherever the code is set, never read by a rule.
	static final String CATEGORY_LABEL = "categoryLabel";

	static final String REGION_LABEL = "regionLabel";

	static final String SKPD_LABEL = "skpdLabel";

	// The same on each user task, for the Tasklist's list columns (TaskCreatedListener):
	// a candidate may read his task's variables, not the process instance's. Names of
	// their own, so a listener writing the process variable through the task does not
	// write the task's copy instead.
	static final String COLUMN_TRACKING_NUMBER = "columnTrackingNumber";

	static final String COLUMN_CATEGORY = "columnCategory";

	static final String COLUMN_REGION = "columnRegion";

	static final String COLUMN_SKPD = "columnSkpd";

	static final String REGION_CODE = "regionCode";

	static final String SUPERVISORY_CONTENT = "supervisoryContent";

	static final String SKPD = "skpd";

	static final String VERIFICATION_OUTCOME = "verificationOutcome";

	static final String VERIFICATION_DUE = "verificationDue";

	static final String COMPLETION_DUE = "completionDue";

	// SLA timers: <stage>Warn and <stage>Due for each clock the process watches.
	static final String VERIFICATION = "verification";

	static final String ACCEPTANCE = "acceptance";

	static final String FIRST_RESPONSE_CLOCK = "firstResponse";

	static final String RESOLUTION = "resolution";

	static final String ESCALATION = "escalation";

	static final String FEEDBACK_DUE = "feedbackDue";

	static final String DISPOSITION_ACCEPTED = "dispositionAccepted";

	static final String INVESTIGATION_NEEDED = "investigationNeeded";

	static final String FINAL_RESPONSE_APPROVED = "finalResponseApproved";

	static final String SATISFIED = "satisfied";

	static final String REOPEN_COUNT = "reopenCount";

	static final String MAX_REOPENS = "maxReopens";

	static final String ESCALATION_DECISION = "escalationDecision";

	// Free text from the forms: read once, stored in the complaint's history, removed
	// from the engine.
	static final String VERIFICATION_NOTE = "verificationNote";

	static final String RETURN_REASON = "returnReason";

	static final String FIRST_RESPONSE = "firstResponse";

	static final String HANDLING_NOTE = "handlingNote";

	static final String INVESTIGATION_FINDINGS = "investigationFindings";

	static final String FINAL_ANSWER = "finalAnswer";

	static final String REVISION_NOTE = "revisionNote";

	static final String ESCALATION_NOTE = "escalationNote";

	private final VariableScope scope;

	private final String businessKey;

	private ComplaintVariables(VariableScope scope, String businessKey) {
		this.scope = scope;
		this.businessKey = businessKey;
	}

	static ComplaintVariables of(DelegateTask task) {
		return new ComplaintVariables(task, task.getExecution().getProcessBusinessKey());
	}

	static ComplaintVariables of(DelegateExecution execution) {
		return new ComplaintVariables(execution, execution.getProcessBusinessKey());
	}

	/** The variables a new process instance starts with. */
	static Map<String, Object> start(String trackingNumber, String category, String regionCode,
			boolean supervisoryContent, SlaDue verification, int maxReopens, ComplaintLabels labels) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(TRACKING_NUMBER, trackingNumber);
		variables.put(CATEGORY, category);
		variables.put(CATEGORY_LABEL, labels.category(category));
		variables.put(REGION_CODE, regionCode);
		variables.put(REGION_LABEL, labels.region(regionCode));
		variables.put(SKPD_LABEL, "");
		variables.put(SUPERVISORY_CONTENT, supervisoryContent);
		variables.put(VERIFICATION_DUE, Date.from(verification.dueAt()));
		variables.put(VERIFICATION + "Warn", Date.from(verification.warnAt()));
		variables.put(REOPEN_COUNT, 0);
		variables.put(MAX_REOPENS, maxReopens);
		return variables;
	}

	/**
	 * The complaint of this process (or of the complaint process this one follows up):
	 * the business key is its tracking number, set when the process started.
	 * @throws IllegalStateException when no complaint has that tracking number
	 */
	Long complaintId(Complaints complaints) {
		return complaints.findIdByTrackingNumber(this.businessKey)
			.orElseThrow(() -> new IllegalStateException("No complaint for business key " + this.businessKey));
	}

	String string(String name) {
		Object value = this.scope.getVariable(name);
		return (value != null) ? value.toString() : null;
	}

	boolean flag(String name) {
		return Boolean.TRUE.equals(this.scope.getVariable(name));
	}

	/**
	 * A yes/no from a form; a missing value counts as no. Written back as a Boolean so
	 * the gateway's condition gets a boolean even when a client sent the string "true".
	 */
	boolean requiredFlag(String name) {
		Object value = this.scope.getVariable(name);
		boolean flag = value != null && (Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(value.toString()));
		this.scope.setVariable(name, flag);
		return flag;
	}

	<E extends Enum<E>> E enumValue(String name, Class<E> type) {
		String value = string(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Missing " + name);
		}
		return Enum.valueOf(type, value);
	}

	/** Reads a free-text field and removes it, so no form text is kept in the engine. */
	String takeText(String name) {
		Object value = this.scope.getVariable(name);
		this.scope.removeVariable(name);
		return (value != null && !value.toString().isBlank()) ? value.toString().strip() : null;
	}

	void set(String name, Object value) {
		this.scope.setVariable(name, value);
	}

	/**
	 * Sets {@code <clock>Warn} and {@code <clock>Due}, the dates the stage's boundary
	 * timers wait for.
	 */
	void setDue(String clock, SlaDue due) {
		if (due != null) {
			setDate(clock + "Warn", due.warnAt());
			setDate(clock + "Due", due.dueAt());
		}
	}

	void setDate(String name, Instant value) {
		this.scope.setVariable(name, (value != null) ? Date.from(value) : null);
	}

	/**
	 * Who completes the task: the logged-in user with his groups, as the engine
	 * authenticated him. Without a login only our own code completes tasks: the engine
	 * itself, which no human step accepts.
	 */
	static Actor actor(DelegateTask task) {
		var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			return Actor.SYSTEM;
		}
		return new Actor(authentication.getUserId(),
				(authentication.getGroupIds() != null) ? new HashSet<>(authentication.getGroupIds()) : null);
	}

}
