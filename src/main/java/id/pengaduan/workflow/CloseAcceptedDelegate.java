package id.pengaduan.workflow;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.disposition.Handling;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseAccepted: the complainant accepted the answer. */
@Component
class CloseAcceptedDelegate implements JavaDelegate {

	private final Handling handling;

	private final Complaints complaints;

	CloseAcceptedDelegate(Handling handling, Complaints complaints) {
		this.handling = handling;
		this.complaints = complaints;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.handling.closeAccepted(ComplaintVariables.of(execution).complaintId(this.complaints));
	}

}
