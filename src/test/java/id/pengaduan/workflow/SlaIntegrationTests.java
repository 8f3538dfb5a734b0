package id.pengaduan.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.StaffSession;
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
	void theLegalCeilingsWaitForTheComplainantAndCountFromTheCompleteFileInEveryRound() {
		// Monday 23 Nov 2026: UU 25/2009 gives 14 days to answer, until Monday 7 Dec.
		Citizen.Receipt receipt = this.tasks.call(wib(2026, 11, 23, 9), () -> Citizen.submit(this.port, Map.of()));
		Long id = complaintId(receipt);
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");

		// First round: incomplete on Tuesday, completed on Friday 4 Dec.
		this.tasks.runAt(wib(2026, 11, 24, 10),
				() -> Staff.verify(this.tasks, receipt.trackingNumber(), "INCOMPLETE", "Sebutkan nama puskesmas."));
		assertThat(clockOf(id, SlaStage.LEGAL_RESPONSE).isRunning()).isFalse();
		// Past 80 % of the first 14 days the complaint is waiting on the citizen, not
		// delayed by the agency.
		assertThat(this.tasks.call(wib(2026, 12, 4, 9), () -> verifier.get("/staff/dashboard/at-risk.csv").body()))
			.doesNotContain(receipt.trackingNumber());
		this.tasks.runAt(wib(2026, 12, 4, 14), () -> {
			this.replies.provideCompletion(receipt.trackingNumber(), receipt.accessCode(), "Puskesmas Halmahera.");
			runDueJobs(receipt);
		});
		assertThat(openClock(id, SlaStage.LEGAL_RESPONSE).getDueAt()).isEqualTo(endOfDay(2026, 12, 18));
		assertThat(openClock(id, SlaStage.LEGAL_DECISION).getDueAt()).isEqualTo(endOfDay(2027, 2, 2));

		// Second round: incomplete again on Monday 7 Dec, completed on Wednesday 23 Dec.
		this.tasks.runAt(wib(2026, 12, 7, 10),
				() -> Staff.verify(this.tasks, receipt.trackingNumber(), "INCOMPLETE", "Lampirkan foto kuitansi."));
		assertThat(this.tasks.call(wib(2026, 12, 21, 9), () -> verifier.get("/staff/dashboard/at-risk.csv").body()))
			.doesNotContain(receipt.trackingNumber());
		this.tasks.runAt(wib(2026, 12, 23, 10), () -> {
			this.replies.provideCompletion(receipt.trackingNumber(), receipt.accessCode(), "Foto kuitansi terlampir.");
			runDueJobs(receipt);
		});
		assertThat(openClock(id, SlaStage.LEGAL_RESPONSE).getDueAt()).isEqualTo(endOfDay(2027, 1, 6));
		assertThat(openClock(id, SlaStage.LEGAL_DECISION).getDueAt()).isEqualTo(endOfDay(2027, 2, 21));
		assertThat(this.tasks.call(wib(2026, 12, 24, 9), () -> verifier.get("/staff/dashboard/at-risk.csv").body()))
			.doesNotContain(receipt.trackingNumber());
	}

	@Test
	void theWarningFallsAtAShareOfOfficeHoursNotOfTheNight() {
		// Friday 20 Nov 2026, 15:00 WIB, before the 16:00 close: verification runs Friday
		// 15-16, Monday, Tuesday and Wednesday 08-16, 25 office hours. 80 % is 20 hours:
		// Wednesday 25 Nov at 11:00, not Tuesday at 22:12 (80 % of the wall clock).
		Citizen.Receipt receipt = this.tasks.call(wib(2026, 11, 20, 15), () -> Citizen.submit(this.port, Map.of()));

		assertThat(verificationClock(complaintId(receipt)).getWarnAt()).isEqualTo(wib(2026, 11, 25, 11));
	}

	@Test
	void anAdministratorRecomputesTheOpenClocksAfterACalendarChangeAndTheEngineFollows() {
		// Monday 7 Jan 2030, 09:00: verification due at the end of Thursday 10 Jan.
		Citizen.Receipt receipt = this.tasks.call(wib(2030, 1, 7, 9), () -> Citizen.submit(this.port, Map.of()));
		Long id = complaintId(receipt);
		StaffSession admin = StaffSession.login(this.port, "admin", "admin");
		assertThat(verificationClock(id).getDueAt()).isEqualTo(endOfDay(2030, 1, 10));

		// Wednesday 9 Jan becomes a day off: running clocks keep their date (ADR 0005)...
		admin.post("/staff/calendar", "/staff/calendar",
				Map.of("date", "2030-01-09", "kind", "COLLECTIVE_LEAVE", "name", "Cuti bersama uji hitung ulang"));
		assertThat(verificationClock(id).getDueAt()).isEqualTo(endOfDay(2030, 1, 10));

		// ...until the administrator recomputes them (ADR 0020).
		this.tasks.runAt(wib(2030, 1, 8, 10),
				() -> admin.post("/staff/calendar", "/staff/calendar/recompute", Map.of()));

		StageClock moved = verificationClock(id);
		assertThat(moved.getDueAt()).isEqualTo(endOfDay(2030, 1, 11));
		assertThat(timerDates(receipt)).contains(endOfDay(2030, 1, 11), moved.getWarnAt())
			.doesNotContain(endOfDay(2030, 1, 10));
		assertThat(this.taskService.createTaskQuery()
			.processInstanceBusinessKey(receipt.trackingNumber())
			.taskDefinitionKey(ComplaintProcess.TASK_VERIFY)
			.singleResult()
			.getDueDate()
			.toInstant()).isEqualTo(endOfDay(2030, 1, 11));
		assertThat(this.complaints.findByTrackingNumber(receipt.trackingNumber()).orElseThrow().getNextDeadline().due())
			.isEqualTo(endOfDay(2030, 1, 11));
		assertThat(publicEvents(id)).contains("history.DEADLINE_RECOMPUTED");
		assertThat(admin.get("/staff/calendar").body()).contains("Tenggat dihitung ulang:");

		// The timer fires on the new date: not on Thursday night, on Friday night.
		this.tasks.runAt(wib(2030, 1, 11, 9), () -> runDueJobs(receipt));
		assertThat(events(id)).doesNotContain("history.SLA_BREACHED");

		admin.post("/staff/calendar", "/staff/calendar/remove", Map.of("date", "2030-01-09"));
		this.tasks.runAt(wib(2030, 1, 8, 11),
				() -> admin.post("/staff/calendar", "/staff/calendar/recompute", Map.of()));
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

		// Three working days after the breach at the end of Thursday 26 Nov (Friday,
		// Monday, Tuesday 1 Dec): on Wednesday morning the regional secretary has it.
		this.tasks.runAt(wib(2026, 12, 1, 15), () -> runDueJobs(receipt));
		assertThat(this.tasks.openTasks(receipt.trackingNumber()))
			.doesNotContain(SlaBreachProcess.TASK_ESCALATE_OVERDUE);
		this.tasks.runAt(wib(2026, 12, 2, 0), () -> runDueJobs(receipt));
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

	private StageClock openClock(Long id, SlaStage stage) {
		return this.timekeeper.open(id, stage).orElseThrow();
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

	private List<Instant> timerDates(Citizen.Receipt receipt) {
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(receipt.trackingNumber())
			.processDefinitionKey(ComplaintProcess.KEY)
			.singleResult()
			.getId();
		return this.management.createJobQuery()
			.processInstanceId(instance)
			.timers()
			.list()
			.stream()
			.map((job) -> job.getDuedate().toInstant())
			.toList();
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
