package id.pengaduan.workflow;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.escalation.SlaEscalations;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewOverdue and Task_EscalateOverdue, on complete: what the reviewer decided,
 * kept in the history.
 */
@Component
class RecordOverdueReviewListener implements TaskListener {

	private final SlaEscalations escalations;

	private final Complaints complaints;

	RecordOverdueReviewListener(SlaEscalations escalations, Complaints complaints) {
		this.escalations = escalations;
		this.complaints = complaints;
	}

	@Override
	public void notify(DelegateTask task) {
		ComplaintVariables variables = ComplaintVariables.of(task);
		this.escalations.recordOverdueReview(variables.complaintId(this.complaints),
				variables.takeText(SlaBreachProcess.OVERDUE_NOTE), ComplaintVariables.actor(task));
	}

}
