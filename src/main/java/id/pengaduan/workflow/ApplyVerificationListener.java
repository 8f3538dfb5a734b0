package id.pengaduan.workflow;

import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.verification.Verification;
import id.pengaduan.verification.VerificationOutcome;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_VerifyComplaint, on complete: applies the verifier's outcome. */
@Component
class ApplyVerificationListener implements TaskListener {

	private final Verification verification;

	private final Complaints complaints;

	private final ComplaintLabels labels;

	ApplyVerificationListener(Verification verification, Complaints complaints, ComplaintLabels labels) {
		this.verification = verification;
		this.complaints = complaints;
		this.labels = labels;
	}

	@Override
	public void notify(DelegateTask task) {
		ComplaintVariables variables = ComplaintVariables.of(task);
		VerificationOutcome outcome = variables.enumValue(ComplaintVariables.VERIFICATION_OUTCOME,
				VerificationOutcome.class);
		String category = variables.string(ComplaintVariables.CATEGORY);
		Verification.Result result = this.verification.apply(variables.complaintId(this.complaints), outcome,
				(category != null) ? Category.valueOf(category) : null,
				variables.flag(ComplaintVariables.SUPERVISORY_CONTENT),
				variables.takeText(ComplaintVariables.VERIFICATION_NOTE), ComplaintVariables.actor(task));
		variables.set(ComplaintVariables.CATEGORY, result.category().name());
		variables.set(ComplaintVariables.CATEGORY_LABEL, this.labels.category(result.category().name()));
		variables.set(ComplaintVariables.SUPERVISORY_CONTENT, result.supervisoryContent());
		variables.setDate(ComplaintVariables.COMPLETION_DUE, result.completionDue());
	}

}
