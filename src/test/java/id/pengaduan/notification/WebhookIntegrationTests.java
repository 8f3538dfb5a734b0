package id.pengaduan.notification;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import id.pengaduan.Citizen;
import id.pengaduan.complaint.Complaints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook channel against a real HTTP server in the test JVM: it receives the message
 * as signed JSON, and a 500 is retried after the back-off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pengaduan.notification.first-retry=PT1M" })
class WebhookIntegrationTests {

	static final String SECRET = "webhook-test-secret-of-32-characters!";

	static final int HTTP_PORT = Mailbox.freePort();

	static final List<Received> received = new CopyOnWriteArrayList<>();

	/** How many of the next requests the gateway refuses with a 500. */
	static final AtomicInteger failures = new AtomicInteger();

	static HttpServer gateway;

	@LocalServerPort
	int port;

	@Autowired
	OutboxSender sender;

	@Autowired
	Notifications notifications;

	@Autowired
	Complaints complaints;

	@Autowired
	id.pengaduan.workflow.ComplaintTasks tasks;

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		registry.add("pengaduan.notification.webhook.url", () -> "http://127.0.0.1:" + HTTP_PORT + "/sms");
		registry.add("pengaduan.notification.webhook.secret", () -> SECRET);
	}

	@BeforeAll
	static void startGateway() throws IOException {
		gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", HTTP_PORT), 0);
		gateway.createContext("/sms", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			received.add(new Received(new String(body, StandardCharsets.UTF_8),
					exchange.getRequestHeaders().getFirst("X-Pengaduan-Signature"),
					exchange.getRequestHeaders().getFirst("Idempotency-Key")));
			int status = (failures.getAndUpdate((left) -> Math.max(left - 1, 0)) > 0) ? 500 : 204;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		gateway.start();
	}

	@AfterAll
	static void stopGateway() {
		gateway.stop(0);
	}

	@Test
	void theGatewayReceivesASignedMessageAndARetryAfterA500() throws Exception {
		String phone = "0812" + (10000000 + (int) (Math.random() * 89999999));
		failures.set(1);
		Citizen.Receipt receipt = Citizen.submit(this.port,
				Map.of("complainant", Map.of("name", "Wulan Sari", "phone", phone)));
		String number = receipt.trackingNumber();

		Mailbox.sendUntil(this.sender, () -> !forNumber(number).isEmpty());
		assertThat(forNumber(number)).hasSize(1);
		assertThat(webhookReceipt(number).status()).isEqualTo("PENDING");
		assertThat(webhookReceipt(number).lastError()).contains("HTTP 500");

		// After the back-off the same message comes again, and is taken.
		java.time.Instant later = java.time.Instant.now().plusSeconds(61);
		this.tasks.runAt(later, () -> Mailbox.sendUntil(this.sender, () -> forNumber(number).size() == 2));
		List<Received> calls = forNumber(number);
		assertThat(calls).hasSize(2);
		assertThat(calls.get(1).body()).isEqualTo(calls.get(0).body());
		assertThat(calls.get(1).idempotencyKey()).isEqualTo(calls.get(0).idempotencyKey()).isNotBlank();
		assertThat(webhookReceipt(number).status()).isEqualTo("SENT");

		Received call = calls.get(1);
		assertThat(MessageDigest.isEqual(call.signature().getBytes(StandardCharsets.US_ASCII),
				("sha256=" + hmac(call.body())).getBytes(StandardCharsets.US_ASCII)))
			.as("signature")
			.isTrue();
		JsonNode json = new ObjectMapper().readTree(call.body());
		assertThat(json.get("kind").asText()).isEqualTo("RECEIPT");
		assertThat(json.get("to").get("phone").asText()).isEqualTo(phone);
		assertThat(json.get("language").asText()).isEqualTo("id");
		assertThat(json.get("text").asText()).contains(number).doesNotContain(receipt.accessCode());
	}

	private NotificationLogEntry webhookReceipt(String number) {
		return this.notifications
			.logOf(this.complaints.findByTrackingNumber(number).orElseThrow(), PageRequest.of(0, 20))
			.stream()
			.filter((entry) -> entry.kind() == MessageKind.RECEIPT && entry.channel().equals("WEBHOOK"))
			.findFirst()
			.orElseThrow();
	}

	private static List<Received> forNumber(String number) {
		return received.stream().filter((call) -> call.body().contains("\"" + number + "\"")).toList();
	}

	private static String hmac(String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}

	record Received(String body, String signature, String idempotencyKey) {
	}

}
