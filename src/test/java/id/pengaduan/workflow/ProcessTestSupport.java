package id.pengaduan.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.pengaduan.complaint.Actor;
import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.disposition.Disposition;
import id.pengaduan.disposition.Handling;
import id.pengaduan.escalation.Escalations;
import id.pengaduan.escalation.SlaEscalations;
import id.pengaduan.identity.Skpd;
import id.pengaduan.identity.Units;
import id.pengaduan.sla.Region;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.SlaDue;
import id.pengaduan.verification.Verification;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Shared steps of the process path tests: the real listeners and delegates around mocked
 * module services, starting the process (at its start or before the stage under test),
 * working a task as a user, and firing a timer through the engine.
 */
final class ProcessTestSupport {

	static final long COMPLAINT_ID = 42L;

	static final String TRACKING_NUMBER = "ADU-2026-000042";

	/** The engine's clock during a test: a Monday morning in Jakarta. */
	static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	static final Instant VERIFICATION_DUE = NOW.plus(Duration.ofDays(3));

	static final Instant COMPLETION_DUE = NOW.plus(Duration.ofDays(42));

	static final Instant FEEDBACK_DUE = NOW.plus(Duration.ofDays(14));

	static final int MAX_REOPENS = 2;

	/** The free-text fields of the task forms: none of them may stay in the engine. */
	static final List<String> FREE_TEXT = List.of(ComplaintVariables.VERIFICATION_NOTE,
			ComplaintVariables.RETURN_REASON, ComplaintVariables.FIRST_RESPONSE, ComplaintVariables.HANDLING_NOTE,
			ComplaintVariables.INVESTIGATION_FINDINGS, ComplaintVariables.FINAL_ANSWER,
			ComplaintVariables.REVISION_NOTE, ComplaintVariables.ESCALATION_NOTE);

	private ProcessTestSupport() {
	}

	/**
	 * The labels from the real bundles; the region and SKPD registries answer for the
	 * codes the tests use.
	 */
	static final ComplaintLabels LABELS = labels();

