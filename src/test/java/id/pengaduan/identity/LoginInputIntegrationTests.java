package id.pengaduan.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import id.pengaduan.Citizen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A NUL character in a login name or password is a failed login, not a 500 (PostgreSQL
 * cannot compare such a text), on the login form and on {@code /engine-rest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginInputIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aNulCharacterInTheLoginFormIsAFailedLogin() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String form = browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(form);
		assertThat(csrf.find()).isTrue();

		HttpResponse<String> login = browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(
						"username=" + encode("verifi\u0000kator") + "&password=demo&_csrf=" + encode(csrf.group(1))))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).get().asString().contains("/login?error");
	}

	@Test
	void aNulCharacterInBasicCredentialsIsA401() {
		Citizen.Response response = Citizen.get(this.port, "/engine-rest/task",
				Map.of("Authorization", Citizen.basic("verifi\u0000kator", "demo")));

		assertThat(response.status()).isEqualTo(401);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
