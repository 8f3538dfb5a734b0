package id.pengaduan;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import id.pengaduan.workflow.ComplaintProcess;
import id.pengaduan.workflow.SlaBreachProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static id.pengaduan.ChildApplication.call;
import static id.pengaduan.ChildApplication.readTree;
import static id.pengaduan.ChildApplication.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two real application JVMs on one fresh PostgreSQL database, started at the same moment,
 * job executors on: load is spread over both, node A is killed with SIGKILL in the middle
 * of a burst while both are running due SLA timers, and node B must hold every
 * acknowledged complaint exactly once, have fired every due timer exactly once (the jobs
 * node A had locked included, once their lock expired), and accept the staff session node
 * A made. Prints the intake rate of one node and of two (docs/performance.md, "Two
 * nodes"). Runs only with {@code -Ppostgres}; an H2 file belongs to one process.
 */
class TwoNodesIntegrationTests {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

	/**
	 * Short, so the test sees the survivor take over; production keeps Camunda's 5 min.
	 */
	private static final int LOCK_TIME_MILLIS = 10_000;

	private static final int CLIENTS = 4;

	/** Complaints per throughput phase; they also carry the timers made due later. */
	private static final int MEASURED = 40;

	/**
	 * Submissions to each node before measuring: the first requests of a JVM are slow.
	 */
	private static final int WARM_UP = 8;

	private static final int KILL_AFTER_ACKNOWLEDGED = 20;

	private static final String WARNING = "BoundaryEvent_VerificationWarning";

	private static final String OVERDUE = "BoundaryEvent_VerificationOverdue";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@TempDir
	Path folder;

	@Test
	void theSurvivorHoldsEveryComplaintOnceFiresEveryDueTimerOnceAndKeepsTheStaffLoggedIn() throws Exception {
		assumeTrue(ChildApplication.onPostgres(), "two nodes need a database server (-Ppostgres)");
		String url = freshDatabase();
		List<String> arguments = List.of("--spring.profiles.active=postgres-test", "--spring.datasource.url=" + url,
				"--pengaduan.demo.complaints=false", "--camunda.bpm.job-execution.enabled=true",
				"--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS,
				"--camunda.bpm.job-execution.wait-time-in-millis=1000", "--camunda.bpm.job-execution.max-wait=2000",
				"--logging.level.org.camunda.bpm.engine.jobexecutor=warn");
		ChildApplication a = ChildApplication.launch(this.folder, "two-nodes-a", arguments);
		ChildApplication b = ChildApplication.launch(this.folder, "two-nodes-b", arguments);
		try (a; b; Connection db = DriverManager.getConnection(url, "postgres", "")) {
			a.awaitReady(START_TIMEOUT);
			b.awaitReady(START_TIMEOUT);
			assertThat(count(db, "select count(*) from act_ru_filter where name_ = 'Semua tugas'"))
				.as("the Tasklist filter, made once by two nodes starting together")
				.isEqualTo(1);
			assertThat(count(db,
					"select count(*) from act_ru_filter where name_ in ('Tugas saya', 'Antrean Dinas Kesehatan')"))
				.as("the application's filters, made once by two nodes starting together")
				.isEqualTo(2);
			assertThat(count(db, "select count(*) from act_re_procdef where key_ = 'complaint'"))
				.as("versions of the complaint process")
				.isEqualTo(1);
			assertThat(count(db, "select count(*) from act_id_user where id_ = 'verifikator'")).isEqualTo(1);

			Map<String, String> acknowledged = new ConcurrentHashMap<>();
			for (int i = 0; i < WARM_UP; i++) {
				for (ChildApplication node : List.of(a, b)) {
					JsonNode receipt = readTree(call(node.submitRequest()).body());
					acknowledged.put(receipt.get("trackingNumber").asText(), receipt.get("accessCode").asText());
				}
			}
			double oneNode = measure(List.of(a), acknowledged);
			double twoNodes = measure(List.of(a, b), acknowledged);
			System.out.printf(
					"%nTwo nodes: intake at %d clients, %d complaints each: one node %.1f/s, two nodes %.1f/s%n%n",
					CLIENTS, MEASURED, oneNode, twoNodes);
			assertThat(acknowledged).hasSize(2 * WARM_UP + 2 * MEASURED);

			String sessionCookie = staffLogin(a);
			assertThat(camundaUser(a, sessionCookie)).as("the Tasklist knows the login on node A").isEqualTo(200);

			// Every measured complaint gets one due SLA timer: the warning for half of
			// them, the breach for the other half (one each, so no two jobs of one
			// process run at once).
			List<String> warned = new ArrayList<>();
			List<String> breached = new ArrayList<>();
			new TreeMap<>(acknowledged).keySet()
				.forEach((number) -> (warned.size() <= breached.size() ? warned : breached).add(number));
			Set<String> lockedByTheDeadNode = new HashSet<>();
			Burst burst = burstAndKill(a, b, acknowledged, () -> {
				makeDue(db, warned, breached);
				awaitLocks(db, a.process().pid());
			}, () -> lockedByTheDeadNode.addAll(lockedBy(db, a.process().pid())));
			assertThat(burst.otherAnswers()).as("answers other than 201 from nodes that were up").isEmpty();

			awaitNoDueJobs(db, Duration.ofSeconds(LOCK_TIME_MILLIS / 1000 + 60));

			// Every 201 is there exactly once, with one process waiting for verification.
			for (String number : acknowledged.keySet()) {
				assertThat(count(db, "select count(*) from complaint where tracking_number = ?", number)).isEqualTo(1);
				assertThat(count(db,
						"select count(*) from act_ru_execution e join act_re_procdef d on e.proc_def_id_ = d.id_"
								+ " where e.id_ = e.proc_inst_id_ and d.key_ = 'complaint' and e.business_key_ = ?",
						number))
					.as("process instances of %s", number)
					.isEqualTo(1);
				assertThat(count(db,
						"select count(*) from act_ru_task where task_def_key_ = ? and proc_inst_id_ in"
								+ " (select id_ from act_ru_execution where business_key_ = ?)",
						ComplaintProcess.TASK_VERIFY, number))
					.as("verification tasks of %s", number)
					.isEqualTo(1);
			}
			assertThat(count(db, "select count(*) from complaint where process_instance_id is null")).isZero();

			// Every due timer fired exactly once.
			for (String number : warned) {
				assertThat(historyEntries(db, number, "history.SLA_WARNING")).as("warnings of %s", number).isEqualTo(1);
			}
			for (String number : breached) {
				assertThat(historyEntries(db, number, "history.SLA_BREACHED")).as("breaches of %s", number)
					.isEqualTo(1);
				assertThat(count(db,
						"select count(*) from act_ru_execution e join act_re_procdef d on e.proc_def_id_ = d.id_"
								+ " where e.id_ = e.proc_inst_id_ and d.key_ = ? and e.business_key_ = ?",
						SlaBreachProcess.KEY, number))
					.as("escalation chains of %s", number)
					.isEqualTo(1);
			}
			assertThat(count(db, "select count(*) from act_ru_incident")).isZero();
			System.out.printf("Two nodes: node A held %d job locks when it was killed; node B ran them after expiry%n",
					lockedByTheDeadNode.size());
			assertThat(lockedByTheDeadNode).as("jobs node A had locked when it was killed").isNotEmpty();
			assertThat(lockedByTheDeadNode).as("jobs node A had locked, all run since")
				.allSatisfy(
						(job) -> assertThat(count(db, "select count(*) from act_ru_job where id_ = ?", job)).isZero());

			// The login made on node A works on node B: our pages and the Tasklist's API.
			HttpResponse<String> staffPage = b.get("/staff/complaints", Map.of("Cookie", sessionCookie));
			assertThat(staffPage.statusCode()).as("the staff list on node B with node A's session").isEqualTo(200);
			assertThat(camundaUser(b, sessionCookie)).as("the Tasklist on node B with node A's session").isEqualTo(200);
		}
	}

	/**
	 * Rate of {@link #MEASURED} submissions from {@link #CLIENTS} clients, sent round
	 * robin to the nodes.
	 */
	private static double measure(List<ChildApplication> nodes, Map<String, String> acknowledged)
			throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		long start = System.nanoTime();
		for (int i = 0; i < CLIENTS; i++) {
			clients.execute(() -> {
				int n;
				while ((n = next.getAndIncrement()) < MEASURED) {
					try {
						HttpResponse<String> response = submit(nodes.get(n % nodes.size()));
						if (response.statusCode() == 201) {
							JsonNode receipt = readTree(response.body());
							acknowledged.put(receipt.get("trackingNumber").asText(),
									receipt.get("accessCode").asText());
						}
						else {
							failures.add(response.statusCode() + " " + response.body());
						}
					}
					catch (IOException ex) {
						failures.add(ex.toString());
					}
				}
			});
		}
		clients.shutdown();
		assertThat(clients.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(failures).isEmpty();
		return MEASURED / seconds;
	}

	/**
	 * Clients submit to both nodes in turn; once enough were acknowledged, the SLA timers
	 * fall due, and node A is killed as soon as it holds some of them. Afterwards each
	 * client goes on against node B alone for a few more.
	 */
	private static Burst burstAndKill(ChildApplication a, ChildApplication b, Map<String, String> acknowledged,
			Step beforeKill, Step rightAfterKill) throws InterruptedException, SQLException {
		Map<String, String> inBurst = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<String> otherAnswers = new ConcurrentLinkedQueue<>();
		AtomicInteger sent = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			for (int i = 0; i < CLIENTS; i++) {
				clients.execute(() -> {
					int afterKill = 0;
					while (afterKill < 5) {
						ChildApplication node = (sent.getAndIncrement() % 2 == 0 && a.process().isAlive()) ? a : b;
						if (!a.process().isAlive()) {
							afterKill++;
						}
						try {
							HttpResponse<String> response = submit(node);
							if (response.statusCode() == 201) {
								JsonNode receipt = readTree(response.body());
								inBurst.put(receipt.get("trackingNumber").asText(), receipt.get("accessCode").asText());
							}
							else {
								otherAnswers.add(response.statusCode() + " " + response.body());
							}
						}
						catch (IOException ex) {
							if (node == b) {
								otherAnswers.add("node B: " + ex);
							}
							// Node A is gone: a request it never answered was never
							// acknowledged.
						}
					}
				});
			}
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
			while (inBurst.size() < KILL_AFTER_ACKNOWLEDGED && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			beforeKill.run();
			a.kill();
			// Before the survivor can take them over: the locks the dead node left.
			rightAfterKill.run();
		}
		finally {
			clients.shutdown();
			assertThat(clients.awaitTermination(120, TimeUnit.SECONDS)).as("clients stopped").isTrue();
		}
		assertThat(inBurst).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);
		acknowledged.putAll(inBurst);
		return new Burst(List.copyOf(otherAnswers));
	}

	/**
	 * Puts one timer of each complaint, and the stage clock it watches, in the past, all
	 * in one transaction: the timers fall due together, as after a night without work.
	 */
	private static void makeDue(Connection db, List<String> warned, List<String> breached) throws SQLException {
		db.setAutoCommit(false);
		try (PreparedStatement warnings = db
			.prepareStatement("update stage_clock set warn_at = now() - interval '1 minute'"
					+ " where stage = 'VERIFICATION' and complaint_id in (select id from complaint where tracking_number = any(?))");
				PreparedStatement breaches = db.prepareStatement(
						"update stage_clock set warn_at = now() - interval '2 minutes', due_at = now() - interval '1 minute'"
								+ " where stage = 'VERIFICATION' and complaint_id in"
								+ " (select id from complaint where tracking_number = any(?))");
				PreparedStatement jobs = db.prepareStatement("update act_ru_job set duedate_ = now() where id_ in"
						+ " (select j.id_ from act_ru_job j join act_ru_jobdef d on j.job_def_id_ = d.id_"
						+ " join act_ru_execution e on j.process_instance_id_ = e.id_"
						+ " where (d.act_id_ = ? and e.business_key_ = any(?)) or (d.act_id_ = ? and e.business_key_ = any(?)))")) {
			warnings.setArray(1, db.createArrayOf("varchar", warned.toArray()));
			assertThat(warnings.executeUpdate()).as("clocks to warn").isEqualTo(warned.size());
			breaches.setArray(1, db.createArrayOf("varchar", breached.toArray()));
			assertThat(breaches.executeUpdate()).as("clocks to breach").isEqualTo(breached.size());
			jobs.setString(1, WARNING);
			jobs.setArray(2, db.createArrayOf("varchar", warned.toArray()));
			jobs.setString(3, OVERDUE);
			jobs.setArray(4, db.createArrayOf("varchar", breached.toArray()));
			assertThat(jobs.executeUpdate()).as("timers made due").isEqualTo(warned.size() + breached.size());
			db.commit();
		}
		finally {
			db.setAutoCommit(true);
		}
	}

	/** Waits until the node's job executor has locked a due timer. */
	private static void awaitLocks(Connection db, long pid) throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (lockedBy(db, pid).isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(2);
		}
	}

	private static Set<String> lockedBy(Connection db, long pid) throws SQLException {
		Set<String> jobs = new HashSet<>();
		try (PreparedStatement query = db
			.prepareStatement("select id_ from act_ru_job where lock_owner_ like ? and lock_exp_time_ is not null"
					+ " and handler_type_ = 'timer-transition'")) {
			query.setString(1, "%:" + pid + ":%");
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					jobs.add(rows.getString(1));
				}
			}
		}
		return jobs;
	}

	private static void awaitNoDueJobs(Connection db, Duration timeout) throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		// The history cleanup's own job is left out: it is due again and again in its
		// window.
		String due = "select count(*) from act_ru_job where (duedate_ is null or duedate_ <= now())"
				+ " and handler_type_ <> 'history-cleanup'";
		while (count(db, due) > 0 && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
		assertThat(count(db, due)).as("jobs still due after " + timeout).isZero();
	}

	private static long historyEntries(Connection db, String number, String event) throws SQLException {
		return count(db,
				"select count(*) from state_change s join complaint c on s.complaint_id = c.id"
						+ " where c.tracking_number = ? and s.event = ? and s.note = 'sla.stage.VERIFICATION'",
				number, event);
	}

	/** Logs in on a node's login form; answers the session cookie. */
	private static String staffLogin(ChildApplication node) {
		HttpResponse<String> form = node.get("/login", Map.of());
		String cookie = sessionCookie(form).orElseThrow();
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> login = call(HttpRequest.newBuilder(node.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString("username=verifikator&password=demo&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		// A new session id after the login (session fixation), still the database's.
		return sessionCookie(login).orElse(cookie);
	}

	private static Optional<String> sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("set-cookie")
			.stream()
			.filter((c) -> c.startsWith("JSESSIONID="))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.findFirst();
	}

	/** The Tasklist's own call for the size of a queue, in the given session. */
	private static int camundaUser(ChildApplication node, String cookie) {
		return node
			.get("/camunda/api/engine/engine/default/task/count",
					Map.of("Cookie", cookie, "Accept", "application/json"))
			.statusCode();
	}

	private static long count(Connection db, String sql, String... parameters) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				query.setString(i + 1, parameters[i]);
			}
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	/**
	 * A database of its own beside the suite's, on the same server: a fresh start is the
	 * case where two nodes race to create everything.
	 */
	private static String freshDatabase() throws SQLException {
		String suite = System.getProperty("PENGADUAN_TEST_DB_URL", System.getenv()
			.getOrDefault("PENGADUAN_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/pengaduan_test"));
		String server = suite.substring(0, suite.lastIndexOf('/') + 1);
		String name = suite.substring(suite.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_two_nodes";
		try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name);
		}
		return server + name;
	}

	private static HttpResponse<String> submit(ChildApplication node) throws IOException {
		return send(node.submitRequest());
	}

	private record Burst(List<String> otherAnswers) {
	}

	@FunctionalInterface
	private interface Step {

		void run() throws SQLException, InterruptedException;

	}

}
