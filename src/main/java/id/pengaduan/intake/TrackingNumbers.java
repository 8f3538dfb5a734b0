package id.pengaduan.intake;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import id.pengaduan.complaint.TrackingNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues {@code ADU-<year>-<n>} from a database sequence per year
 * ({@code tracking_2027}). A sequence gives each value once to every node that shares the
 * database and holds no lock until the intake commits, so intakes do not wait for each
 * other. A number taken by a submission that then fails is skipped, never issued again
 * (docs/decisions/0008-tracking-numbers-from-a-sequence-per-year.md).
 */
@Component
class TrackingNumbers {

	private static final Logger log = LoggerFactory.getLogger(TrackingNumbers.class);

	// Tracking numbers carry the year of receipt in Western Indonesia, where the
	// complaint unit sits.
	private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	// "ADU-2027-": the number starts at the tenth character.
	private static final String HIGHEST_ISSUED = "select coalesce(max(cast(substr(tracking_number, 10) as bigint)), 0)"
			+ " from complaint where tracking_number like ?";

	private static final int CREATE_ATTEMPTS = 5;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Map<Integer, DataFieldMaxValueIncrementer> sequences = new ConcurrentHashMap<>();

	TrackingNumbers(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The next number of the year of {@code now}. Call it before the submission's
	 * transaction where there is a choice: a sequence is never rolled back, and it
	 * creates the year's sequence in a transaction of its own.
	 */
	TrackingNumber next(Instant now) {
		int year = now.atZone(ZONE).getYear();
		return TrackingNumber.of(year, this.sequences.computeIfAbsent(year, this::sequence).nextLongValue());
	}

	/**
	 * The year's sequence, created if this is the year's first number on any node. It
	 * starts after the highest number already issued that year, so a database upgraded
	 * from the counter table continues where the counter stood.
	 */
	private DataFieldMaxValueIncrementer sequence(int year) {
		String name = "tracking_" + year;
		for (int attempt = 1;; attempt++) {
			try {
				this.ownTransaction.executeWithoutResult((status) -> {
					Long highest = this.jdbc.queryForObject(HIGHEST_ISSUED, Long.class, "ADU-%04d-%%".formatted(year));
					this.jdbc.execute("create sequence if not exists " + name + " start with " + (highest + 1));
				});
				return incrementer(name);
			}
			catch (DataAccessException ex) {
				// Two nodes meeting a new year at once: PostgreSQL may refuse the second
				// "if not exists" with a duplicate key in its catalog, once the first has
				// committed. The next attempt finds the sequence.
				if (attempt == CREATE_ATTEMPTS) {
					throw ex;
				}
				log.debug("Creating {} failed (attempt {}), trying again: {}", name, attempt, ex.getMessage());
			}
		}
	}

	private DataFieldMaxValueIncrementer incrementer(String name) {
		String product;
		try {
			product = JdbcUtils.commonDatabaseName(
					JdbcUtils.extractDatabaseMetaData(this.dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell the database product", ex);
		}
		return switch (product) {
			case "H2" -> new H2SequenceMaxValueIncrementer(this.dataSource, name);
			case "PostgreSQL" -> new PostgresSequenceMaxValueIncrementer(this.dataSource, name);
			default -> throw new IllegalStateException("No tracking number sequence for " + product);
		};
	}

}
