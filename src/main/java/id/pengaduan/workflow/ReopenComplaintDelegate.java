package id.pengaduan.workflow;

import id.pengaduan.disposition.Handling;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReopenComplaint: the complainant is not satisfied; the SKPD handles it again. */
@Component
class ReopenComplaintDelegate implements JavaDelegate {

	private final Handling handling;

	ReopenComplaintDelegate(Handling handling) {
		this.handling = handling;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ComplaintVariables variables = ComplaintVariables.of(execution);
		Handling.Reopened reopened = this.handling.reopen(variables.complaintId());
		variables.set(ComplaintVariables.REOPEN_COUNT, reopened.reopenCount());
		variables.setDue(ComplaintVariables.RESOLUTION, reopened.resolution());
	}

}
