package id.pengaduan.workflow;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.disposition.Handling;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_HandleComplaint, on complete: records the handling and whether the inspectorate
 * must investigate.
 */
@Component
class RecordHandlingListener implements TaskListener {

	private final Handling handling;

	private final Complaints complaints;

	RecordHandlingListener(Handling handling, Complaints complaints) {
		this.handling = handling;
		this.complaints = complaints;
	}

	@Override
	public void notify(DelegateTask task) {
		ComplaintVariables variables = ComplaintVariables.of(task);
		boolean investigationNeeded = variables.requiredFlag(ComplaintVariables.INVESTIGATION_NEEDED);
		this.handling.recordHandling(variables.complaintId(this.complaints),
				variables.takeText(ComplaintVariables.HANDLING_NOTE), investigationNeeded,
				ComplaintVariables.actor(task));
	}

}
