package id.pengaduan.workflow;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.escalation.SlaEscalations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendSlaWarning, after a warning timer: records the warning and raises the open
 * tasks' priority, so the assignee's Tasklist shows them first.
 */
@Component
class SendSlaWarningDelegate implements JavaDelegate {

	/**
	 * Camunda's default task priority is 50; warned tasks rank above ordinary ones,
	 * breached ones above those.
	 */
	static final int WARNED_PRIORITY = 75;

	private final SlaEscalations escalations;

	private final Complaints complaints;

	SendSlaWarningDelegate(SlaEscalations escalations, Complaints complaints) {
		this.escalations = escalations;
		this.complaints = complaints;
	}

	@Override
	public void execute(DelegateExecution execution) {
		if (!this.escalations.warn(ComplaintVariables.of(execution).complaintId(this.complaints)).isEmpty()) {
			TaskPriorities.raise(execution, WARNED_PRIORITY);
		}
	}

}
