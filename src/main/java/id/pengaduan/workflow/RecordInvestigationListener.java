package id.pengaduan.workflow;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.disposition.Handling;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_Investigate, on complete: stores the inspectorate's findings (internal). */
@Component
class RecordInvestigationListener implements TaskListener {

	private final Handling handling;

	private final Complaints complaints;

	RecordInvestigationListener(Handling handling, Complaints complaints) {
		this.handling = handling;
		this.complaints = complaints;
	}

	@Override
	public void notify(DelegateTask task) {
		ComplaintVariables variables = ComplaintVariables.of(task);
		this.handling.finishInvestigation(variables.complaintId(this.complaints),
				variables.takeText(ComplaintVariables.INVESTIGATION_FINDINGS), ComplaintVariables.actor(task));
	}

}
