package id.pengaduan.workflow;

import id.pengaduan.disposition.Handling;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_DraftFinalResponse, on complete: stores the draft for the head's approval. */
@Component
class DraftFinalResponseListener implements TaskListener {

	private final Handling handling;

	DraftFinalResponseListener(Handling handling) {
		this.handling = handling;
	}

	@Override
	public void notify(DelegateTask task) {
		ComplaintVariables variables = ComplaintVariables.of(task);
		this.handling.draftAnswer(variables.complaintId(), variables.takeText(ComplaintVariables.FINAL_ANSWER),
				ComplaintVariables.actor(task));
	}

}
