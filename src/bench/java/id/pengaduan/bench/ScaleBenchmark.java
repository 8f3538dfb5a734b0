package id.pengaduan.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale benchmark of issue 13 (docs/performance.md): the application in a JVM of its
 * own against a bare engine with the same process shape, taking turns, on PostgreSQL
 * (and H2 for intake). Writes {@code target/bench/results.md} and the JFR profiles of
 * intake and completion ({@code target/bench/profile.md}); fails if a complaint the
 * application acknowledged is missing, or if it answered 5xx.
 */
class ScaleBenchmark {

	private static final String PG = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432/");

	/**
	 * Prefix of the two databases it drops and creates: {@code -Dbench.db=pengaduan_bench_x}
	 * lets two people on one server run it at once.
	 */
	private static final String DB = System.getProperty("bench.db", "pengaduan_bench");

	private static final String APP_DB = DB + "_app";

	private static final String BARE_DB = DB + "_bare";

	private static final String[] CATEGORIES = { "KESEHATAN", "ADMINISTRASI_KEPENDUDUKAN", "LAYANAN_RUMAH_SAKIT",
			"INFRASTRUKTUR" };

	private static final String[] REGIONS = { "kota-semarang", "kota-surakarta", "kab-klaten", "kab-kendal" };

	/**
	 * Each client thread is a citizen with an address of its own, as the reverse proxy
	 * reports it ({@code X-Forwarded-For}): with one address for all, every intake queued
	 * on that address's rate-limit row, which no crowd of citizens does.
	 */
	private static final AtomicInteger CITIZENS = new AtomicInteger();

	private static final ThreadLocal<String> CITIZEN = ThreadLocal.withInitial(() -> {
		int n = CITIZENS.incrementAndGet() % 65_000;
		return "10.13." + (n / 250) + "." + (1 + n % 250);
	});

	private final Preset preset = Preset.of(System.getProperty("bench.preset", "ci"));

	private final Path output = Path.of(System.getProperty("bench.output", "target/bench")).toAbsolutePath();

	private final Set<String> accepted = ConcurrentHashMap.newKeySet();

	private final AtomicInteger serverErrors = new AtomicInteger();

	private final StringBuilder table = new StringBuilder();

	private AppNode app;

	private final StringBuilder notes = new StringBuilder();

	private final StringBuilder profile = new StringBuilder("# JFR profiles of the application\n\n");

