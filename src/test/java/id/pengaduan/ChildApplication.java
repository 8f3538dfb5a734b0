package id.pengaduan;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application in its own JVM, on the test's class path, listening on loopback only:
 * what a test needs to kill a node with SIGKILL. Its output goes to
 * {@code target/child-jvm/<name>.log}. Shared by the tests that start real nodes.
 */
public record ChildApplication(String name, Process process, int port, Path log) implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Whether this test run is on PostgreSQL (the postgres Maven profile). */
	public static boolean onPostgres() {
		return System.getProperty("spring.profiles.active", "").contains("postgres");
	}

	/**
	 * Starts the JVM and returns at once; {@link #awaitReady} waits for it.
	 * @param folder working directory (not the project folder: there the JDK also finds
	 * processes/ on the class path, and the engine sees every BPMN twice)
	 * @param arguments application arguments beside the port and address
	 */
	public static ChildApplication launch(Path folder, String name, List<String> arguments) throws IOException {
		Path log = Path.of("target", "child-jvm", name + ".log");
		Files.createDirectories(log.getParent());
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						PengaduanApplication.class.getName(), "--server.port=" + port, "--server.address=127.0.0.1",
						"--management.endpoint.health.probes.enabled=true",
						// Children take bursts from one address; the rate limits would
						// refuse
						// most of them, and these tests are about durability, not limits.
						"--pengaduan.intake.submit-limit=100000", "--pengaduan.intake.tracking-limit=100000",
						"--pengaduan.intake.wrong-code-limit=100000"));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toAbsolutePath().toFile())
			.start();
		return new ChildApplication(name, process, port, log);
	}

	/** Launches and waits until the application answers ready. */
	public static ChildApplication start(Path folder, String name, List<String> arguments, Duration timeout)
			throws IOException, InterruptedException {
		ChildApplication child = launch(folder, name, arguments);
		child.awaitReady(timeout);
		return child;
	}

	public void awaitReady(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new AssertionError(
						"The child " + this.name + " stopped on start, see " + this.log.toAbsolutePath());
			}
			if (isReady()) {
				return;
			}
			Thread.sleep(250);
		}
		close();
		throw new AssertionError(
				"The child " + this.name + " did not start in " + timeout + ", see " + this.log.toAbsolutePath());
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/** A citizen's valid complaint, as the JSON API takes it. */
	public HttpRequest.Builder submitRequest() {
		return HttpRequest.newBuilder(uri("/api/complaints"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json(Citizen.validComplaint())));
	}

	public HttpResponse<String> get(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		headers.forEach(request::header);
		return call(request);
	}

	/** {@link #send}, for a child that must answer. */
	public static HttpResponse<String> call(HttpRequest.Builder request) {
		try {
			return send(request);
		}
		catch (IOException ex) {
			throw new AssertionError("No answer from the child", ex);
		}
	}

	/** Sends with a 30 s time-out; an IOException means the child did not answer. */
	public static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
		try {
			return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	public static JsonNode readTree(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (IOException ex) {
			throw new AssertionError("Not JSON: " + body, ex);
		}
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** SIGKILL: no shutdown hook runs, nothing is flushed on the way out. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		assertThat(this.process.waitFor(30, TimeUnit.SECONDS)).as("child killed").isTrue();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

	private boolean isReady() {
		try {
			return HTTP
				.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).timeout(Duration.ofSeconds(10)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
