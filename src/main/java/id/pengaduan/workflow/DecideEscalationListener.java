package id.pengaduan.workflow;

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

	DecideEscalationListener(Escalations escalations) {
		this.escalations = escalations;
	}

	@Override
	public void notify(DelegateTask task) {
		ComplaintVariables variables = ComplaintVariables.of(task);
		variables.setDue(ComplaintVariables.RESOLUTION,
				this.escalations.decide(variables.complaintId(),
						variables.enumValue(ComplaintVariables.ESCALATION_DECISION, EscalationDecision.class),
						variables.takeText(ComplaintVariables.ESCALATION_NOTE), ComplaintVariables.actor(task)));
	}

}
