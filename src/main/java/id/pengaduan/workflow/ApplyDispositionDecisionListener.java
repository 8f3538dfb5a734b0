package id.pengaduan.workflow;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.disposition.Disposition;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_AcceptDisposition, on complete: the liaison officer accepts, or returns with a
 * reason.
 */
@Component
class ApplyDispositionDecisionListener implements TaskListener {

	private final Disposition disposition;

	private final Complaints complaints;

	ApplyDispositionDecisionListener(Disposition disposition, Complaints complaints) {
		this.disposition = disposition;
		this.complaints = complaints;
	}

	@Override
	public void notify(DelegateTask task) {
		ComplaintVariables variables = ComplaintVariables.of(task);
		String reason = variables.takeText(ComplaintVariables.RETURN_REASON);
		if (variables.requiredFlag(ComplaintVariables.DISPOSITION_ACCEPTED)) {
			this.disposition.accept(variables.complaintId(this.complaints), ComplaintVariables.actor(task));
		}
		else {
			// The re-disposition clock (a verification clock of its own) dates
			// Task_ChooseSkpd.
			variables.setDue(ComplaintVariables.VERIFICATION, this.disposition
				.returnToComplaintUnit(variables.complaintId(this.complaints), reason, ComplaintVariables.actor(task)));
			variables.set(ComplaintVariables.SKPD, null);
			variables.set(ComplaintVariables.SKPD_LABEL, "");
		}
	}

}
