package id.pengaduan.notification;

import java.util.Collection;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each officer's choice for new tasks in his queue: a mail at once (the default) or one
 * digest a day.
 */
@Component
class StaffPreferences {

	private final JdbcTemplate jdbc;

	StaffPreferences(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	boolean wantsDigest(String userId) {
		return this.jdbc
			.queryForList("select digest from notification_preference where user_id = ?", Boolean.class, userId)
			.stream()
			.findFirst()
			.orElse(false);
	}

	/** Those of {@code userIds} who chose the digest. */
	Set<String> wantingDigest(Collection<String> userIds) {
		if (userIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(new NamedParameterJdbcTemplate(this.jdbc).queryForList(
				"select user_id from notification_preference where digest = true and user_id in (:users)",
				new MapSqlParameterSource("users", userIds), String.class));
	}

	@Transactional
	void choose(String userId, boolean digest) {
		if (this.jdbc.update("update notification_preference set digest = ? where user_id = ?", digest, userId) == 0) {
			this.jdbc.update("insert into notification_preference (user_id, digest) values (?, ?)", userId, digest);
		}
	}

}
