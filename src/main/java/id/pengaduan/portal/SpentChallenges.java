package id.pengaduan.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each signed security question opens the way for one complaint only. The token alone
 * needs no server state, but a script could send the same answered form again and again
 * for two hours; so the question's nonce is written down when a complaint passes with it
 * (one row per answered question, gone once the question has expired anyway).
 */
@Component
class SpentChallenges {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SpentChallenges(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Marks the question of {@code token} (already checked by {@link Challenge#check}) as
	 * answered; false when it was answered before.
	 */
	boolean spend(String token) {
		String[] parts = token.split("\\.");
		Instant expiry = Instant.ofEpochSecond(Long.parseLong(parts[2]));
		this.jdbc.update("delete from challenge_spent where expires_at < ?", Timestamp.from(this.clock.instant()));
		try {
			this.jdbc.update("insert into challenge_spent (nonce, expires_at) values (?, ?)", parts[3],
					Timestamp.from(expiry));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
