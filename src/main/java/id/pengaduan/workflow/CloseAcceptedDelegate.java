package id.pengaduan.workflow;

import id.pengaduan.disposition.Handling;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseAccepted: the complainant accepted the answer. */
@Component
class CloseAcceptedDelegate implements JavaDelegate {

	private final Handling handling;

	CloseAcceptedDelegate(Handling handling) {
		this.handling = handling;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.handling.closeAccepted(ComplaintVariables.of(execution).complaintId());
	}

}
