package id.pengaduan.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Channel;
import id.pengaduan.complaint.Complainant;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Submission;
import id.pengaduan.identity.CamundaAccess;
import id.pengaduan.identity.Role;
import id.pengaduan.identity.Units;
import id.pengaduan.intake.CitizenReplies;
import id.pengaduan.intake.ComplaintIntake;
import id.pengaduan.workflow.ComplaintProcess;
import id.pengaduan.workflow.ComplaintTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Creates the demo province (Jawa Tengah) when {@code pengaduan.demo.enabled} is on: six
 * SKPD, a login per role, and complaints spread over the last weeks in every stage.
 * Complaints are made only when the database has none.
 * <p>
 * The stories are played in the past by moving the engine's clock, which every part of
 * the application reads. That is safe only while nobody else is working: so seeding runs
 * as a lifecycle phase that ends before the web server binds its port (phase
 * {@code DEFAULT_PHASE - 2048}) and before the job executor starts (on
 * {@code ApplicationReadyEvent}). No citizen's request or timer ever sees the moved
 * clock.
 */
@Component
@ConditionalOnProperty(name = "pengaduan.demo.enabled", havingValue = "true")
class DemoData implements SmartLifecycle {

	/** Well before the web server's start phase. */
	static final int PHASE = 0;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String PASSWORD = "demo";

	static final Map<String, String> SKPD = Map.of("dukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "dinkes",
			"Dinas Kesehatan", "rsud-moewardi", "RSUD Dr. Moewardi", "rsud-tugurejo", "RSUD Tugurejo", "dpu",
			"Dinas Pekerjaan Umum Bina Marga dan Cipta Karya", "disdik", "Dinas Pendidikan dan Kebudayaan");

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final CamundaAccess access;

	private final ComplaintIntake intake;

	private final CitizenReplies replies;

	private final ComplaintTasks tasks;

	private final Complaints complaints;

	private final Clock clock;

	private final boolean withComplaints;

	DemoData(CamundaAccess access, ComplaintIntake intake, CitizenReplies replies, ComplaintTasks tasks,
			Complaints complaints, Clock clock, @Value("${pengaduan.demo.complaints:true}") boolean withComplaints) {
		this.clock = clock;
		this.access = access;
		this.intake = intake;
		this.replies = replies;
		this.tasks = tasks;
		this.complaints = complaints;
		this.withComplaints = withComplaints;
	}

	private volatile boolean running;