	@Test
	void measures() throws Exception {
		Files.createDirectories(this.output);
		String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
		long started = System.nanoTime();
		this.table.append("| Figure | Application | p50 ms | p99 ms | Bare engine | p50 ms | p99 ms | Ratio |\n")
			.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
		List<String> lost;
		recreate(APP_DB);
		recreate(BARE_DB);
		try (BareEngine bare = new BareEngine(PG + BARE_DB, "postgres", 10);
				AppNode app = AppNode.start("app-postgres", this.output, appArguments(true), jvmOptions());
				HikariDataSource appPool = pool(PG + APP_DB, "postgres")) {
			JdbcTemplate appDb = new JdbcTemplate(appPool);
			this.app = app;
			intake(app, bare, "PostgreSQL", true);
			boolean completed = false;
			for (int size : this.preset.openSizes()) {
				if (!completed && size > this.preset.waiting()) {
					completion(app, appDb, bare);
					timers(appDb, bare);
					completed = true;
				}
				fill(appDb, size);
				pages(app, appDb);
			}
			if (!completed) {
				completion(app, appDb, bare);
				timers(appDb, bare);
			}
			if (this.preset.openSizes().isEmpty()) {
				pages(app, appDb);
			}
			lost = lost(appDb, "PostgreSQL");
		}
		if (this.preset.h2()) {
			lost = new ArrayList<>(lost);
			lost.addAll(h2Intake());
		}
		String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
		write(loadBefore, loadAfter, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), lost);
		assertThat(lost).as("acknowledged complaints without their row, process or task").isEmpty();
		assertThat(this.serverErrors).as("5xx answers of the application").hasValue(0);
	}

	private void intake(AppNode app, BareEngine bare, String database, boolean record)
			throws IOException, InterruptedException {
		IntPredicate appIntake = this::submit;
		IntPredicate bareStart = bare::start;
		Run.of(4, this.preset.warmup(), appIntake);
		Run.of(4, this.preset.warmup(), bareStart);
		if (record) {
			app.startRecording("intake");
		}
		for (int clients : new int[] { 1, 4, 16 }) {
			List<Run> appRuns = new ArrayList<>();
			List<Run> bareRuns = new ArrayList<>();
			for (int round = 0; round < this.preset.rounds(); round++) {
				appRuns.add(Run.of(clients, this.preset.intakeOps(), appIntake));
				bareRuns.add(Run.of(clients, this.preset.intakeOps(), bareStart));
			}
			row("Intake at %d clients, %s".formatted(clients, database), Run.merge(appRuns), Run.merge(bareRuns));
			log("intake at %d clients on %s done".formatted(clients, database));
		}
		if (record) {
			this.profile.append(Flight.summary("Intake (1, 4 and 16 clients, PostgreSQL)", app.stopRecording("intake")));
		}
	}

	private boolean submit(int i) {
		try {
			String number = submitOne(this.app, i);
			if (number == null) {
				return false;
			}
			this.accepted.add(number);
			return true;
		}
		catch (AppNode.ServerError ex) {
			this.serverErrors.incrementAndGet();
			log("5xx: " + ex.getMessage());
			return false;
		}
	}

	private String submitOne(AppNode node, int i) {
		return node.submit(CITIZEN.get(), """
				{"category": "%s", "regionCode": "%s", "location": "Jl. Pemuda %d",
				 "description": "Loket pendaftaran tutup pada jam layanan tanpa pemberitahuan (%d).",
				 "complainant": {"name": "Warga %d", "phone": "081234567890"}, "consent": true}"""
			.formatted(CATEGORIES[i % CATEGORIES.length], REGIONS[i % REGIONS.length], i, i, i));
	}

	/** Submits complaints at 8 clients until the database holds {@code size}. */
	private void fill(JdbcTemplate db, int size) {
		long start = System.nanoTime();
		int have;
		while ((have = count(db, "select count(*) from complaint")) < size) {
			int batch = Math.min(size - have, 2_000);
			Run.of(8, batch, this::submit);
			log("filled to %d of %d complaints".formatted(have + batch, size));
		}
		note("Filling to %d complaints took %d s.".formatted(size,
				TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)));
	}

	private void completion(AppNode node, JdbcTemplate db, BareEngine bare) throws IOException, InterruptedException {
		int needed = this.preset.waiting();
		String verify = "select count(*) from act_ru_task where task_def_key_ = 'Task_VerifyComplaint'";
		while (count(db, verify) < needed) {
			int missing = needed - count(db, verify);
			Run.of(8, Math.min(missing, 2_000), this::submit);
			log("%d verification tasks waiting".formatted(count(db, verify)));
		}
		int bareWaiting = count(bare.jdbc(), verify);
		if (bareWaiting < needed) {
			Run.of(4, needed - bareWaiting, bare::start);
		}
		int total = this.preset.completions() * this.preset.rounds();
		List<Map<String, Object>> appTasks = db.queryForList("select t.id_ as id, c.category as category"
				+ " from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
				+ " join complaint c on c.tracking_number = e.business_key_"
				+ " where t.task_def_key_ = 'Task_VerifyComplaint' order by t.create_time_ limit " + total);
		List<String> bareTasks = bare.jdbc()
			.queryForList("select id_ from act_ru_task where task_def_key_ = 'Task_VerifyComplaint'"
					+ " order by create_time_ limit " + total, String.class);
		int appWaiting = count(db, verify);
		node.startRecording("completion");
		List<Run> appRuns = new ArrayList<>();
		List<Run> bareRuns = new ArrayList<>();
		int per = this.preset.completions();
		for (int round = 0; round < this.preset.rounds(); round++) {
			int offset = round * per;
			appRuns.add(Run.of(4, per, (i) -> complete(node, appTasks.get(offset + i))));
			bareRuns.add(Run.of(4, per, (i) -> bare.complete(bareTasks.get(offset + i))));
		}
		this.profile
			.append(Flight.summary("Completing the verification task (4 clients)", node.stopRecording("completion")));
		row("Completing the verification task, 4 clients, %d waiting".formatted(appWaiting), Run.merge(appRuns),
				Run.merge(bareRuns));
		note("Completion measured with %d verification tasks waiting in the application, %d in the bare engine."
			.formatted(appWaiting, count(bare.jdbc(), verify) + total));
		log("completion done");
	}

	private boolean complete(AppNode node, Map<String, Object> task) {
		HttpResponse<String> response = node.post("/engine-rest/task/" + task.get("id") + "/complete",
				BareEngine.VERIFIER, """
						{"variables": {"verificationOutcome": {"value": "VALID"}, "category": {"value": "%s"},
						 "supervisoryContent": {"value": false}, "verificationNote": {"value": "Berkas lengkap."}}}"""
					.formatted(task.get("category")));
		if (response.statusCode() >= 500) {
			this.serverErrors.incrementAndGet();
			log("completion 5xx: " + response.body());
		}
		return response.statusCode() == 204;
	}

	/** The verifier's and an SKPD's queue as the Tasklist asks, the staff list, the dashboard. */
	private void pages(AppNode node, JdbcTemplate db) throws IOException, InterruptedException {
		int open = count(db, "select count(*) from complaint");
		int samples = this.preset.samples();
		for (String[] queue : new String[][] { { "verifikator", "verifikator" },
				{ "dinkes.penghubung", "dinkes-penghubung" } }) {
			String query = "candidateGroup=" + queue[1];
			latencyRow("`%s`'s queue, first 50, %d complaints".formatted(queue[0], open),
					Run.of(1, samples, (i) -> ok(node, "/engine-rest/task?" + query
							+ "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=50", queue[0])));
			latencyRow("`%s`'s queue, count, %d complaints".formatted(queue[0], open),
					Run.of(1, samples, (i) -> ok(node, "/engine-rest/task/count?" + query, queue[0])));
		}
		AppNode.Session secretary = node.login("sekda", "demo");
		for (String page : new String[] { "/staff/complaints", "/staff/dashboard" }) {
			AtomicInteger bytes = new AtomicInteger();
			Run run = Run.of(1, Math.max(3, samples / 2), (i) -> {
				HttpResponse<String> response = secretary.get(page);
				bytes.set(response.body().length());
				return response.statusCode() == 200;
			});
			latencyRow("`%s` as `sekda`, %d complaints (%d KB)".formatted(page, open, bytes.get() / 1024), run);
		}
		log("pages at %d complaints done".formatted(open));
	}

	private static boolean ok(AppNode node, String path, String user) {
		try {
			return node.get(path, user).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Makes {@code timers} SLA timers due at once (their due date moved to a second ago)
	 * and measures how long the job executor takes to fire them all, and then to finish
	 * the asynchronous steps they lead to.
	 */
	private void timers(JdbcTemplate db, BareEngine bare) throws InterruptedException {
		Drain appDrain = drain(db, this.preset.timers());
		bare.configuration().getJobExecutor().start();
		// Both job executors have idled before their timers come due.
		Thread.sleep(5_000);
		Drain bareDrain = drain(bare.jdbc(), this.preset.timers());
		bare.configuration().getJobExecutor().shutdown();
		this.table.append("| %d SLA timers due at once: all fired | %s | | | %s | | | %s |%n".formatted(appDrain.timers,
				seconds(appDrain.firedSeconds), seconds(bareDrain.firedSeconds),
				ratio(bareDrain.firedSeconds / appDrain.firedSeconds)));
		this.table.append("| … and every job they led to done | %s | | | %s | | | |%n"
			.formatted(seconds(appDrain.doneSeconds), seconds(bareDrain.doneSeconds)));
		note("Timers: the application fired %d, %d jobs failed (with an exception), %d still due at the end."
			.formatted(appDrain.timers, appDrain.failed, appDrain.left));
		log("timers done");
	}

	private record Drain(int timers, double firedSeconds, double doneSeconds, int failed, int left) {
	}

	private Drain drain(JdbcTemplate db, int timers) throws InterruptedException {
		Timestamp due = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1));
		String chosen = "select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
				+ " where j.type_ = 'timer' and d.act_id_ like 'BoundaryEvent_%' and j.duedate_ > ?"
				+ " order by case when d.act_id_ like '%Warning' then 0 else 1 end, j.id_ limit " + timers;
		int made = db.update("update act_ru_job set duedate_ = ? where id_ in (" + chosen + ")", due,
				Timestamp.from(due.toInstant().plusSeconds(2)));
		long start = System.nanoTime();
		long limit = start + TimeUnit.SECONDS.toNanos(Math.max(180, timers / 10));
		double fired = Double.NaN;
		double done = Double.NaN;
		int left = 0;
		String dueWork = "select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1"
				+ " and (duedate_ is null or duedate_ <= ?)";
		while (System.nanoTime() < limit) {
			Thread.sleep(250);
			double elapsed = (System.nanoTime() - start) / 1e9;
			if (Double.isNaN(fired)
					&& count(db, "select count(*) from act_ru_job where type_ = 'timer' and duedate_ = ?", due) == 0) {
				fired = elapsed;
			}
			left = count(db, dueWork, Timestamp.from(Instant.now()));
			if (!Double.isNaN(fired) && left == 0) {
				done = elapsed;
				break;
			}
		}
		int failed = count(db, "select count(*) from act_ru_job where exception_msg_ is not null");
		return new Drain(made, fired, done, failed, left);
	}

	private List<String> lost(JdbcTemplate db, String database) {
		Set<String> stored = new HashSet<>(db.queryForList(
				"select tracking_number from complaint where process_instance_id is not null", String.class));
		Set<String> withTask = new HashSet<>(db.queryForList("select distinct e.business_key_ from act_ru_task t"
				+ " join act_ru_execution e on e.id_ = t.proc_inst_id_", String.class));
		List<String> lost = new ArrayList<>();
		for (String number : this.accepted) {
			if (!stored.contains(number) || !withTask.contains(number)) {
				lost.add(number);
			}
		}
		note("%d complaints acknowledged (201) on %s, %d of them lost (no row, no process or no task)."
			.formatted(this.accepted.size(), database, lost.size()));
		return lost;
	}

	/** Intake on H2 files: the application's embedded default against a bare engine on H2. */
	private List<String> h2Intake() throws Exception {
		Path appFolder = this.output.resolve("h2-app");
		Path bareFolder = this.output.resolve("h2-bare");
		FileSystemUtils.deleteRecursively(appFolder);
		FileSystemUtils.deleteRecursively(bareFolder);
		this.accepted.clear();
		try (BareEngine bare = new BareEngine(
				"jdbc:h2:file:" + bareFolder.resolve("bare") + ";NON_KEYWORDS=VALUE;WRITE_DELAY=0", "sa", 10)) {
			List<String> arguments = new ArrayList<>(appArguments(false));
			arguments.add("--pengaduan.data-folder=" + appFolder);
			try (AppNode node = AppNode.start("app-h2", this.output, arguments, jvmOptions())) {
				this.app = node;
				intake(node, bare, "H2 file", false);
			}
		}
		try (HikariDataSource h2 = pool("jdbc:h2:file:" + appFolder.resolve("pengaduan") + ";NON_KEYWORDS=VALUE",
				"sa")) {
			return lost(new JdbcTemplate(h2), "H2");
		}
	}

	private List<String> appArguments(boolean postgres) {
		List<String> arguments = new ArrayList<>();
		if (postgres) {
			arguments.add("--spring.profiles.active=postgres");
			arguments.add("--spring.datasource.url=" + PG + APP_DB);
		}
		// The demo's logins (password "demo"), no demo complaints.
		arguments.add("--pengaduan.demo.enabled=true");
		arguments.add("--pengaduan.demo.complaints=false");
		// The benchmark is one client address: the portal's per-address limit would
		// stop it.
		arguments.add("--pengaduan.intake.submit-limit=100000000");
		// The benchmark's clients send their own address as a reverse proxy would.
		arguments.add("--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1");
		String extra = System.getProperty("bench.app.args", "");
		if (!extra.isBlank()) {
			arguments.addAll(List.of(extra.strip().split("\\s+")));
		}
		return arguments;
	}

	private static List<String> jvmOptions() {
		List<String> options = new ArrayList<>(List.of("-Xmx1g", "-XX:+FlightRecorder"));
		String extra = System.getProperty("bench.jvm.args", "");
		if (!extra.isBlank()) {
			options.addAll(List.of(extra.strip().split("\\s+")));
		}
		return options;
	}

	private static void recreate(String database) {
		try (HikariDataSource admin = pool(PG + "postgres", "postgres")) {
			JdbcTemplate jdbc = new JdbcTemplate(admin);
			jdbc.execute("drop database if exists " + database + " with (force)");
			jdbc.execute("create database " + database);
		}
	}

	private static HikariDataSource pool(String url, String user) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername(user);
		config.setPassword(url.startsWith("jdbc:h2") ? "" : null);
		config.setMaximumPoolSize(2);
		return new HikariDataSource(config);
	}

	private static int count(JdbcTemplate db, String sql, Object... arguments) {
		Integer count = db.queryForObject(sql, Integer.class, arguments);
		return (count != null) ? count : 0;
	}

	private void row(String figure, Run app, Run bare) {
		this.table.append("| %s | %.0f/s%s | %.0f | %.0f | %.0f/s | %.0f | %.0f | %s |%n".formatted(figure,
				app.perSecond(), (app.errors() > 0) ? " (" + app.errors() + " errors)" : "",
				app.percentileMillis(50), app.percentileMillis(99), bare.perSecond(), bare.percentileMillis(50),
				bare.percentileMillis(99), ratio(app.perSecond() / bare.perSecond())));
	}

	private void latencyRow(String figure, Run run) {
		this.table.append("| %s | p95 %.0f ms%s | %.0f | %.0f | – | | | |%n".formatted(figure,
				run.percentileMillis(95), (run.errors() > 0) ? " (" + run.errors() + " errors)" : "",
				run.percentileMillis(50), run.percentileMillis(99)));
	}

	private static String ratio(double value) {
		return Double.isNaN(value) || Double.isInfinite(value) ? "–" : "%.2f".formatted(value);
	}

	private static String seconds(double value) {
		return Double.isNaN(value) ? "not within the limit" : "%.1f s".formatted(value);
	}

	private void note(String text) {
		this.notes.append("- ").append(text).append('\n');
	}

	private static void log(String text) {
		System.out.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + text);
	}

	private void write(String loadBefore, String loadAfter, long seconds, List<String> lost) throws IOException {
		String machine = "%d cores, %s, Java %s, load average %s before and %s after, %d s in all".formatted(
				Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.version"), loadBefore,
				loadAfter, seconds);
		String results = "# Scale benchmark, preset `%s`%n%n%s.%n%n%s%n%s%n%s".formatted(this.preset.name(), machine,
				this.table, this.notes, lost.isEmpty() ? "" : "Lost: " + lost + "\n");
		Files.writeString(this.output.resolve("results.md"), results);
		Files.writeString(this.output.resolve("profile.md"), this.profile);
		System.out.println(results);
	}

	private static String memory() throws IOException {
		return Files.readAllLines(Path.of("/proc/meminfo"))
			.stream()
			.filter((line) -> line.startsWith("MemTotal"))
			.map((line) -> (Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024) + " GB RAM")
			.findFirst()
			.orElse("RAM unknown");
	}

}
