package id.pengaduan;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member of staff logged in through our login form, as a browser is: session cookie,
 * CSRF token, text/html.
 */
public final class StaffSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client;

	private final int port;

	private StaffSession(HttpClient client, int port) {
		this.client = client;
		this.port = port;
	}

	public static StaffSession login(int port, String user, String password) {
		StaffSession session = new StaffSession(HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build(), port);
		HttpResponse<String> response = session.post("/login", "/login",
				Map.of("username", user, "password", password));
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new AssertionError("Login as " + user + " failed: " + response.statusCode() + " " + location);
		}
		return session;
	}

	/** Someone who has not logged in, with a cookie jar: a citizen's browser. */
	public static StaffSession visitor(int port) {
		return new StaffSession(HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build(), port);
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,text/csv;q=0.9").build());
	}

	/**
	 * A JSON call of a page's script in this session (our Tasklist plugin), in
	 * {@code language} as the plugin asks for it.
	 */
	public HttpResponse<String> json(String path, String language) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json")
			.header("Accept-Language", language)
			.build());
	}

	/**
	 * Submits a form the way the page {@code formPage} would, with that page's CSRF
	 * token.
	 */
	public HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
		Matcher csrf = CSRF.matcher(get(formPage).body());
		String token = csrf.find() ? csrf.group(1) : "";
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&", "", "&_csrf=" + encode(token)));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * A call of the Tasklist to its own engine API ({@code /camunda/api/engine/...}) in
	 * this session, with the webapps' XSRF token as the Tasklist sends it.
	 */
	public HttpResponse<String> tasklist(String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json, text/plain, */*")
			.header("X-XSRF-TOKEN", xsrfToken())
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return send(request.build());
	}

	/**
	 * A POST as a page on another site of the same host makes the browser send it: the
	 * session's cookies go along (a same-site request), no token does.
	 */
	public HttpResponse<String> forgedPost(String path) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "http://127.0.0.1:1")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
	}

	/** The webapps hand out their token (cookie XSRF-TOKEN) with any page of theirs. */
	private String xsrfToken() {
		CookieManager cookies = (CookieManager) this.client.cookieHandler().orElseThrow();
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElseGet(() -> {
				HttpResponse<String> page = get("/camunda/app/tasklist/default/");
				return page.headers()
					.firstValue("X-XSRF-TOKEN")
					.orElseThrow(() -> new AssertionError("No XSRF token from the Tasklist: " + page.statusCode()));
			});
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