	private static ComplaintLabels labels() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SlaClock sla = mock(SlaClock.class);
		when(sla.region(any())).thenAnswer((call) -> Optional.ofNullable(REGIONS.get(call.<String>getArgument(0)))
			.map((name) -> new Region(call.getArgument(0), name, ZoneId.of("Asia/Jakarta"))));
		Units units = mock(Units.class);
		when(units.find(any())).thenAnswer((call) -> Optional.ofNullable(SKPD_NAMES.get(call.<String>getArgument(0)))
			.map((name) -> new Skpd(call.getArgument(0), name)));
		return new ComplaintLabels(messages, sla, units);
	}

	static final Map<String, String> REGIONS = Map.of("kota-semarang", "Kota Semarang", "kota-surakarta",
			"Kota Surakarta", "kab-klaten", "Kabupaten Klaten", "kab-kendal", "Kabupaten Kendal", "kab-banyumas",
			"Kabupaten Banyumas", "kota-magelang", "Kota Magelang");

	static final Map<String, String> SKPD_NAMES = Map.of("dinkes", "Dinas Kesehatan", "disdik", "Dinas Pendidikan",
			"dpu", "Dinas Pekerjaan Umum", "dukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "rsud-moewardi",
			"RSUD Dr. Moewardi", "rsud-tugurejo", "RSUD Tugurejo");

	/** The mocked module services behind the real listeners and delegates. */
	record Services(Verification verification, Disposition disposition, Handling handling, Escalations escalations,
			SlaEscalations slaEscalations, Complaints complaints) {
	}

	/** A stage clock as the services answer it by default: warns in 2 days, due in 3. */
	static final SlaDue WINDOW = new SlaDue(NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(3)));

	/**
	 * Points the assertions at {@code engine}, sets the clock to {@link #NOW}, and
	 * registers every listener and delegate the BPMN names under its bean name, built
	 * around fresh mocks.
	 */
	static Services prepare(ProcessEngine engine) {
		BpmnAwareTests.init(engine);
		ClockUtil.setCurrentTime(Date.from(NOW));
		Services services = new Services(mock(Verification.class), mock(Disposition.class), mock(Handling.class),
				mock(Escalations.class), mock(SlaEscalations.class), mock(Complaints.class));
		Complaints complaints = services.complaints();
		// The listeners find the complaint by the business key, its tracking number.
		when(complaints.findIdByTrackingNumber(TRACKING_NUMBER)).thenReturn(Optional.of(COMPLAINT_ID));
		when(services.disposition().dispose(anyLong(), any(), any()))
			.thenReturn(new Disposition.Dispatched(WINDOW, WINDOW));
		when(services.handling().postFirstResponse(anyLong(), any(), any())).thenReturn(WINDOW);
		when(services.handling().reopen(anyLong())).thenReturn(new Handling.Reopened(1, WINDOW));
		when(services.escalations().escalateForRepeatedDissatisfaction(anyLong())).thenReturn(WINDOW);
		when(services.escalations().decide(anyLong(), any(), any(), any())).thenReturn(WINDOW);
		register(new TaskCreatedListener(new EngineClock(ZoneOffset.UTC)));
		register(new ApplyVerificationListener(services.verification(), complaints, LABELS));
		register(new WithdrawComplaintDelegate(services.verification(), complaints));
		register(new CheckSkpdListener(services.disposition()));
		register(new DisposeComplaintDelegate(services.disposition(), complaints, LABELS));
		register(new ApplyDispositionDecisionListener(services.disposition(), complaints));
		register(new PostFirstResponseListener(services.handling(), complaints));
		register(new RecordHandlingListener(services.handling(), complaints));
		register(new RecordInvestigationListener(services.handling(), complaints));
		register(new DraftFinalResponseListener(services.handling(), complaints));
		register(new ApproveFinalResponseListener(services.handling(), complaints));
		register(new CloseAcceptedDelegate(services.handling(), complaints));
		register(new CloseForSilenceDelegate(services.handling(), complaints));
		register(new ReopenComplaintDelegate(services.handling(), complaints));
		register(new EscalateComplaintDelegate(services.escalations(), complaints));
		register(new DecideEscalationListener(services.escalations(), complaints));
		register(new SendSlaWarningDelegate(services.slaEscalations(), complaints));
		register(new RecordSlaBreachDelegate(services.slaEscalations(), complaints));
		register(new RecordOverdueReviewListener(services.slaEscalations(), complaints));
		return services;
	}

	/**
	 * Undoes {@link #prepare}: the clock, the registered beans and the assertions'
	 * engine.
	 */
	static void reset() {
		ClockUtil.reset();
		BEANS.clear();
		BpmnAwareTests.reset();
	}

	/**
	 * The beans the test engine's expressions see, by bean name; shared by every thread
	 * of the engine.
	 */
	private static final Map<Object, Object> BEANS = new java.util.concurrent.ConcurrentHashMap<>();

	/** For process-test.cfg.xml. */
	static Map<Object, Object> beans() {
		return BEANS;
	}

	private static void register(Object bean) {
		String name = bean.getClass().getSimpleName();
		BEANS.put(Character.toLowerCase(name.charAt(0)) + name.substring(1), bean);
	}

	/**
	 * The start variables of a complaint, as {@code ComplaintProcessEvents} sets them.
	 */
	static Map<String, Object> startVariables(Category category, String regionCode) {
		Map<String, Object> variables = new HashMap<>(
				ComplaintVariables.start(TRACKING_NUMBER, category.name(), regionCode, category.supervisoryByDefault(),
						new SlaDue(VERIFICATION_DUE.minus(Duration.ofDays(1)), VERIFICATION_DUE), MAX_REOPENS, LABELS));
		// The clocks of later stages, as the steps before them set them, for tests that
		// start in the middle.
		for (String clock : List.of(ComplaintVariables.ACCEPTANCE, ComplaintVariables.FIRST_RESPONSE_CLOCK,
				ComplaintVariables.RESOLUTION, ComplaintVariables.ESCALATION)) {
			variables.put(clock + "Warn", Date.from(WINDOW.warnAt()));
			variables.put(clock + "Due", Date.from(WINDOW.dueAt()));
		}
		return variables;
	}

	/** The start variables of a complaint that has been disposed to {@code skpd}. */
	static Map<String, Object> disposedTo(String skpd, Category category, String regionCode) {
		Map<String, Object> variables = startVariables(category, regionCode);
		variables.put(ComplaintVariables.VERIFICATION_OUTCOME, "VALID");
		variables.put(ComplaintVariables.SKPD, skpd);
		return variables;
	}

	/** A new complaint, waiting at the first task. */
	static ProcessInstance submit(ProcessEngine engine, Category category, String regionCode) {
		return engine.getRuntimeService()
			.startProcessInstanceByKey(ComplaintProcess.KEY, TRACKING_NUMBER, startVariables(category, regionCode));
	}

	/** A complaint that starts right before {@code activityId}, the stage under test. */
	static ProcessInstance startBefore(ProcessEngine engine, String activityId, Map<String, Object> variables) {
		return engine.getRuntimeService()
			.createProcessInstanceByKey(ComplaintProcess.KEY)
			.businessKey(TRACKING_NUMBER)
			.setVariables(variables)
			.startBeforeActivity(activityId)
			.execute();
	}

	/**
	 * Claims and completes the instance's open task {@code taskKey} as {@code userId}, as
	 * the Tasklist would.
	 */
	static void complete(ProcessEngine engine, ProcessInstance instance, String taskKey, String userId,
			Map<String, Object> formValues) {
		Task task = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		assertThat(task).as("open task %s", taskKey).isNotNull();
		engine.getIdentityService().setAuthenticatedUserId(userId);
		try {
			engine.getTaskService().claim(task.getId(), userId);
			engine.getTaskService().complete(task.getId(), formValues);
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	/**
	 * The actor a listener passes for a user who completed a task in these tests (logged
	 * in without groups).
	 */
	static Actor actor(String userId) {
		return new Actor(userId, Set.of());
	}

	/** The pending timer of {@code boundaryEventId}. */
	static Job timer(ProcessEngine engine, ProcessInstance instance, String boundaryEventId) {
		Job job = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(boundaryEventId)
			.timers()
			.singleResult();
		assertThat(job).as("timer of %s", boundaryEventId).isNotNull();
		return job;
	}

	/**
	 * Moves the engine clock to just after the timer of {@code boundaryEventId} is due
	 * and lets the engine execute it; the timer must not have been due before.
	 */
	static void fireTimer(ProcessEngine engine, ProcessInstance instance, String boundaryEventId) {
		Job job = timer(engine, instance, boundaryEventId);
		assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).executable().count())
			.as("timer of %s due before its time", boundaryEventId)
			.isZero();
		ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 60_000));
		assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).executable().count())
			.as("timer of %s due after moving the clock", boundaryEventId)
			.isOne();
		engine.getManagementService().executeJob(job.getId());
	}

	/**
	 * Correlates a message to the complaint by its business key, as
	 * {@code ComplaintProcessEvents} does.
	 */
	static void correlate(ProcessEngine engine, String messageName, Map<String, Object> variables) {
		executeContinuation(engine, correlateOnly(engine, messageName, variables));
	}

	/**
	 * The citizen's request alone: correlates the message; what follows waits in a job.
	 * @return the process instance's id
	 */
	static String correlateOnly(ProcessEngine engine, String messageName, Map<String, Object> variables) {
		return engine.getRuntimeService()
			.createMessageCorrelation(messageName)
			.processInstanceBusinessKey(TRACKING_NUMBER)
			.setVariables(variables)
			.correlateWithResult()
			.getExecution()
			.getProcessInstanceId();
	}

	/** The pending asynchronous continuation of the instance (not a timer). */
	static Job continuation(ProcessEngine engine, String processInstanceId) {
		Job job = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(processInstanceId)
			.messages()
			.singleResult();
		assertThat(job).as("asynchronous continuation").isNotNull();
		return job;
	}

	/**
	 * Lets the engine execute the continuation of the citizen's reply, as the job
	 * executor would.
	 */
	static void executeContinuation(ProcessEngine engine, String processInstanceId) {
		engine.getManagementService().executeJob(continuation(engine, processInstanceId).getId());
	}

	/**
	 * {@code Verification.apply(..)} answers with {@code category} and, for an incomplete
	 * file, the window's end.
	 */
	static void verificationAnswers(Verification verification, Category category, boolean supervisoryContent,
			Instant completionDue) {
		when(verification.apply(anyLong(), any(), any(), anyBoolean(), any(), any()))
			.thenReturn(new Verification.Result(category, supervisoryContent, completionDue));
	}

	/**
	 * {@code Handling.decideOnAnswer(..)} answers {@code feedbackDue} when approved and
	 * null otherwise.
	 */
	static void answerDecisionAnswers(Handling handling, Instant feedbackDue) {
		when(handling.decideOnAnswer(anyLong(), eq(true), any(), any())).thenReturn(feedbackDue);
		when(handling.decideOnAnswer(anyLong(), eq(false), any(), any())).thenReturn(null);
	}

	/**
	 * {@code Handling.reopen(..)} answers the reopen counts {@code first}, then
	 * {@code following}.
	 */
	static void reopenAnswers(Handling handling, int first, Integer... following) {
		Handling.Reopened[] more = java.util.Arrays.stream(following)
			.map((count) -> new Handling.Reopened(count, WINDOW))
			.toArray(Handling.Reopened[]::new);
		when(handling.reopen(anyLong())).thenReturn(new Handling.Reopened(first, WINDOW), more);
	}

}
