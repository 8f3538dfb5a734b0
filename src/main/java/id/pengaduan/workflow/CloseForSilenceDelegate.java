package id.pengaduan.workflow;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.disposition.Handling;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CloseForSilence: 10 working days without a reply close the complaint
 * (SP4N-LAPOR!).
 */
@Component
class CloseForSilenceDelegate implements JavaDelegate {

	private final Handling handling;

	private final Complaints complaints;

	CloseForSilenceDelegate(Handling handling, Complaints complaints) {
		this.handling = handling;
		this.complaints = complaints;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.handling.closeForSilence(ComplaintVariables.of(execution).complaintId(this.complaints));
	}

}
