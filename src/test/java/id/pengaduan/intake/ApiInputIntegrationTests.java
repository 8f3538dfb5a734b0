package id.pengaduan.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input the API used to take (or answer with a 500): each is a 400 problem naming the
 * field, or a 413 for a body too large, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiInputIntegrationTests {

	private static final String NUL_MESSAGE = "karakter kendali NUL";

	@LocalServerPort
	int port;

	@Autowired
	Complaints complaints;

	@Autowired
	ComplaintTasks tasks;

	static Stream<Arguments> refused() {
		return Stream.of(Arguments
			.of("description", "Loket tutup\u0000 tanpa pemberitahuan sama sekali.", "description", NUL_MESSAGE),
				Arguments.of("location", "\u0000", "location", NUL_MESSAGE),
				Arguments.of("complainant", Map.of("name", "Wulan\u0000", "phone", "081234567890"), "complainant.name",
						NUL_MESSAGE),
				Arguments.of("category", 1, "category", "Nilai ini tidak dapat dibaca"),
				Arguments.of("category", "1", "category", "Nilai ini tidak dapat dibaca"),
				Arguments.of("consent", "true", "consent", "Nilai ini tidak dapat dibaca"),
				Arguments.of("eventDate", "0000-01-01", "eventDate", "terlalu lama"),
				Arguments.of("eventDate", "1900-06-01", "eventDate", "terlalu lama"),
				Arguments.of("eventDate", "+999999999-12-31", "eventDate", "tidak boleh di masa depan"),
				Arguments.of("priority", "TINGGI", "priority", "Isian ini tidak dikenal"));
	}

	@ParameterizedTest(name = "{0}={1} -> {2}")
	@MethodSource("refused")
	void refusedInputNamesTheFieldAndStoresNothing(String field, Object value, String expectedField,
			String expectedMessage) {
		Map<String, Object> body = new HashMap<>(Citizen.validComplaint());
		body.put(field, value);
		long before = this.complaints.count();

		Citizen.Response response = Citizen.post(this.port, "/api/complaints", body, Map.of());

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(elements(response.json().get("errors"))).anySatisfy((error) -> {
			assertThat(error.get("field").asText()).isEqualTo(expectedField);
			assertThat(error.get("message").asText()).contains(expectedMessage);
		});
		assertThat(this.complaints.count()).isEqualTo(before);
	}

	@Test
	void aNulCharacterInAReplyIsRefusedAndTheComplaintWaitsOn() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.verify(this.tasks, receipt.trackingNumber(), "INCOMPLETE", "Sebutkan nama petugas loket.");

		Citizen.Response response = Citizen.post(this.port,
				"/api/complaints/" + receipt.trackingNumber() + "/completion", Map.of("information", "Loket\u00003"),
				receipt.header());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("information");
		assertThat(response.json().get("errors").get(0).get("message").asText()).contains(NUL_MESSAGE);
		assertThat(this.complaints.findByTrackingNumber(receipt.trackingNumber()).orElseThrow().getState())
			.isEqualTo(ComplaintState.AWAITING_COMPLETION);
	}

	@Test
	void aTenMegabyteBodyIsRefusedBeforeItIsRead() throws IOException {
		long before = this.complaints.count();
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/complaints HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + (10 * 1024 * 1024) + "\r\nExpect: 100-continue\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

			assertThat(response).contains("HTTP/1.1 413")
				.contains("application/problem+json")
				.contains("Permintaan terlalu besar");
		}
		assertThat(this.complaints.count()).isEqualTo(before);
	}

	@Test
	void aChunkedBodyIsCappedByTheBytesRead() throws Exception {
		// A valid complaint whose description goes on past the limit, sent without a
		// length.
		Map<String, Object> body = new HashMap<>(Citizen.validComplaint());
		body.put("description", "Loket tutup. ".repeat(20_000));
		byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(body);
		long before = this.complaints.count();

		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/complaints"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(json)))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(json.length).isGreaterThan(200_000);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).get()
			.asString()
			.startsWith("application/problem+json");
		assertThat(this.complaints.count()).isEqualTo(before);
	}

	@Test
	void aComplaintOfTheLargestAllowedSizeStillGoesThrough() {
		Map<String, Object> body = new HashMap<>(Citizen.validComplaint());
		// 8000 characters, some of them written as six-byte \\uXXXX escapes.
		body.put("description", "\u0001".repeat(2000) + "é".repeat(6000));

		assertThat(Citizen.post(this.port, "/api/complaints", body, Map.of()).status()).isEqualTo(201);
	}

	private static List<JsonNode> elements(JsonNode array) {
		List<JsonNode> list = new java.util.ArrayList<>();
		array.forEach(list::add);
		return list;
	}

}
