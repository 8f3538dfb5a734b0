package id.pengaduan.workflow;

import java.util.Date;
import java.util.Map;

import id.pengaduan.complaint.Complaints;
import id.pengaduan.escalation.SlaEscalations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordSlaBreach, after an overdue timer: marks the stage overdue, puts the open
 * tasks on top, and starts the escalation chain (process slaBreach) for each late stage.
 */
@Component
class RecordSlaBreachDelegate implements JavaDelegate {

	static final int BREACHED_PRIORITY = 100;

	private final SlaEscalations escalations;

	private final Complaints complaints;

	RecordSlaBreachDelegate(SlaEscalations escalations, Complaints complaints) {
		this.escalations = escalations;
		this.complaints = complaints;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ComplaintVariables variables = ComplaintVariables.of(execution);
		var breaches = this.escalations.breach(variables.complaintId(this.complaints));
		if (breaches.isEmpty()) {
			return;
		}
		TaskPriorities.raise(execution, BREACHED_PRIORITY);
		for (SlaEscalations.Breach breach : breaches) {
			execution.getProcessEngineServices()
				.getRuntimeService()
				.startProcessInstanceByKey(SlaBreachProcess.KEY, execution.getProcessBusinessKey(),
						Map.of(ComplaintVariables.TRACKING_NUMBER, execution.getProcessBusinessKey(),
								SlaBreachProcess.STAGE, breach.stage(), SlaBreachProcess.STAGE_LABEL,
								breach.stageLabel(), SlaBreachProcess.REVIEW_GROUPS, breach.reviewGroups(),
								SlaBreachProcess.SECOND_LEVEL_GROUPS, breach.secondLevelGroups(),
								SlaBreachProcess.SECOND_LEVEL_DUE, Date.from(breach.secondLevelDue())));
		}
	}

}
