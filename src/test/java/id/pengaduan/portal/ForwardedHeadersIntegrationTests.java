package id.pengaduan.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no trusted proxy configured (the production default), X-Forwarded-* headers are a
 * client's claim and are ignored: nobody escapes the per-address limit or redirects a
 * visitor to another host with a header.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.tomcat.remoteip.internal-proxies=")
class ForwardedHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PortalProperties properties;

	@Autowired
	ComplaintTasks tasks;

	@Test
	void aForgedForwardedForDoesNotEscapeTheSubmitLimit() {
		// A window of its own far ahead, so earlier runs on the same database do not
		// count.
		Instant window = Instant.parse("2040-01-01T00:00:00Z")
			.plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(3000)));
		this.tasks.runAt(window, () -> {
			int accepted = 0;
			for (int i = 0; i <= this.properties.submitLimit(); i++) {
				// Every request claims another address; the server sees the same one.
				PortalSession citizen = PortalSession.open(this.port);
				if (citizen
					.postMultipart("/pengaduan/baru", PortalSession.validComplaint(citizen.get("/pengaduan/baru")),
							List.of())
					.status() == 302) {
					accepted++;
				}
			}

			assertThat(accepted).isEqualTo(this.properties.submitLimit());
		});
	}

	@Test
	void aForgedHostIsNeverSentBackAsARedirect() throws IOException {
		String plain = rawGet("/staff/complaints", Map.of("Host", "evil.example"));
		String forwarded = rawGet("/staff/complaints", Map.of("Host", "localhost:" + this.port, "X-Forwarded-Host",
				"evil.example", "X-Forwarded-Proto", "https"));

		assertThat(plain).startsWith("HTTP/1.1 302").containsIgnoringCase("Location: /login").doesNotContain("evil");
		assertThat(forwarded).startsWith("HTTP/1.1 302")
			.containsIgnoringCase("Location: /login")
			.doesNotContain("evil");
	}

	/** A raw request: Java's HTTP client will not send a Host header of our choosing. */
	private String rawGet(String path, Map<String, String> headers) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
			headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
			request.append("Connection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
