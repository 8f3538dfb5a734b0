package id.pengaduan.complaint;

import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V9 (docs/decisions/0011): makes room for encrypted personal data (the
 * complainant's identity and his own file names), encrypts what was stored in plain text,
 * marks the access codes stored as plain SHA-256 ({@code h1:}) so that they are rewritten
 * as an HMAC on their next use, and adds the column the retention job fills. A bean,
 * because it needs the configured key; Boot's Flyway auto-configuration adds it to the
 * migrations in {@code db/migration}.
 */
@Component
class PersonalDataMigration implements JavaMigration {

	private final PersonalDataCipher cipher;

	PersonalDataMigration(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("9");
	}

	@Override
	public String getDescription() {
		return "personal data at rest";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement statement = context.getConnection().createStatement()) {
			// AES-GCM adds a 12-byte IV and a 16-byte tag, base64 a third, the prefix a
			// few characters: a 200-character name in UTF-8 needs about 1100, a file
			// name of 255 characters about 1400.
			for (String sql : new String[] {
					"alter table complaint alter column complainant_name set data type varchar(1200)",
					"alter table complaint alter column complainant_nik set data type varchar(120)",
					"alter table complaint alter column complainant_phone set data type varchar(120)",
					"alter table complaint alter column complainant_email set data type varchar(1200)",
					"alter table complaint alter column access_code_hash set data type varchar(80)",
					"alter table attachment alter column original_name set data type varchar(2000)",
					"update complaint set access_code_hash = '" + AccessCodes.LEGACY_SHA256
							+ "' || access_code_hash where access_code_hash not like 'h_:%'",
					"alter table complaint add column identity_erased_at timestamp with time zone" }) {
				statement.execute(sql);
			}
		}
		PersonalDataRotation.reencrypt(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)),
				this.cipher);
	}

}
