package id.pengaduan.identity;

import java.util.Map;

import id.pengaduan.Citizen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our pages forbid inline script and foreign resources, keep their address from other
 * sites and ask for no device feature; the Camunda webapps keep their own policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void everyPageOfOursForbidsInlineScript() {
		for (String page : new String[] { "/", "/pengaduan/baru", "/lacak", "/publik", "/login" }) {
			Citizen.Response response = Citizen.get(this.port, page, Map.of());

			assertThat(response.status()).as(page).isEqualTo(200);
			assertThat(response.header("Content-Security-Policy")).as(page)
				.contains("script-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline");
			assertThat(response.header("Referrer-Policy")).as(page).isEqualTo("same-origin");
			assertThat(response.header("Permissions-Policy")).as(page).contains("geolocation=()");
		}
	}

	@Test
	void theWebappsKeepTheirOwnPolicy() {
		Citizen.Response tasklist = Citizen.get(this.port, "/camunda/app/tasklist/default/",
				Map.of("Authorization", Citizen.basic("verifikator", "demo")));

		assertThat(tasklist.headers().getOrDefault("Content-Security-Policy", java.util.List.of()))
			.noneMatch((policy) -> policy.equals(SecurityConfiguration.CONTENT_SECURITY_POLICY));
	}

}
