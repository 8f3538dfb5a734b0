package id.pengaduan.workflow;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V5: creates Camunda's tables from the {@code camunda-engine} jar's own
 * create scripts, so that the engine never alters the schema on start
 * ({@code schema-update: false}, docs/decisions/0009). A database whose Camunda tables
 * were made by the engine itself (this application before V5) keeps them. Either way it
 * adds the index on {@code ACT_RU_TASK(PARENT_TASK_ID_)} that Camunda lacks.
 *
 * <p>
 * A bean, which Boot's Flyway auto-configuration adds to the migrations in
 * {@code db/migration}.
 */
@Component
class EngineSchemaMigration implements JavaMigration {

	/** In the order the engine runs them (foreign keys point backwards). */
	private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
			"decision.engine", "decision.history");

	private static final String SCRIPT = "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("5");
	}

	@Override
	public String getDescription() {
		return "camunda engine schema";
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
		if (!hasTable(connection, "ACT_GE_PROPERTY")) {
			String vendor = vendor(connection.getMetaData());
			for (String part : PARTS) {
				ScriptUtils.executeSqlScript(connection, new EncodedResource(
						new ClassPathResource(SCRIPT.formatted(vendor, part)), StandardCharsets.UTF_8));
			}
		}
		try (Statement statement = connection.createStatement()) {
			// Subtasks are looked up by their parent; without it every task query with
			// a parent scans the table (issue 13).
			statement.execute("create index if not exists ACT_IDX_TASK_PARENT_TASK on ACT_RU_TASK (PARENT_TASK_ID_)");
		}
	}

	/** Camunda's name for the database: the middle of its script names. */
	private static String vendor(DatabaseMetaData metaData) throws SQLException {
		String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
		if (product.contains("h2")) {
			return "h2";
		}
		if (product.contains("postgres")) {
			return "postgres";
		}
		throw new IllegalStateException("No Camunda schema scripts for " + metaData.getDatabaseProductName());
	}

	private static boolean hasTable(Connection connection, String name) throws SQLException {
		try (ResultSet tables = connection.getMetaData()
			.getTables(connection.getCatalog(), connection.getSchema(), null, new String[] { "TABLE" })) {
			while (tables.next()) {
				if (name.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
					return true;
				}
			}
		}
		return false;
	}

}
