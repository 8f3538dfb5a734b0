package id.pengaduan.workflow;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.verification.Verification;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_WithdrawComplaint: the completion window ran out; the complaint is deemed
 * withdrawn (UU 25/2009).
 */
@Component
class WithdrawComplaintDelegate implements JavaDelegate {

	private final Verification verification;

	private final Complaints complaints;

	WithdrawComplaintDelegate(Verification verification, Complaints complaints) {
		this.verification = verification;
		this.complaints = complaints;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.verification.withdrawForMissingCompletion(ComplaintVariables.of(execution).complaintId(this.complaints));
	}

}
