package id.pengaduan.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * At most {@code submitLimit} complaints per client address and fixed window, counted in
 * the database so that every node sharing it counts the same. The conditional update
 * takes a row lock, so two nodes cannot both take the last place of a window.
 */
@Component
class SubmitRateLimit {

	private final JdbcClient db;

	private final PortalProperties properties;

	private final Clock clock;

	SubmitRateLimit(JdbcClient db, PortalProperties properties, Clock clock) {
		this.db = db;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Takes one place in the client's current window.
	 * @return false when the window is full
	 */
	// Each statement commits on its own: a failed insert must not poison a surrounding
	// PostgreSQL transaction.
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	boolean tryAcquire(String clientAddress) {
		String client = (clientAddress.length() > 64) ? clientAddress.substring(0, 64) : clientAddress;
		OffsetDateTime window = windowStart(this.clock.instant());
		if (takePlace(client, window)) {
			return true;
		}
		try {
			this.db.sql("insert into submit_rate (client_address, window_start, submissions) values (?, ?, 1)")
				.params(client, window)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Another request opened the window first, or it is full.
			return takePlace(client, window);
		}
		// Addresses are personal data: keep them no longer than the limit needs them.
		this.db.sql("delete from submit_rate where window_start < ?").params(window).update();
		return true;
	}

	private boolean takePlace(String client, OffsetDateTime window) {
		return this.db
			.sql("update submit_rate set submissions = submissions + 1"
					+ " where client_address = ? and window_start = ? and submissions < ?")
			.params(client, window, this.properties.submitLimit())
			.update() == 1;
	}

	private OffsetDateTime windowStart(Instant now) {
		long length = this.properties.submitWindow().getSeconds();
		return OffsetDateTime.ofInstant(Instant.ofEpochSecond(now.getEpochSecond() / length * length), ZoneOffset.UTC);
	}

}
