package id.pengaduan.workflow;

import id.pengaduan.disposition.Handling;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_Investigate, on complete: stores the inspectorate's findings (internal). */
@Component
class RecordInvestigationListener implements TaskListener {

	private final Handling handling;

	RecordInvestigationListener(Handling handling) {
		this.handling = handling;
	}

	@Override
	public void notify(DelegateTask task) {
		ComplaintVariables variables = ComplaintVariables.of(task);
		this.handling.finishInvestigation(variables.complaintId(),
				variables.takeText(ComplaintVariables.INVESTIGATION_FINDINGS), ComplaintVariables.actor(task));
	}

}
