package id.pengaduan;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V13: the ids of the three tables written on every intake and task
 * completion ({@code complaint}, {@code state_change}, {@code stage_clock}) come from a
 * sequence that steps by {@link #ALLOCATION} instead of an identity column, so Hibernate
 * takes a block of ids in one round trip and sends the inserts of a transaction together
 * at flush (docs/decisions/0016). A plain {@code insert} without an id still gets one
 * from the same sequence. Java, not SQL: the sequence starts after the table's highest
 * id, and PostgreSQL and H2 spell "next value" differently.
 */
@Component
class IdSequencesMigration implements JavaMigration {

	/**
	 * The entities' {@code allocationSize}: Hibernate checks at start that the sequence
	 * steps by the same amount.
	 */
	static final int ALLOCATION = 50;

	private static final List<String> TABLES = List.of("complaint", "state_change", "stage_clock");

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("13");
	}

	@Override
	public String getDescription() {
		return "id sequences";
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
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		boolean postgres = connection.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(Locale.ROOT)
			.contains("postgres");
		try (Statement statement = connection.createStatement()) {
			for (String table : TABLES) {
				long max;
				try (ResultSet result = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
					result.next();
					max = result.getLong(1);
				}
				String sequence = table + "_seq";
				statement.execute("alter table " + table + " alter column id drop identity");
				// Hibernate's pooled optimizer reads the value v as the block (v - 50,
				// v]:
				// the first block starts just above the highest id.
				statement.execute("create sequence " + sequence + " start with " + (max + ALLOCATION) + " increment by "
						+ ALLOCATION);
				statement.execute("alter table " + table + " alter column id set default "
						+ (postgres ? "nextval('" + sequence + "')" : "next value for " + sequence));
				if (postgres) {
					statement.execute("alter sequence " + sequence + " owned by " + table + ".id");
				}
			}
		}
	}

}
