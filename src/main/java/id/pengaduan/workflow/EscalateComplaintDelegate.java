package id.pengaduan.workflow;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.escalation.Escalations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_EscalateComplaint: still not satisfied after the last reopen; goes to the
 * escalation owners.
 */
@Component
class EscalateComplaintDelegate implements JavaDelegate {

	private final Escalations escalations;

	private final Complaints complaints;

	EscalateComplaintDelegate(Escalations escalations, Complaints complaints) {
		this.escalations = escalations;
		this.complaints = complaints;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ComplaintVariables variables = ComplaintVariables.of(execution);
		variables.setDue(ComplaintVariables.ESCALATION,
				this.escalations.escalateForRepeatedDissatisfaction(variables.complaintId(this.complaints)));
	}

}
