package id.pengaduan.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After every start, re-encrypts with the newest key every personal-data value stored
 * under an older key (or, left from before V9, in plain text), a batch at a time. Put a
 * new key first in {@code PENGADUAN_PERSONAL_DATA_KEYS}, restart, and the old key may go
 * once the log says nothing is left (docs/security.md). Each row is rewritten only if it
 * still holds what was read, so two nodes starting at once do no harm.
 */
@Component
class PersonalDataRotation {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRotation.class);

	static final List<String> COLUMNS = List.of("complainant_name", "complainant_nik", "complainant_phone",
			"complainant_email");

	private static final int BATCH = 500;

	private final PersonalDataCipher cipher;

	private final JdbcTemplate jdbc;

	PersonalDataRotation(PersonalDataCipher cipher, JdbcTemplate jdbc) {
		this.cipher = cipher;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	int reencryptWithNewestKey() {
		int rewritten = reencrypt(this.jdbc, this.cipher);
		if (rewritten > 0) {
			log.info("Re-encrypted the personal data of {} complaints with the newest key", rewritten);
		}
		return rewritten;
	}

	/** Also V9's work, on Flyway's connection. */
	static int reencrypt(JdbcTemplate jdbc, PersonalDataCipher cipher) {
		String current = cipher.newestPrefix() + "%";
		String stale = String.join(" or ",
				COLUMNS.stream()
					.map((column) -> "(" + column + " is not null and " + column + " not like ?)")
					.toList());
		String select = "select id, " + String.join(", ", COLUMNS) + " from complaint where (" + stale
				+ ") and id > ? order by id fetch first " + BATCH + " rows only";
		String update = "update complaint set "
				+ String.join(", ", COLUMNS.stream().map((column) -> column + " = ?").toList()) + " where id = ? and "
				+ String.join(" and ", COLUMNS.stream().map((column) -> column + " is not distinct from ?").toList());
		int rewritten = 0;
		long after = 0;
		while (true) {
			List<Object> parameters = new ArrayList<>(COLUMNS.stream().map((column) -> (Object) current).toList());
			parameters.add(after);
			List<Map<String, Object>> rows = jdbc.queryForList(select, parameters.toArray());
			if (rows.isEmpty()) {
				return rewritten;
			}
			for (Map<String, Object> row : rows) {
				List<Object> values = new ArrayList<>();
				List<Object> old = new ArrayList<>();
				for (String column : COLUMNS) {
					String stored = (String) row.get(column);
					old.add(stored);
					values.add((stored == null || stored.startsWith(cipher.newestPrefix())) ? stored
							: cipher.encrypt(cipher.decrypt(stored)));
				}
				long id = ((Number) row.get("id")).longValue();
				values.add(id);
				values.addAll(old);
				rewritten += jdbc.update(update, values.toArray());
				after = id;
			}
		}
	}

}
