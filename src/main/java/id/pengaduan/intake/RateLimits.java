package id.pengaduan.intake;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rate limits of the citizen's endpoints, the JSON API and the pages alike: Bucket4j
 * token buckets in the table {@code rate_limit_bucket}, so that every node sharing the
 * database counts the same requests (docs/decisions/0010). A bucket's key is an HMAC of
 * what it counts: client addresses are personal data and are never stored. A bucket's row
 * goes once the bucket is full again, when it says nothing a new bucket would not.
 */
@Component
public class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	static final String TABLE = "rate_limit_bucket";

	/** Rows deleted per statement, so the cleanup never holds many locks at once. */
	private static final int CLEANUP_BATCH = 500;

	private final ProxyManager<String> buckets;

	private final SecretKeySpec key;

	private final BucketConfiguration submit;

	private final BucketConfiguration tracking;

	private final BucketConfiguration wrongCodes;

	RateLimits(DataSource dataSource, IntakeProperties properties,
			@Value("${pengaduan.demo.enabled:false}") boolean demo) {
		this.buckets = proxyManager(dataSource);
		this.key = new SecretKeySpec(secret(properties.rateLimitSecret(), demo), "HmacSHA256");
		this.submit = limit(properties.submitLimit(), properties.submitWindow());
		this.tracking = limit(properties.trackingLimit(), properties.trackingWindow());
		this.wrongCodes = limit(properties.wrongCodeLimit(), properties.wrongCodeWindow());
	}

	/**
	 * A key generated at start differs between nodes, and each would count on its own:
	 * good enough for the demo's single node only.
	 */
	private static byte[] secret(String configured, boolean demo) {
		if (configured != null && !configured.isBlank()) {
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		if (!demo) {
			throw new IllegalStateException("Refusing to start outside the demo without a rate-limit secret: set"
					+ " PENGADUAN_RATE_LIMIT_SECRET to one random value, the same on every node (docs/decisions/0010)");
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return random;
	}

	/**
	 * Counts one complaint from {@code clientAddress}.
	 * @throws RateLimitExceededException when the address has submitted its share
	 */
	public void submit(String clientAddress) {
		take(bucket("submit", clientAddress, this.submit));
	}

	/**
	 * Counts one tracking request (look-up, reply or survey) from {@code clientAddress},
	 * and refuses it while {@code trackingNumber} has taken its share of wrong codes: the
	 * right code too, or a guesser would learn which guess was right.
	 * @throws RateLimitExceededException when either limit is reached
	 */
	public void track(String clientAddress, String trackingNumber) {
		take(bucket("track", clientAddress, this.tracking));
		if (trackingNumber != null && !trackingNumber.isBlank()) {
			EstimationProbe probe = numberBucket(trackingNumber).estimateAbilityToConsume(1);
			if (!probe.canBeConsumed()) {
				throw new RateLimitExceededException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
			}
		}
	}

	/**
	 * Charges a wrong access code (or an unknown number) to the tracking number. Charged
	 * even past the limit: guesses that raced past the check push the bucket into debt,
	 * so every guess is paid for.
	 */
	public void wrongCode(String trackingNumber) {
		if (trackingNumber != null && !trackingNumber.isBlank()) {
			numberBucket(trackingNumber).consumeIgnoringRateLimits(1);
		}
	}

	/** Deletes the rows of buckets that are full again. */
	@Scheduled(fixedDelayString = "${pengaduan.intake.rate-limit-cleanup:PT5M}", initialDelayString = "PT1M")
	int removeExpired() {
		if (!(this.buckets instanceof ExpiredEntriesCleaner cleaner)) {
			return 0;
		}
		int removed = 0;
		int batch;
		do {
			batch = cleaner.removeExpired(CLEANUP_BATCH);
			removed += batch;
		}
		while (batch == CLEANUP_BATCH);
		if (removed > 0) {
			log.debug("Removed {} rate-limit buckets that were full again", removed);
		}
		return removed;
	}

	private Bucket numberBucket(String trackingNumber) {
		return bucket("number", trackingNumber.strip().toUpperCase(Locale.ROOT), this.wrongCodes);
	}

	private static void take(Bucket bucket) {
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new RateLimitExceededException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	private Bucket bucket(String kind, String value, BucketConfiguration configuration) {
		return this.buckets.builder()
			// A changed limit applies to existing buckets at once, their tokens kept in
			// proportion.
			.withImplicitConfigurationReplacement(version(configuration), TokensInheritanceStrategy.PROPORTIONALLY)
			.build(kind.charAt(0) + ":" + hmac(kind + ":" + value), () -> configuration);
	}

	/** 2 + 43 characters: fits the 64 of the id column. */
	private String hmac(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long version(BucketConfiguration configuration) {
		return Integer.toUnsignedLong(Objects.hash(configuration.toString()));
	}

	/** {@code limit} requests per {@code window}, refilled evenly over the window. */
	private static BucketConfiguration limit(int limit, Duration window) {
		return BucketConfiguration.builder()
			.addLimit((bandwidth) -> bandwidth.capacity(limit).refillGreedy(limit, window))
			.build();
	}

	/**
	 * PostgreSQL: Bucket4j's own module (SELECT ... FOR UPDATE). H2, the embedded single
	 * node database: the same protocol in H2's SQL ({@link H2Buckets}).
	 */
	private static ProxyManager<String> proxyManager(DataSource dataSource) {
		// A full bucket is the same as no bucket: its row may go as soon as it is full.
		ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy
			.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO);
		if (isPostgreSql(dataSource)) {
			return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table(TABLE)
				.expirationAfterWrite(expiry)
				.build();
		}
		return new H2Buckets(dataSource, TABLE, ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(expiry));
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
