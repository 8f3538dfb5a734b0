package id.pengaduan.workflow;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.disposition.Handling;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ApproveFinalResponse, on complete: publishes the answer and sets the feedback
 * timer, or asks for revision.
 */
@Component
class ApproveFinalResponseListener implements TaskListener {

	private final Handling handling;

	private final Complaints complaints;

	ApproveFinalResponseListener(Handling handling, Complaints complaints) {
		this.handling = handling;
		this.complaints = complaints;
	}

	@Override
	public void notify(DelegateTask task) {
		ComplaintVariables variables = ComplaintVariables.of(task);
		boolean approved = variables.requiredFlag(ComplaintVariables.FINAL_RESPONSE_APPROVED);
		variables.setDate(ComplaintVariables.FEEDBACK_DUE,
				this.handling.decideOnAnswer(variables.complaintId(this.complaints), approved,
						variables.takeText(ComplaintVariables.REVISION_NOTE), ComplaintVariables.actor(task)));
	}

}
