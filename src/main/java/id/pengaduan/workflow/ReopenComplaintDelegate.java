package id.pengaduan.workflow;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.disposition.Handling;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReopenComplaint: the complainant is not satisfied; the SKPD handles it again. */
@Component
class ReopenComplaintDelegate implements JavaDelegate {

	private final Handling handling;

	private final Complaints complaints;

	ReopenComplaintDelegate(Handling handling, Complaints complaints) {
		this.handling = handling;
		this.complaints = complaints;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ComplaintVariables variables = ComplaintVariables.of(execution);
		Handling.Reopened reopened = this.handling.reopen(variables.complaintId(this.complaints));
		variables.set(ComplaintVariables.REOPEN_COUNT, reopened.reopenCount());
		variables.setDue(ComplaintVariables.RESOLUTION, reopened.resolution());
	}

}
