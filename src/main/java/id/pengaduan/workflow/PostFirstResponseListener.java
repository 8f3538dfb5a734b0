package id.pengaduan.workflow;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.disposition.Handling;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_PostFirstResponse, on complete: publishes the first follow-up to the complainant.
 */
@Component
class PostFirstResponseListener implements TaskListener {

	private final Handling handling;

	private final Complaints complaints;

	PostFirstResponseListener(Handling handling, Complaints complaints) {
		this.handling = handling;
		this.complaints = complaints;
	}

	@Override
	public void notify(DelegateTask task) {
		ComplaintVariables variables = ComplaintVariables.of(task);
		variables.setDue(ComplaintVariables.RESOLUTION,
				this.handling.postFirstResponse(variables.complaintId(this.complaints),
						variables.takeText(ComplaintVariables.FIRST_RESPONSE), ComplaintVariables.actor(task)));
	}

}
