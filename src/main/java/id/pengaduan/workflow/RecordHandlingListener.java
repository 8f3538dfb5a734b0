package id.pengaduan.workflow;

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

	RecordHandlingListener(Handling handling) {
		this.handling = handling;
	}

	@Override
	public void notify(DelegateTask task) {
		ComplaintVariables variables = ComplaintVariables.of(task);
		boolean investigationNeeded = variables.requiredFlag(ComplaintVariables.INVESTIGATION_NEEDED);
		this.handling.recordHandling(variables.complaintId(), variables.takeText(ComplaintVariables.HANDLING_NOTE),
				investigationNeeded, ComplaintVariables.actor(task));
	}

}
