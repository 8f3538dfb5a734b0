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
 * once the log says nothing is left (docs/decisions/0011). Each row is rewritten only if
 * it still holds what was read, so two nodes starting at once do no harm.
 */
@Component
class PersonalDataRotation {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRotation.class);

	/** Every encrypted column, with the columns that find its row. */
	static final List<Table> TABLES = List.of(
			new Table("complaint", List.of("id"),
					List.of("complainant_name", "complainant_nik", "complainant_phone", "complainant_email")),
			new Table("attachment", List.of("complaint_id", "storage_key"), List.of("original_name")));

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
			log.info("Re-encrypted {} rows of personal data with the newest key", rewritten);
		}
		return rewritten;
	}

	/** Also V9's work, on Flyway's connection. */
	static int reencrypt(JdbcTemplate jdbc, PersonalDataCipher cipher) {
		int rewritten = 0;
		for (Table table : TABLES) {
			rewritten += table.reencrypt(jdbc, cipher);
		}
		return rewritten;
	}

	record Table(String name, List<String> keys, List<String> columns) {

		int reencrypt(JdbcTemplate jdbc, PersonalDataCipher cipher) {
			String stale = String.join(" or ",
					this.columns.stream()
						.map((column) -> "(" + column + " is not null and " + column + " not like ?)")
						.toList());
			String select = "select " + String.join(", ", this.keys) + ", " + String.join(", ", this.columns) + " from "
					+ this.name + " where " + stale + " fetch first " + BATCH + " rows only";
			String update = "update " + this.name + " set "
					+ String.join(", ", this.columns.stream().map((column) -> column + " = ?").toList()) + " where "
					+ String.join(" and ", this.keys.stream().map((key) -> key + " = ?").toList()) + " and "
					+ String.join(" and ",
							this.columns.stream().map((column) -> column + " is not distinct from ?").toList());
			Object[] newest = this.columns.stream().map((column) -> cipher.newestPrefix() + "%").toArray();
			int total = 0;
			while (true) {
				int batch = 0;
				for (Map<String, Object> row : jdbc.queryForList(select, newest)) {
					List<Object> values = new ArrayList<>();
					List<Object> old = new ArrayList<>();
					for (String column : this.columns) {
						String stored = (String) row.get(column);
						old.add(stored);
						values.add((stored == null || stored.startsWith(cipher.newestPrefix())) ? stored
								: cipher.encrypt(cipher.decrypt(stored)));
					}
					this.keys.forEach((key) -> values.add(row.get(key)));
					values.addAll(old);
					batch += jdbc.update(update, values.toArray());
				}
				// A row rewritten meanwhile by someone else is under the newest key too;
				// a batch that changed nothing means the rest belongs to a concurrent
				// run.
				if (batch == 0) {
					return total;
				}
				total += batch;
			}
		}

	}

}
