package id.pengaduan;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A citizen (or any other HTTP client) talking to the running application over real HTTP.
 * Shared steps as static helpers and one small value, not a base class.
 */
public final class Citizen {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private Citizen() {
	}

	/** A valid complaint body; tests change one field at a time. */
	public static Map<String, Object> validComplaint() {
		Map<String, Object> complainant = new java.util.LinkedHashMap<>();
		complainant.put("name", "Wulan Sari");
		complainant.put("nik", "3374010101900001");
		complainant.put("phone", "081234567890");
		complainant.put("email", "wulan@example.org");
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("category", "KESEHATAN");
		body.put("regionCode", "kota-semarang");
		body.put("location", "Puskesmas Halmahera");
		body.put("eventDate", "2026-11-01");
		body.put("description", "Loket pendaftaran puskesmas tutup pada jam layanan tanpa pemberitahuan.");
		body.put("anonymous", false);
		body.put("confidential", false);
		body.put("complainant", complainant);
		body.put("consent", true);
		return body;
	}

	public static Response post(int port, String path, Object body, Map<String, String> headers) {
		try {
			String text = (body instanceof String raw) ? raw : JSON.writeValueAsString(body);
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(text));
			headers.forEach(request::header);
			return send(request.build());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Any other method (PUT, DELETE) with a JSON body. */
	public static Response send(int port, String method, String path, String json, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		headers.forEach(request::header);
		return send(request.build());
	}

	public static Response get(int port, String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		headers.forEach(request::header);
		return send(request.build());
	}

	public static String basic(String user, String password) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** Submits a valid complaint changed by {@code changes}; answers the receipt. */
	public static Receipt submit(int port, Map<String, Object> changes) {
		Map<String, Object> body = validComplaint();
		body.putAll(changes);
		Response response = post(port, "/api/complaints", body, Map.of());
		if (response.status() != 201) {
			throw new AssertionError("Submit failed: " + response.status() + " " + response.body());
		}
		return new Receipt(response.json().get("trackingNumber").asText(), response.json().get("accessCode").asText());
	}

	private static Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers().map());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Receipt(String trackingNumber, String accessCode) {

		public Map<String, String> header() {
			return Map.of("X-Access-Code", this.accessCode);
		}

	}

	public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

		public JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (java.io.IOException ex) {
				throw new AssertionError("Not JSON: " + this.body, ex);
			}
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

}
