package id.pengaduan.bench;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The application in a JVM of its own, as production runs it: its main class on the
 * main classpath (no test classes), the given arguments, its log in the output folder.
 */
final class AppNode implements AutoCloseable {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern TRACKING_NUMBER = Pattern.compile("\"trackingNumber\":\"([^\"]+)\"");

	private final Process process;

	private final String base;

	private final Path output;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private AppNode(Process process, String base, Path output) {
		this.process = process;
		this.base = base;
		this.output = output;
	}

	static AppNode start(String name, Path output, List<String> arguments, List<String> jvmOptions)
			throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String mainClasses = System.getProperty("bench.classes");
		// The test classpath minus the test classes: the jar's classpath, without
		// src/test/resources' configuration.
		String classpath = Arrays.stream(System.getProperty("surefire.test.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
		if (!classpath.contains(mainClasses)) {
			classpath = mainClasses + File.pathSeparator + classpath;
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(classpath);
		command.add("id.pengaduan.PengaduanApplication");
		command.add("--server.port=" + port);
		command.addAll(arguments);
		Path log = output.resolve(name + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		AppNode node = new AppNode(process, "http://127.0.0.1:" + port, output);
		try {
			node.awaitReady(log);
		}
		catch (IllegalStateException | IOException | InterruptedException ex) {
			// A node that did not start in time must not outlive the benchmark.
			process.destroyForcibly();
			throw ex;
		}
		return node;
	}

	private void awaitReady(Path log) throws InterruptedException, IOException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application stopped; see " + log);
			}
			try {
				if (get("/login", null).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException("The application did not start within 4 minutes; see " + log);
	}

	long pid() {
		return this.process.pid();
	}

	/**
	 * Submits one complaint from {@code clientAddress}; answers its tracking number, or
	 * null unless 201.
	 */
	String submit(String clientAddress, String json) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.base + "/api/complaints"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", clientAddress)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
		if (response.statusCode() != 201) {
			if (response.statusCode() >= 500) {
				throw new ServerError(response.statusCode() + " " + response.body());
			}
			return null;
		}
		Matcher number = TRACKING_NUMBER.matcher(response.body());
		return number.find() ? number.group(1) : null;
	}

	HttpResponse<String> post(String path, String basicUser, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		basic(request, basicUser);
		return send(request.build());
	}

	HttpResponse<String> get(String path, String basicUser) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(180));
		basic(request, basicUser);
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	/** A staff member's browser: logged in through the form, with its session cookie. */
	Session login(String user, String password) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = browser
			.send(HttpRequest.newBuilder(URI.create(this.base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String form = "username=" + user + "&password=" + password + "&_csrf=" + csrf.group(1);
		HttpResponse<String> answer = browser.send(
				HttpRequest.newBuilder(URI.create(this.base + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Login of " + user + " failed: " + answer.statusCode() + " " + location);
		}
		return new Session(browser, this.base);
	}

	private static void basic(HttpRequest.Builder request, String user) {
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Starts a JFR recording in the application's JVM (the profile settings). */
	void startRecording(String name) throws IOException, InterruptedException {
		jcmd("JFR.start", "name=" + name, "settings=profile");
	}

	Path stopRecording(String name) throws IOException, InterruptedException {
		Path file = this.output.resolve(name + ".jfr").toAbsolutePath();
		jcmd("JFR.stop", "name=" + name, "filename=" + file);
		return file;
	}

	private void jcmd(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
		command.add(Long.toString(this.process.pid()));
		command.addAll(List.of(arguments));
		Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (jcmd.waitFor() != 0) {
			throw new IllegalStateException("jcmd failed: " + out);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	static String logTail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	/** A logged-in browser session. */
	record Session(HttpClient browser, String base) {

		HttpResponse<String> get(String path) {
			try {
				return this.browser.send(
						HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(180)).build(),
						HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** A 5xx answer: the benchmark fails on it, as on a lost complaint. */
	static class ServerError extends RuntimeException {

		ServerError(String message) {
			super(message);
		}

	}

}
