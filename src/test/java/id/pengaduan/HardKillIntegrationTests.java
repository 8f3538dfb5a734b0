package id.pengaduan;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import id.pengaduan.workflow.ComplaintProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static id.pengaduan.ChildApplication.call;
import static id.pengaduan.ChildApplication.readTree;
import static id.pengaduan.ChildApplication.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint the application acknowledged is never lost: a real child JVM of the
 * application, on the default H2 file settings (or on the suite's PostgreSQL database
 * under the postgres-test profile), is killed with SIGKILL in the middle of a burst of
 * submissions and restarted on the same database. The child's output is in
 * {@code target/child-jvm/}.
 */
class HardKillIntegrationTests {

	private static final int CLIENTS = 6;

	// The kill falls in a steady burst: the clients are still submitting when it comes.
	private static final int KILL_AFTER_ACKNOWLEDGED = 25;

	private static final int MAX_REQUESTS_PER_CLIENT = 400;

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	@TempDir
	Path folder;

	@Test
	void everyAcknowledgedComplaintSurvivesAHardKillWithItsProcessAndItsNumberIsNeverIssuedAgain() throws Exception {
		Burst burst;
		try (ChildApplication first = startChild(this.folder, "first")) {
			burst = burstAndKill(first);
		}
		assertThat(burst.acknowledged()).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);
		assertThat(burst.otherAnswers()).as("answers other than 201 before the kill").isEmpty();

		try (ChildApplication second = startChild(this.folder, "second")) {
			List<String> lost = new ArrayList<>();
			List<String> withoutProcess = new ArrayList<>();
			burst.acknowledged().forEach((number, accessCode) -> {
				HttpResponse<String> tracking = second.get("/api/complaints/" + number,
						Map.of("X-Access-Code", accessCode));
				if (tracking.statusCode() != 200) {
					lost.add(number);
				}
				else if (!openTasks(second, number).equals(List.of(ComplaintProcess.TASK_VERIFY))) {
					withoutProcess.add(number);
				}
			});
			assertThat(lost).as("acknowledged with 201, not found after the restart").isEmpty();
			assertThat(withoutProcess).as("found after the restart, but not waiting for verification").isEmpty();

			Set<String> issuedAfterRestart = new HashSet<>();
			for (int i = 0; i < 5; i++) {
				HttpResponse<String> response = submit(second);
				assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
				issuedAfterRestart.add(readTree(response.body()).get("trackingNumber").asText());
			}
			assertThat(issuedAfterRestart).hasSize(5).doesNotContainAnyElementsOf(burst.acknowledged().keySet());
		}
	}

	/**
	 * Several clients submit until the child is gone; the child is killed once enough
	 * submissions were acknowledged, while the clients are still sending.
	 */
	private static Burst burstAndKill(ChildApplication child) throws InterruptedException {
		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<String> otherAnswers = new ConcurrentLinkedQueue<>();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			for (int i = 0; i < CLIENTS; i++) {
				clients.execute(() -> {
					for (int request = 0; request < MAX_REQUESTS_PER_CLIENT; request++) {
						HttpResponse<String> response;
						try {
							response = send(child.submitRequest());
						}
						catch (IOException ex) {
							// The child is gone.
							return;
						}
						if (response.statusCode() == 201) {
							JsonNode receipt = readTree(response.body());
							acknowledged.put(receipt.get("trackingNumber").asText(),
									receipt.get("accessCode").asText());
						}
						else {
							otherAnswers.add(response.statusCode() + " " + response.body());
						}
					}
				});
			}
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
			while (acknowledged.size() < KILL_AFTER_ACKNOWLEDGED && System.nanoTime() < deadline
					&& child.process().isAlive()) {
				Thread.sleep(5);
			}
			child.kill();
		}
		finally {
			clients.shutdown();
			assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("clients stopped").isTrue();
		}
		return new Burst(new TreeMap<>(acknowledged), List.copyOf(otherAnswers));
	}

	private static List<String> openTasks(ChildApplication child, String number) {
		HttpResponse<String> response = child.get("/engine-rest/task?processInstanceBusinessKey=" + number,
				Map.of("Authorization", Citizen.basic("verifikator", "demo")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<String> keys = new ArrayList<>();
		readTree(response.body()).forEach((task) -> keys.add(task.get("taskDefinitionKey").asText()));
		return keys;
	}

	private static HttpResponse<String> submit(ChildApplication child) {
		return call(child.submitRequest());
	}

	/** Tracking number to access code of every 201, and every other answer. */
	private record Burst(Map<String, String> acknowledged, List<String> otherAnswers) {
	}

	/**
	 * A child on the default H2 file settings, changing only the data folder; under the
	 * postgres-test profile on the suite's database.
	 */
	private static ChildApplication startChild(Path folder, String name) throws IOException, InterruptedException {
		List<String> arguments = new ArrayList<>(List.of("--pengaduan.demo.complaints=false",
				"--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.webapp.enabled=false"));
		arguments.add(ChildApplication.onPostgres() ? "--spring.profiles.active=postgres-test"
				: "--pengaduan.data-folder=" + folder);
		return ChildApplication.start(folder, "hard-kill-" + name, arguments, START_TIMEOUT);
	}

}
