package id.pengaduan.workflow;

/**
 * The ids of {@code processes/sla-breach.bpmn}: what happens once a stage of a complaint
 * is late.
 */
public final class SlaBreachProcess {

	public static final String KEY = "slaBreach";

	public static final String TASK_REVIEW_OVERDUE = "Task_ReviewOverdue";

	public static final String TIMER_SECOND_LEVEL = "TimerEvent_SecondLevelDue";

	public static final String TASK_ESCALATE_OVERDUE = "Task_EscalateOverdue";

	public static final String END_STAGE_COMPLETED = "EndEvent_StageCompleted";

	public static final String MSG_STAGE_COMPLETED = "Msg_StageCompleted";

	// Variables of an instance.
	static final String STAGE = "stage";

	static final String STAGE_LABEL = "stageLabel";

	static final String REVIEW_GROUPS = "reviewGroups";

	static final String SECOND_LEVEL_GROUPS = "secondLevelGroups";

	/**
	 * The second level's clock: {@code secondLevelDue}, when the regional secretary is
	 * told.
	 */
	static final String SECOND_LEVEL = "secondLevel";

	static final String SECOND_LEVEL_DUE = SECOND_LEVEL + "Due";

	static final String OVERDUE_NOTE = "overdueNote";

	private SlaBreachProcess() {
	}

}
