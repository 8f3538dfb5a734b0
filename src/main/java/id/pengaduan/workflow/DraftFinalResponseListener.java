package id.pengaduan.workflow;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.disposition.Handling;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_DraftFinalResponse, on complete: stores the draft for the head's approval. */
@Component
class DraftFinalResponseListener implements TaskListener {

	private final Handling handling;

	private final Complaints complaints;

	DraftFinalResponseListener(Handling handling, Complaints complaints) {
		this.handling = handling;
		this.complaints = complaints;
	}

	@Override
	public void notify(DelegateTask task) {
		ComplaintVariables variables = ComplaintVariables.of(task);
		this.handling.draftAnswer(variables.complaintId(this.complaints),
				variables.takeText(ComplaintVariables.FINAL_ANSWER), ComplaintVariables.actor(task));
	}

}
