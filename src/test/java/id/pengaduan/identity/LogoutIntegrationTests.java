package id.pengaduan.identity;

import java.net.http.HttpResponse;
import java.util.Map;

import id.pengaduan.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both logouts need their token: the Tasklist's (the webapps' XSRF token) and ours
 * (Spring's CSRF token). Otherwise any page, on another port of the same host for
 * instance, logs an officer out in the middle of his work, and a forced logout is the
 * first step of making him log in again where the attacker wants.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LogoutIntegrationTests {

	private static final String TASKLIST_LOGOUT = "/camunda/api/admin/auth/user/default/logout";

	@LocalServerPort
	int port;

	@Test
	void theTasklistLogoutWithoutItsXsrfTokenIsRefusedAndTheSessionLivesOn() {
		StaffSession officer = StaffSession.login(this.port, "admin", "admin");
		assertThat(officer.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

		HttpResponse<String> forged = officer.forgedPost(TASKLIST_LOGOUT);

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(officer.get("/staff/complaints").statusCode()).isEqualTo(200);
		assertThat(officer.tasklist("GET", "/camunda/api/admin/auth/user/default", null).statusCode()).isEqualTo(200);
	}

	@Test
	void theTasklistLogoutWithItsTokenEndsBothSessions() {
		StaffSession officer = StaffSession.login(this.port, "admin", "admin");

		HttpResponse<String> logout = officer.tasklist("POST", TASKLIST_LOGOUT, null);

		assertThat(logout.statusCode()).isEqualTo(200);
		assertThat(officer.get("/staff/complaints").statusCode()).isEqualTo(302);
	}

	@Test
	void ourLogoutNeedsItsCsrfToken() {
		StaffSession officer = StaffSession.login(this.port, "admin", "admin");

		HttpResponse<String> forged = officer.forgedPost("/logout");

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(officer.get("/staff/complaints").statusCode()).isEqualTo(200);

		HttpResponse<String> logout = officer.post("/staff/complaints", "/logout", Map.of());

		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/login"));
		assertThat(officer.get("/staff/complaints").statusCode()).isEqualTo(302);
	}

}
