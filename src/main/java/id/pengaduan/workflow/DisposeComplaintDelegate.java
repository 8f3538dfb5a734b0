package id.pengaduan.workflow;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.disposition.Disposition;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_DisposeComplaint: records the disposition to the SKPD the table or the verifier
 * chose.
 */
@Component
class DisposeComplaintDelegate implements JavaDelegate {

	private final Disposition disposition;

	private final Complaints complaints;

	DisposeComplaintDelegate(Disposition disposition, Complaints complaints) {
		this.disposition = disposition;
		this.complaints = complaints;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ComplaintVariables variables = ComplaintVariables.of(execution);
		Disposition.Dispatched clocks = this.disposition.dispose(variables.complaintId(this.complaints),
				variables.string(ComplaintVariables.SKPD), "system");
		variables.setDue(ComplaintVariables.ACCEPTANCE, clocks.acceptance());
		variables.setDue(ComplaintVariables.FIRST_RESPONSE_CLOCK, clocks.firstResponse());
	}

}
