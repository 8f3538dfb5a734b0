package id.pengaduan.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import id.pengaduan.Citizen;
import id.pengaduan.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /engine-rest} is for scripts with HTTP Basic, never for a browser's session: a
 * page on another site must not be able to use an administrator's login to deploy a
 * process or change a task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngineRestSessionIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theEngineApiIgnoresTheStaffSessionCookie() {
		StaffSession admin = StaffSession.login(this.port, "admin", "admin");

		assertThat(admin.get("/staff/calendar").statusCode()).isEqualTo(200);
		assertThat(admin.get("/engine-rest/deployment").statusCode()).isEqualTo(401);
		assertThat(admin.post("/staff/calendar", "/engine-rest/deployment/create", Map.of("deployment-name", "forged"))
			.statusCode()).isEqualTo(401);
		assertThat(admin.post("/staff/calendar", "/engine-rest/task/any/unclaim", Map.of()).statusCode())
			.isEqualTo(401);
	}

	@Test
	void theEngineApiAnswersBasicAuthenticationWithoutMakingASession() {
		Citizen.Response tasks = Citizen.get(this.port, "/engine-rest/task",
				Map.of("Authorization", Citizen.basic("verifikator", "demo")));

		assertThat(tasks.status()).isEqualTo(200);
		assertThat(tasks.headers().getOrDefault("set-cookie", List.of())).noneMatch((c) -> c.contains("JSESSIONID"));
	}

	@Test
	void theStaffSessionCookieStaysOnOurSite() throws Exception {
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).GET().build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(login.headers().allValues("set-cookie")).filteredOn((c) -> c.startsWith("JSESSIONID"))
			.isNotEmpty()
			.allMatch((c) -> c.contains("SameSite=Lax") && c.contains("HttpOnly"));
	}

}
