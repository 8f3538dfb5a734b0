package id.pengaduan.intake;

import java.time.Duration;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class RateLimitsTests {

	private final JdbcDataSource dataSource = new JdbcDataSource();

	RateLimitsTests() {
		this.dataSource.setURL("jdbc:h2:mem:rate-limits-tests");
	}

	@Test
	void outsideTheDemoItRefusesToStartWithoutASecretSharedByEveryNode() {
		assertThatIllegalStateException().isThrownBy(() -> new RateLimits(this.dataSource, properties(null), false))
			.withMessageContaining("PENGADUAN_RATE_LIMIT_SECRET");
		assertThatNoException().isThrownBy(() -> new RateLimits(this.dataSource, properties("a-secret"), false));
	}

	@Test
	void theDemosSingleNodeMayGoWithoutOne() {
		assertThatNoException().isThrownBy(() -> new RateLimits(this.dataSource, properties(null), true));
	}

	private static IntakeProperties properties(String secret) {
		Duration hour = Duration.ofHours(1);
		return new IntakeProperties(secret, 10, hour, 120, hour, 10, hour);
	}

}
