package id.pengaduan.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.StateChange;
import id.pengaduan.intake.CitizenReplies;
import id.pengaduan.sla.SlaStage;
import id.pengaduan.sla.StageClock;
import id.pengaduan.sla.Timekeeper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SLA clocks through the whole application: working-day due dates, the pause while
 * the complainant completes the file, a breach and its escalation chain, the auto-close.
 * Time moves by setting the engine clock; due timer jobs run through the engine, as the
 * job executor would run them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlaIntegrationTests {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@LocalServerPort
	int port;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	Complaints complaints;

	@Autowired
	CitizenReplies replies;

	@Autowired
	Timekeeper timekeeper;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theVerificationClockPausesWhileTheComplainantCompletesTheFile() {
		// Monday 23 Nov 2026, 09:00 WIB: verification due at the end of Thursday 26 Nov
		// (3 working days).
		Citizen.Receipt receipt = this.tasks.call(wib(2026, 11, 23, 9), () -> Citizen.submit(this.port, Map.of()));
		Long id = complaintId(receipt);
		assertThat(verificationClock(id).getDueAt()).isEqualTo(endOfDay(2026, 11, 26));

		// Tuesday: incomplete. Two working days are left (Wednesday, Thursday).
		this.tasks.runAt(wib(2026, 11, 24, 10),
				() -> Staff.verify(this.tasks, receipt.trackingNumber(), "INCOMPLETE", "Sebutkan nama puskesmas."));
		assertThat(verificationClock(id).getPausedAt()).isNotNull();

		// Friday 4 Dec the citizen answers: two working days from then, due Tuesday 8
		// Dec.
		this.tasks.runAt(wib(2026, 12, 4, 14), () -> this.replies.provideCompletion(receipt.trackingNumber(),
				receipt.accessCode(), "Puskesmas Halmahera."));

		StageClock resumed = verificationClock(id);
		assertThat(resumed.getPausedAt()).isNull();
		assertThat(resumed.getDueAt()).isEqualTo(endOfDay(2026, 12, 8));
		assertThat(publicEvents(id)).containsSubsequence("history.AWAITING_COMPLETION", "history.CLOCK_PAUSED",
				"history.COMPLETION_PROVIDED", "history.CLOCK_RESUMED");
		assertThat(this.complaints.findByTrackingNumber(receipt.trackingNumber()).orElseThrow().getNextDeadline().due())
			.isEqualTo(endOfDay(2026, 12, 8));
	}

	@Test
	void aLateVerificationWarnsThenBreachesAndEscalatesUntilItIsDone() {
		Citizen.Receipt receipt = this.tasks.call(wib(2026, 11, 23, 9), () -> Citizen.submit(this.port, Map.of()));
		Long id = complaintId(receipt);

		// Thursday afternoon: past 80 % of the clock, not yet due.
		this.tasks.runAt(wib(2026, 11, 26, 15), () -> runDueJobs(receipt));
		assertThat(events(id)).contains("history.SLA_WARNING").doesNotContain("history.SLA_BREACHED");
		assertThat(priorityOfVerifyTask(receipt)).isEqualTo(SendSlaWarningDelegate.WARNED_PRIORITY);

		// Friday: overdue. The complaint unit gets a review task; the verification task
		// stays, on top.
		this.tasks.runAt(wib(2026, 11, 27, 9), () -> runDueJobs(receipt));
		assertThat(events(id)).contains("history.SLA_BREACHED");
		assertThat(verificationClock(id).getBreachedAt()).isNotNull();
		assertThat(this.tasks.openTasks(receipt.trackingNumber()))
			.containsExactlyInAnyOrder(ComplaintProcess.TASK_VERIFY, SlaBreachProcess.TASK_REVIEW_OVERDUE);
		assertThat(priorityOfVerifyTask(receipt)).isEqualTo(RecordSlaBreachDelegate.BREACHED_PRIORITY);

		// Three working days after the breach (Wednesday 2 Dec) the regional secretary
		// takes over.
		this.tasks.runAt(wib(2026, 12, 3, 9), () -> runDueJobs(receipt));
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).contains(SlaBreachProcess.TASK_ESCALATE_OVERDUE);

		// The verifier finally verifies: the escalation chain ends with the stage.
		this.tasks.runAt(wib(2026, 12, 3, 10), () -> Staff.verify(this.tasks, receipt.trackingNumber(), "VALID", null));
		assertThat(this.tasks.openTasks(receipt.trackingNumber()))
			.containsExactly(ComplaintProcess.TASK_ACCEPT_DISPOSITION);
		assertThat(verificationClock(id).getStoppedAt()).isNotNull();
	}

	@Test
	void tenSilentWorkingDaysAfterTheAnswerCloseTheComplaint() {
		Citizen.Receipt receipt = this.tasks.call(wib(2026, 11, 23, 9), () -> Citizen.submit(this.port, Map.of()));
		this.tasks.runAt(wib(2026, 11, 23, 11), () -> Staff.answer(this.tasks, receipt.trackingNumber(), "Sudah."));
		Long id = complaintId(receipt);
		// Answer on Monday 23 Nov: 10 working days end on Monday 7 Dec.
		Instant feedbackDue = this.timekeeper.open(id, SlaStage.FEEDBACK).orElseThrow().getDueAt();
		assertThat(feedbackDue).isEqualTo(endOfDay(2026, 12, 7));

		this.tasks.runAt(wib(2026, 12, 7, 16), () -> runDueJobs(receipt));
		assertThat(state(receipt)).isEqualTo(ComplaintState.RESPONDED);

		this.tasks.runAt(wib(2026, 12, 8, 8), () -> runDueJobs(receipt));
		assertThat(state(receipt)).isEqualTo(ComplaintState.RESOLVED);
		assertThat(events(id)).contains("history.RESOLVED_SILENCE");
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).isEmpty();
	}

	@Test
	void aReturnedDispositionCancelsTheFollowUpClockOfTheSkpdThatReturnedIt() {
		Citizen.Receipt receipt = this.tasks.call(wib(2026, 11, 23, 9), () -> Citizen.submit(this.port, Map.of()));
		Long id = complaintId(receipt);
		this.tasks.runAt(wib(2026, 11, 23, 10),
				() -> Staff.verify(this.tasks, receipt.trackingNumber(), "VALID", null));

		this.tasks.runAt(wib(2026, 11, 23, 11),
				() -> this.tasks.complete(receipt.trackingNumber(), ComplaintProcess.TASK_ACCEPT_DISPOSITION,
						"dinkes.penghubung", Map.of("dispositionAccepted", false, "returnReason", "Wewenang RSUD.")));

		StageClock followUp = clockOf(id, SlaStage.FIRST_RESPONSE);
		StageClock acceptance = clockOf(id, SlaStage.ACCEPTANCE);
		assertThat(followUp.isCancelled()).isTrue();
		assertThat(followUp.getSkpd()).isEqualTo("dinkes");
		// Returning it in time is the acceptance decision, made within its working day.
		assertThat(acceptance.isCancelled()).isFalse();
		assertThat(acceptance.isMet(acceptance.getStoppedAt())).isTrue();
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).containsExactly(ComplaintProcess.TASK_CHOOSE_SKPD);
	}

	private StageClock clockOf(Long id, SlaStage stage) {
		return this.timekeeper.clocksOf(id)
			.stream()
			.filter((clock) -> clock.getStage() == stage)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Runs this complaint's due jobs (timers, then what they continue into) as the job
	 * executor would.
	 */
	private void runDueJobs(Citizen.Receipt receipt) {
		for (int round = 0; round < 10; round++) {
			List<String> instances = this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(receipt.trackingNumber())
				.list()
				.stream()
				.map(ProcessInstance::getId)
				.toList();
			List<Job> due = instances.stream()
				.flatMap((instance) -> this.management.createJobQuery()
					.processInstanceId(instance)
					.executable()
					.list()
					.stream())
				.toList();
			if (due.isEmpty()) {
				return;
			}
			due.forEach((job) -> this.management.executeJob(job.getId()));
		}
	}

	private int priorityOfVerifyTask(Citizen.Receipt receipt) {
		return this.taskService.createTaskQuery()
			.processInstanceBusinessKey(receipt.trackingNumber())
			.taskDefinitionKey(ComplaintProcess.TASK_VERIFY)
			.singleResult()
			.getPriority();
	}

	private Long complaintId(Citizen.Receipt receipt) {
		return this.complaints.findByTrackingNumber(receipt.trackingNumber()).orElseThrow().getId();
	}

	private ComplaintState state(Citizen.Receipt receipt) {
		return this.complaints.findByTrackingNumber(receipt.trackingNumber()).orElseThrow().getState();
	}

	private StageClock verificationClock(Long id) {
		return this.timekeeper.clocksOf(id)
			.stream()
			.filter((clock) -> clock.getStage() == SlaStage.VERIFICATION)
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private List<String> events(Long id) {
		return this.transactions
			.execute((status) -> this.complaints.require(id).getHistory().stream().map(StateChange::getEvent).toList());
	}

	private List<String> publicEvents(Long id) {
		return this.transactions.execute((
				status) -> this.complaints.require(id).getPublicHistory().stream().map(StateChange::getEvent).toList());
	}

	private static Instant wib(int year, int month, int day, int hour) {
		return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, WIB).toInstant();
	}

	private static Instant endOfDay(int year, int month, int day) {
		return ZonedDateTime.of(year, month, day, 23, 59, 59, 0, WIB).toInstant();
	}

}
