package id.pengaduan.workflow;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.escalation.EscalationDecision;
import id.pengaduan.escalation.Escalations;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewEscalation, on complete: send the complaint back to the SKPD, or settle it.
 */
@Component
class DecideEscalationListener implements TaskListener {

	private final Escalations escalations;

	private final Complaints complaints;

	DecideEscalationListener(Escalations escalations, Complaints complaints) {
		this.escalations = escalations;
		this.complaints = complaints;
	}

	@Override
	public void notify(DelegateTask task) {
		ComplaintVariables variables = ComplaintVariables.of(task);
		variables.setDue(ComplaintVariables.RESOLUTION,
				this.escalations.decide(variables.complaintId(this.complaints),
						variables.enumValue(ComplaintVariables.ESCALATION_DECISION, EscalationDecision.class),
						variables.takeText(ComplaintVariables.ESCALATION_NOTE), ComplaintVariables.actor(task)));
	}

}
