package id.pengaduan.workflow;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
			Map<String, Object> start = new HashMap<>();
			start.put(ComplaintVariables.TRACKING_NUMBER, execution.getProcessBusinessKey());
			start.put(SlaBreachProcess.STAGE, breach.stage());
			start.put(SlaBreachProcess.STAGE_LABEL, breach.stageLabel());
			start.put(SlaBreachProcess.REVIEW_GROUPS, breach.reviewGroups());
			start.put(SlaBreachProcess.SECOND_LEVEL_GROUPS, breach.secondLevelGroups());
			start.put(SlaBreachProcess.SECOND_LEVEL_DUE, Date.from(breach.secondLevelDue()));
			// The labels, so the follow-up's tasks read like the complaint's.
			for (String label : List.of(ComplaintVariables.CATEGORY_LABEL, ComplaintVariables.REGION_LABEL,
					ComplaintVariables.SKPD_LABEL)) {
				start.put(label, Objects.toString(variables.string(label), ""));
			}
			execution.getProcessEngineServices()
				.getRuntimeService()
				.startProcessInstanceByKey(SlaBreachProcess.KEY, execution.getProcessBusinessKey(), start);
		}
	}

}
