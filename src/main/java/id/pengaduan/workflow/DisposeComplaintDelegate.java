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

	private final ComplaintLabels labels;

	DisposeComplaintDelegate(Disposition disposition, Complaints complaints, ComplaintLabels labels) {
		this.disposition = disposition;
		this.complaints = complaints;
		this.labels = labels;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ComplaintVariables variables = ComplaintVariables.of(execution);
		String skpd = variables.string(ComplaintVariables.SKPD);
		Disposition.Dispatched clocks = this.disposition.dispose(variables.complaintId(this.complaints), skpd,
				"system");
		variables.set(ComplaintVariables.SKPD_LABEL, this.labels.skpd(skpd));
		variables.setDue(ComplaintVariables.ACCEPTANCE, clocks.acceptance());
		variables.setDue(ComplaintVariables.FIRST_RESPONSE_CLOCK, clocks.firstResponse());
	}

}
