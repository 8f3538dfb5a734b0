package id.pengaduan.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A citizen's browser without a browser: real HTTP with a cookie jar (the CSRF token
 * lives in the session), form posts and multipart uploads. Each session comes from its
 * own client address (X-Forwarded-For, as from the reverse proxy), so the submit limit of
 * one test never touches another's.
 */
final class PortalSession {

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final int port;

	private final String address;

	private String csrf;

	private PortalSession(int port, String address) {
		this.port = port;
		this.address = address;
	}

	/** A new visitor from a random address of the benchmarking range 198.18.0.0/15. */
	static PortalSession open(int port) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return from(port, "198.18." + random.nextInt(256) + "." + (1 + random.nextInt(254)));
	}

	static PortalSession from(int port, String address) {
		return new PortalSession(port, address);
	}

	Page get(String path) {
		return send(request(path).GET());
	}

	/** A form post with the session's CSRF token, as the page's form would send it. */
	Page post(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.putIfAbsent("_csrf", this.csrf);
		String body = all.entrySet()
			.stream()
			.filter((field) -> field.getValue() != null)
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A multipart post (the complaint form), with files under {@code attachments}. */
	Page postMultipart(String path, Map<String, String> fields, List<Upload> files) {
		String boundary = "----pengaduan" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.putIfAbsent("_csrf", this.csrf);
		all.forEach((name, value) -> {
			if (value != null) {
				write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
						+ value + "\r\n");
			}
		});
		for (Upload file : files) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\""
					+ file.name() + "\"\r\nContent-Type: " + file.declaredType() + "\r\n\r\n");
			body.writeBytes(file.content());
			write(body, "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-Forwarded-For", this.address);
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Page page = new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null),
					response.headers().firstValue("Retry-After").orElse(null));
			String token = page.inputValue("_csrf");
			if (token != null) {
				this.csrf = token;
			}
			return page;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A valid complaint as the form sends it, the security question answered. */
	static Map<String, String> validComplaint(Page form) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("category", "KESEHATAN");
		fields.put("skpd", "");
		fields.put("regionCode", "kota-semarang");
		fields.put("location", "Puskesmas Halmahera, Jl. Halmahera Raya");
		fields.put("latitude", "-6,9932");
		fields.put("longitude", "110.4203");
		fields.put("eventDate", "2026-11-02");
		fields.put("description", "Loket pendaftaran puskesmas tutup pada jam layanan tanpa pemberitahuan.");
		fields.put("name", "Wulan Sari");
		fields.put("nik", "3374010101900001");
		fields.put("phone", "081234567890");
		fields.put("email", "wulan@example.org");
		fields.put("_anonymous", "on");
		fields.put("_confidential", "on");
		fields.put("consent", "true");
		fields.put("_consent", "on");
		fields.put("challengeToken", form.inputValue("challengeToken"));
		fields.put("challengeAnswer", String.valueOf(form.challengeAnswer()));
		return fields;
	}

	/** A file as the browser sends it: name and declared type chosen by the sender. */
	record Upload(String name, String declaredType, byte[] content) {
	}

	record Page(int status, String html, String location, String retryAfter) {

		private static final Pattern QUESTION = Pattern.compile("(\\d+) \\+ (\\d+)");

		boolean contains(String text) {
			return this.html.contains(text);
		}

		String title() {
			Matcher matcher = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(this.html);
			return matcher.find() ? unescape(matcher.group(1)).strip() : null;
		}

		/** The opening tag of the element with this id, or null. */
		String tag(String id) {
			Matcher matcher = Pattern.compile("<[a-zA-Z]+\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
				.matcher(this.html);
			return matcher.find() ? matcher.group() : null;
		}

		/** The text inside the element with this id, tags removed, or null. */
		String text(String id) {
			Matcher matcher = Pattern
				.compile("<([a-zA-Z0-9]+)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
				.matcher(this.html);
			return matcher.find() ? unescape(matcher.group(2).replaceAll("<[^>]+>", "")).strip() : null;
		}

		/** The value attribute of the first input with this name, or null. */
		String inputValue(String name) {
			Matcher matcher = Pattern.compile("<input\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>")
				.matcher(this.html);
			if (!matcher.find()) {
				return null;
			}
			Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(matcher.group());
			return value.find() ? unescape(value.group(1)) : null;
		}

		int challengeAnswer() {
			Matcher matcher = QUESTION.matcher(text("challengeAnswer-label"));
			if (!matcher.find()) {
				throw new AssertionError("No security question on the page");
			}
			return Integer.parseInt(matcher.group(1)) + Integer.parseInt(matcher.group(2));
		}

		private static String unescape(String text) {
			return text.replace("&quot;", "\"")
				.replace("&#39;", "'")
				.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&amp;", "&");
		}

	}

}
