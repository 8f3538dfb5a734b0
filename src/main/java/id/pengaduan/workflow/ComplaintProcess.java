package id.pengaduan.workflow;

/**
 * The ids of {@code processes/complaint.bpmn} that code and tests use; the model contract
 * test keeps them true.
 */
public final class ComplaintProcess {

	public static final String KEY = "complaint";

	public static final String DECISION_DISPOSITION = "disposition";

	public static final String START = "StartEvent_ComplaintSubmitted";

	public static final String TASK_VERIFY = "Task_VerifyComplaint";

	public static final String TASK_AWAIT_COMPLETION = "Task_AwaitCompletion";

	public static final String TIMER_COMPLETION_EXPIRED = "BoundaryEvent_CompletionWindowExpired";

	public static final String TASK_WITHDRAW = "Task_WithdrawComplaint";

	public static final String TASK_ROUTE = "Task_RouteComplaint";

	public static final String TASK_CHOOSE_SKPD = "Task_ChooseSkpd";

	public static final String TASK_DISPOSE = "Task_DisposeComplaint";

	public static final String TASK_ACCEPT_DISPOSITION = "Task_AcceptDisposition";

	public static final String TASK_POST_FIRST_RESPONSE = "Task_PostFirstResponse";

	public static final String TASK_HANDLE = "Task_HandleComplaint";

	public static final String TASK_INVESTIGATE = "Task_Investigate";

	public static final String TASK_DRAFT_FINAL_RESPONSE = "Task_DraftFinalResponse";

	public static final String TASK_APPROVE_FINAL_RESPONSE = "Task_ApproveFinalResponse";

	public static final String TASK_AWAIT_FEEDBACK = "Task_AwaitFeedback";

	public static final String TIMER_FEEDBACK_EXPIRED = "BoundaryEvent_FeedbackWindowExpired";

	public static final String TASK_CLOSE_FOR_SILENCE = "Task_CloseForSilence";

	public static final String TASK_CLOSE_ACCEPTED = "Task_CloseAccepted";

	public static final String TASK_REOPEN = "Task_ReopenComplaint";

	public static final String TASK_ESCALATE = "Task_EscalateComplaint";

	public static final String TASK_REVIEW_ESCALATION = "Task_ReviewEscalation";

	public static final String END_TRANSFERRED = "EndEvent_ComplaintTransferred";

	public static final String END_ARCHIVED = "EndEvent_ComplaintArchived";

	public static final String END_WITHDRAWN = "EndEvent_ComplaintWithdrawn";

	public static final String END_RESOLVED = "EndEvent_ComplaintResolved";

	public static final String MSG_COMPLETION_PROVIDED = "Msg_CompletionProvided";

	public static final String MSG_FEEDBACK_GIVEN = "Msg_FeedbackGiven";

	private ComplaintProcess() {
	}

}
