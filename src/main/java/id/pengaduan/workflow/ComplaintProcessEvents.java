package id.pengaduan.workflow;

import java.util.Date;
import java.util.function.Supplier;

import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.CompletionProvided;
import id.pengaduan.complaint.ConcurrentChangeException;
import id.pengaduan.complaint.ComplaintSubmitted;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.FeedbackGiven;
import id.pengaduan.sla.SlaDue;
import id.pengaduan.sla.SlaStage;
import id.pengaduan.sla.StageClock;
import id.pengaduan.sla.StageClockStopped;
import id.pengaduan.sla.Timekeeper;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts and correlates the process inside the transaction that stored the complaint or
 * the citizen's reply (synchronous listeners, not after-commit ones), so the aggregate
 * and the process never disagree.
 */
@Component
class ComplaintProcessEvents {

	private final RuntimeService runtime;

	private final Complaints complaints;

	private final WorkflowProperties properties;

	private final Timekeeper timekeeper;

	private final ComplaintLabels labels;

	ComplaintProcessEvents(RuntimeService runtime, Complaints complaints, WorkflowProperties properties,
			Timekeeper timekeeper, ComplaintLabels labels) {
		this.timekeeper = timekeeper;
		this.labels = labels;
		this.runtime = runtime;
		this.complaints = complaints;
		this.properties = properties;
	}

	@EventListener
	void start(ComplaintSubmitted event) {
		Complaint complaint = this.complaints.require(event.complaintId());
		// Business key = tracking number: a reference, never personal data.
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(ComplaintProcess.KEY,
				complaint.getTrackingNumber().value(),
				ComplaintVariables.start(complaint.getTrackingNumber().value(), complaint.getCategory().name(),
						complaint.getRegionCode(), complaint.isSupervisoryContent(), verificationClock(complaint),
						this.properties.maxReopens(), this.labels));
		complaint.linkProcess(instance.getId());
	}

	@EventListener
	void completionProvided(CompletionProvided event) {
		Complaint complaint = this.complaints.require(event.complaintId());
		SlaDue verification = verificationClock(complaint);
		firstWins(complaint,
				() -> this.runtime.createMessageCorrelation(ComplaintProcess.MSG_COMPLETION_PROVIDED)
					.processInstanceBusinessKey(complaint.getTrackingNumber().value())
					.setVariable(ComplaintVariables.VERIFICATION_DUE, Date.from(verification.dueAt()))
					.setVariable(ComplaintVariables.VERIFICATION + "Warn", Date.from(verification.warnAt()))
					.correlateWithResult());
	}

	/**
	 * A late stage ended: its breach follow-up (process slaBreach) has nothing left to
	 * chase.
	 */
	@EventListener
	void stageCompleted(StageClockStopped event) {
		Complaint complaint = this.complaints.require(event.complaintId());
		this.runtime.createMessageCorrelation(SlaBreachProcess.MSG_STAGE_COMPLETED)
			.processInstanceBusinessKey(complaint.getTrackingNumber().value())
			.processInstanceVariableEquals(SlaBreachProcess.STAGE, event.stage().name())
			.correlateAllWithResult();
	}

	private SlaDue verificationClock(Complaint complaint) {
		return this.timekeeper.open(complaint.getId(), SlaStage.VERIFICATION)
			.map(StageClock::due)
			.orElse(new SlaDue(complaint.getNextDeadline().due(), complaint.getNextDeadline().due()));
	}

	@EventListener
	void feedbackGiven(FeedbackGiven event) {
		Complaint complaint = this.complaints.require(event.complaintId());
		firstWins(complaint,
				() -> this.runtime.createMessageCorrelation(ComplaintProcess.MSG_FEEDBACK_GIVEN)
					.processInstanceBusinessKey(complaint.getTrackingNumber().value())
					.setVariable(ComplaintVariables.SATISFIED, event.satisfied())
					.correlateWithResult());
	}

	/**
	 * The engine found the process changed by another transaction, or no longer waiting
	 * for this message: another request won the race. Said in the domain's words, since
	 * only this module may know Camunda's.
	 */
	private static <T> T firstWins(Complaint complaint, Supplier<T> correlation) {
		try {
			return correlation.get();
		}
		catch (OptimisticLockingException | MismatchingMessageCorrelationException ex) {
			throw new ConcurrentChangeException(complaint.getTrackingNumber().value(), ex);
		}
	}

}
