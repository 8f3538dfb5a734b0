package id.pengaduan.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTests {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Test
	void isTheCurrentMonthInTheProvincesTimeZoneUnlessChosen() {
		// 31 January 2026, 18:00 UTC is already 1 February in Jakarta.
		Period period = Period.of(null, null, Instant.parse("2026-01-31T18:00:00Z"), WIB);

		assertThat(period.from()).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(period.to()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(period.start()).isEqualTo(Instant.parse("2026-01-31T17:00:00Z"));
		assertThat(period.end()).isEqualTo(Instant.parse("2026-02-28T17:00:00Z"));
	}

	@Test
	void includesTheLastDayAndPutsReversedDatesInOrder() {
		Period period = Period.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 1), Instant.now(), WIB);

		assertThat(period.from()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(period.end()).isEqualTo(LocalDate.of(2025, 4, 1).atStartOfDay(WIB).toInstant());
	}

}
