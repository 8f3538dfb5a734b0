package id.pengaduan.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import id.pengaduan.Citizen;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong passwords lock a login for a while, never for good: otherwise anyone could lock
 * out any officer, the administrator included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginLockIntegrationTests {

	// Far in the future, so no other test's clock meets these locks.
	static final Instant START = Instant.parse("2031-05-05T01:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	ComplaintTasks tasks;

	@Test
	void manyWrongPasswordsLockALoginOnlyUntilTheDelayHasPassed() {
		for (int attempt = 0; attempt < 15; attempt++) {
			assertThat(this.tasks.call(START.plus(Duration.ofHours(attempt)), () -> status("dpu.penangan", "salah")))
				.isEqualTo(401);
		}

		assertThat(this.tasks.call(START.plus(Duration.ofHours(15)), () -> status("dpu.penangan", "demo")))
			.isEqualTo(200);
	}

	@Test
	void theDelayGrowsWithEachFailureAndTheRightPasswordEndsIt() {
		Instant start = START.plus(Duration.ofDays(30));
		for (int attempt = 0; attempt < 4; attempt++) {
			this.tasks.call(start.plus(Duration.ofMinutes(attempt)), () -> status("dpu.kepala", "salah"));
		}
		// Four failures: the lock lasts 3 s x 2^3 = 24 s.
		Instant last = start.plus(Duration.ofMinutes(3));

		assertThat(this.tasks.call(last.plusSeconds(20), () -> status("dpu.kepala", "demo"))).isEqualTo(401);
		assertThat(this.tasks.call(last.plusSeconds(25), () -> status("dpu.kepala", "demo"))).isEqualTo(200);
		assertThat(this.tasks.call(last.plusSeconds(26), () -> status("dpu.kepala", "demo"))).isEqualTo(200);
	}

	private int status(String user, String password) {
		return Citizen.get(this.port, "/engine-rest/task", Map.of("Authorization", Citizen.basic(user, password)))
			.status();
	}

}
