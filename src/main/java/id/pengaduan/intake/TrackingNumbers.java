package id.pengaduan.intake;

import java.time.Instant;
import java.time.ZoneId;

import id.pengaduan.complaint.TrackingNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issues {@code ADU-<year>-<n>} from a counter row per year. The row lock held until
 * commit keeps numbers unique across engine nodes that share one database; the sequence
 * restarts each year.
 */
@Component
class TrackingNumbers {

	// Tracking numbers carry the year of receipt in Western Indonesia, where the
	// complaint unit sits.
	private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private final JdbcTemplate jdbc;

	TrackingNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	TrackingNumber next(Instant now) {
		int year = now.atZone(ZONE).getYear();
		if (this.jdbc.update("update tracking_counter set last_value = last_value + 1 where counter_year = ?",
				year) == 0) {
			try {
				this.jdbc.update("insert into tracking_counter (counter_year, last_value) values (?, 1)", year);
			}
			catch (DuplicateKeyException ex) {
				// Another node created this year's row first.
				this.jdbc.update("update tracking_counter set last_value = last_value + 1 where counter_year = ?",
						year);
			}
		}
		Long value = this.jdbc.queryForObject("select last_value from tracking_counter where counter_year = ?",
				Long.class, year);
		return TrackingNumber.of(year, value);
	}

}
