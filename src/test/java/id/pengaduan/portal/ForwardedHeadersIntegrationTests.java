package id.pengaduan.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no trusted proxy configured (the production default), X-Forwarded-* headers are a
 * client's claim and are ignored: nobody escapes the per-address limit or redirects a
 * visitor to another host with a header.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.remoteip.internal-proxies=",
				"pengaduan.intake.submit-limit=" + ForwardedHeadersIntegrationTests.SUBMIT_LIMIT })
class ForwardedHeadersIntegrationTests {

	static final int SUBMIT_LIMIT = 3;

	@LocalServerPort
	int port;

	@Test
	void aForgedForwardedForDoesNotEscapeTheSubmitLimit() {
		// The context's own rate-limit secret gives its buckets keys of their own, so
		// earlier runs on the same database do not count.
		int accepted = 0;
		for (int i = 0; i <= SUBMIT_LIMIT; i++) {
			// Every request claims another address; the server sees the same one.
			PortalSession citizen = PortalSession.open(this.port);
			if (citizen
				.postMultipart("/pengaduan/baru", PortalSession.validComplaint(citizen.get("/pengaduan/baru")),
						List.of())
				.status() == 302) {
				accepted++;
			}
		}

		assertThat(accepted).isEqualTo(SUBMIT_LIMIT);
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