	@Override
	public int getPhase() {
		return PHASE;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public void start() {
		if (!this.running) {
			seed();
			this.running = true;
		}
	}

	private void seed() {
		List<String> logins = createStaff();
		if (this.withComplaints && this.complaints.count() == 0) {
			DemoStory.all().forEach(this::play);
			log.info("Demo data: {} complaints created", this.complaints.count());
		}
		log.info("Demo logins (password '{}'; admin: admin/admin) at /login, Tasklist /camunda/app/tasklist/:\n  {}",
				PASSWORD, String.join("\n  ", logins));
	}

	private List<String> createStaff() {
		List<String> logins = new ArrayList<>();
		this.access.ensureRoleGroup(Role.VERIFIER.groupId(null), "Verifikator Unit Pengaduan");
		this.access.ensureUser("verifikator", "Rina", "Verifikator", PASSWORD, List.of(Role.VERIFIER.groupId(null)));
		logins.add("verifikator          Unit Pengaduan (verifikasi, disposisi)");
		this.access.ensureRoleGroup(Role.INSPECTORATE.groupId(null), "Inspektorat Provinsi");
		this.access.ensureUser("inspektur", "Bambang", "Inspektur", PASSWORD, List.of(Role.INSPECTORATE.groupId(null)));
		logins.add("inspektur            Inspektorat");
		this.access.ensureRoleGroup(Role.REGIONAL_SECRETARY.groupId(null), "Sekretariat Daerah");
		this.access.ensureUser("sekda", "Sri", "Sekda", PASSWORD, List.of(Role.REGIONAL_SECRETARY.groupId(null)));
		logins.add("sekda                Sekretaris Daerah (supervisor)");
		this.access.ensureMonitoringGroup();
		this.access.ensureUser("monitor", "Sistem", "Pemantauan", PASSWORD, List.of(Units.MONITORING_GROUP));
		logins.add("monitor              Prometheus (/actuator/prometheus)");
		SKPD.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((skpd) -> {
			this.access.ensureSkpd(skpd.getKey(), skpd.getValue());
			for (Role role : List.of(Role.LIAISON, Role.HANDLER, Role.HEAD)) {
				String group = role.groupId(skpd.getKey());
				this.access.ensureRoleGroup(group, roleName(role) + " " + skpd.getValue());
				String user = skpd.getKey() + "." + group.substring(skpd.getKey().length() + 1);
				this.access.ensureUser(user, roleName(role), skpd.getValue(), PASSWORD, List.of(group));
				logins.add("%-20s %s, %s".formatted(user, roleName(role), skpd.getValue()));
			}
		});
		return logins;
	}

	private static String roleName(Role role) {
		return switch (role) {
			case LIAISON -> "Penghubung";
			case HANDLER -> "Penangan";
			case HEAD -> "Kepala";
			default -> role.name();
		};
	}

	/**
	 * Submits one story's complaint in the past and plays its steps forward in time, a
	 * few hours apart.
	 */
	private void play(DemoStory story) {
		Instant start = this.clock.instant().minus(Duration.ofDays(story.daysAgo())).minus(Duration.ofHours(3));
		Instant[] clock = { start };
		String[] number = new String[1];
		String[] code = new String[1];
		this.tasks.runAt(clock[0], () -> {
			ComplaintIntake.Receipt receipt = this.intake
				.submit(new Submission(Channel.WEB, story.category(), story.region(), story.location(), null, null,
						LocalDate.ofInstant(start, WIB).minusDays(2), story.description(), story.complainant(),
						story.anonymous(), story.confidential(), null, List.of()));
			number[0] = receipt.trackingNumber().value();
			code[0] = receipt.accessCode().value();
		});
		for (DemoStory.Step step : story.steps()) {
			clock[0] = clock[0].plus(Duration.ofHours(step.hoursLater()));
			this.tasks.runAt(clock[0], () -> perform(number[0], code[0], story, step));
		}
	}

	private void perform(String number, String code, DemoStory story, DemoStory.Step step) {
		String skpd = story.skpd();
		Map<String, Object> values = new HashMap<>(step.values());
		switch (step.kind()) {
			case VERIFY -> {
				values.putIfAbsent("category", story.category().name());
				values.putIfAbsent("supervisoryContent", story.category() == Category.PUNGUTAN_LIAR);
				this.tasks.complete(number, ComplaintProcess.TASK_VERIFY, "verifikator", values);
			}
			case CHOOSE_SKPD -> {
				values.put("skpd", skpd);
				this.tasks.complete(number, ComplaintProcess.TASK_CHOOSE_SKPD, "verifikator", values);
			}
			case ACCEPT ->
				this.tasks.complete(number, ComplaintProcess.TASK_ACCEPT_DISPOSITION, skpd + ".penghubung", values);
			case FIRST_RESPONSE ->
				this.tasks.complete(number, ComplaintProcess.TASK_POST_FIRST_RESPONSE, skpd + ".penghubung", values);
			case HANDLE -> this.tasks.complete(number, ComplaintProcess.TASK_HANDLE, skpd + ".penangan", values);
			case INVESTIGATE -> this.tasks.complete(number, ComplaintProcess.TASK_INVESTIGATE, "inspektur", values);
			case DRAFT ->
				this.tasks.complete(number, ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE, skpd + ".penangan", values);
			case APPROVE ->
				this.tasks.complete(number, ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE, skpd + ".kepala", values);
			case COMPLETION -> this.replies.provideCompletion(number, code, (String) values.get("information"));
			case FEEDBACK -> this.replies.giveFeedback(number, code, (Boolean) values.get("satisfied"),
					(String) values.get("reason"));
		}
		// A citizen's reply continues in a job; the next step needs its outcome now.
		this.tasks.runContinuations(number);
	}

	static Complainant person(String name, String phone) {
		return new Complainant(name, null, phone, null);
	}

}
