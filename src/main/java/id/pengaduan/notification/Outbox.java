package id.pengaduan.notification;

import java.lang.management.ManagementFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import id.pengaduan.complaint.PersonalDataCipher;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code notification} table: messages are written in the caller's transaction (plain
 * JDBC, since the complaint's listeners run while Hibernate flushes), taken by one node
 * at a time with a lease, and marked sent, due again or FAILED. Recipients and bodies are
 * sealed with the personal-data key; a sent message keeps only what the log shows
 * (docs/decisions/0019).
 */
@Component
class Outbox {

	static final String PENDING = "PENDING";

	static final String SENDING = "SENDING";

	static final String SENT = "SENT";

	static final String FAILED = "FAILED";

	/** A new-task message held for its officer's daily digest. */
	static final String DIGEST = "DIGEST";

	/** Held for a digest that has been written. */
	static final String DIGESTED = "DIGESTED";

	private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final PersonalDataCipher cipher;

	private final TransactionTemplate transaction;

	private final NotificationProperties properties;

	private final boolean postgres;

	Outbox(DataSource dataSource, PersonalDataCipher cipher, PlatformTransactionManager transactions,
			NotificationProperties properties) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.named = new NamedParameterJdbcTemplate(this.jdbc);
		this.cipher = cipher;
		this.transaction = new TransactionTemplate(transactions);
		this.properties = properties;
		this.postgres = isPostgres(dataSource);
	}

	/**
	 * Records {@code message} in the current transaction, unless a message with its key
	 * exists already (the same cause seen twice). Answers whether it was recorded.
	 */
	boolean record(Outgoing message, Instant now) {
		return record(message, PENDING, now);
	}

	/** Records {@code message} held for its officer's digest; never sent alone. */
	boolean hold(Outgoing message, Instant now) {
		return record(message, DIGEST, now);
	}

	private boolean record(Outgoing message, String status, Instant now) {
		Integer existing = this.jdbc.queryForObject("select count(*) from notification where idempotency_key = ?",
				Integer.class, message.key());
		if (existing != null && existing > 0) {
			return false;
		}
		this.jdbc.update("""
				insert into notification (idempotency_key, complaint_id, channel, kind, audience, recipient,
				  recipient_masked, recipient_user, language, subject, body_text, body_html, status, attempts,
				  created_at, not_before)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""", message.key(), message.complaintId(),
				message.channel().name(), message.kind().name(), message.audience().name(),
				this.cipher.encrypt(message.recipient()), message.recipientMasked(), message.recipientUser(),
				message.language(), message.subject(), this.cipher.encrypt(message.text()),
				this.cipher.encrypt(message.html()), status, Timestamp.from(now),
				Timestamp.from(message.notBefore() != null ? message.notBefore() : now));
		return true;
	}

	/**
	 * Takes up to {@code batchSize} due messages of {@code channels} for this node. A
	 * message is taken by one conditional update that only one node can win: on
	 * PostgreSQL the candidates are read with {@code FOR UPDATE SKIP LOCKED}, so nodes
	 * take different rows without waiting; on H2 (one node) the update alone decides.
	 */
	List<Long> claim(Collection<ChannelName> channels, Instant now) {
		if (channels.isEmpty()) {
			return List.of();
		}
		return this.transaction.execute((status) -> {
			MapSqlParameterSource params = new MapSqlParameterSource().addValue("now", Timestamp.from(now))
				.addValue("channels", channels.stream().map(Enum::name).toList())
				.addValue("limit", this.properties.batchSize())
				.addValue("until", Timestamp.from(now.plus(this.properties.lease())))
				.addValue("node", NODE);
			List<Long> candidates = this.named.queryForList("""
					select id from notification
					where status in ('PENDING', 'SENDING') and not_before <= :now
					  and (claimed_until is null or claimed_until < :now) and channel in (:channels)
					order by not_before, id
					fetch first :limit rows only""" + (this.postgres ? " for update skip locked" : ""), params,
					Long.class);
			List<Long> taken = new ArrayList<>();
			for (Long id : candidates) {
				if (take(params.addValue("id", id))) {
					taken.add(id);
				}
			}
			return taken;
		});
	}

	private boolean take(MapSqlParameterSource params) {
		try {
			return this.named.update("""
					update notification set status = 'SENDING', claimed_by = :node, claimed_until = :until,
					  attempts = attempts + 1
					where id = :id and status in ('PENDING', 'SENDING')
					  and (claimed_until is null or claimed_until < :now)""", params) == 1;
		}
		catch (ConcurrencyFailureException ex) {
			// H2: another node took the row first and H2 refuses to wait for it; on
			// PostgreSQL the row is ours already (FOR UPDATE).
			return false;
		}
	}

	Optional<Delivery> load(long id) {
		return this.jdbc
			.query("""
					select id, idempotency_key, channel, kind, recipient, subject, body_text, body_html, attempts
					from notification where id = ? and claimed_by = ?""",
					(rs, row) -> new Delivery(rs.getLong("id"), rs.getString("idempotency_key"),
							ChannelName.valueOf(rs.getString("channel")), MessageKind.valueOf(rs.getString("kind")),
							this.cipher.decrypt(rs.getString("recipient")), rs.getString("subject"),
							this.cipher.decrypt(rs.getString("body_text")),
							this.cipher.decrypt(rs.getString("body_html")), rs.getInt("attempts")),
					id, NODE)
			.stream()
			.findFirst();
	}

	/**
	 * Sent: the address and the bodies go (the log keeps what, to whom masked, when), so
	 * the outbox keeps no personal data past the retention of the complaint itself.
	 */
	void sent(long id, Instant now) {
		this.jdbc.update("""
				update notification set status = 'SENT', sent_at = ?, claimed_by = null, claimed_until = null,
				  recipient = '-', body_text = null, body_html = null, last_error = null
				where id = ? and claimed_by = ?""", Timestamp.from(now), id, NODE);
	}

	/**
	 * The attempt failed: due again after the back-off, or FAILED after the last attempt.
	 * {@code error} names the failure, never an address.
	 */
	void failed(Delivery delivery, String error, Instant now) {
		boolean last = delivery.attempts() >= this.properties.maxAttempts();
		this.jdbc.update("""
				update notification set status = ?, not_before = ?, claimed_by = null, claimed_until = null,
				  last_error = ?
				where id = ? and claimed_by = ?""", last ? FAILED : PENDING,
				Timestamp.from(last ? now : now.plus(this.properties.retryAfter(delivery.attempts()))),
				abbreviate(error), delivery.id(), NODE);
	}

	/** A FAILED message is tried again, as often as the first time. */
	boolean resend(long id, Long complaintId, String actor, Instant now) {
		return this.jdbc.update("""
				update notification set status = 'PENDING', attempts = 0, not_before = ?, resent_by = ?
				where id = ? and status = 'FAILED' and complaint_id = ?""", Timestamp.from(now), actor, id,
				complaintId) == 1;
	}

	Page<NotificationLogEntry> log(Long complaintId, Pageable pageable) {
		Integer total = this.jdbc.queryForObject("select count(*) from notification where complaint_id = ?",
				Integer.class, complaintId);
		List<NotificationLogEntry> entries = this.jdbc.query("""
				select id, kind, channel, audience, recipient_masked, status, attempts, created_at, sent_at, last_error
				from notification where complaint_id = ? order by id desc offset ? rows fetch next ? rows only""",
				(rs, row) -> new NotificationLogEntry(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")),
						rs.getString("channel"), rs.getString("audience"), rs.getString("recipient_masked"),
						rs.getString("status"), rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
						Optional.ofNullable(rs.getTimestamp("sent_at")).map(Timestamp::toInstant).orElse(null),
						rs.getString("last_error")),
				complaintId, pageable.getOffset(), pageable.getPageSize());
		return new PageImpl<>(entries, pageable, Objects.requireNonNullElse(total, 0));
	}

	/**
	 * The held new-task messages, per officer: his address and the subjects, oldest
	 * first.
	 */
	Map<String, Held> held() {
		Map<String, Held> held = new LinkedHashMap<>();
		this.jdbc.query("""
				select id, recipient_user, recipient, subject from notification
				where status = 'DIGEST' order by recipient_user, id""", (ResultSet rs) -> {
			Held officer = held.computeIfAbsent(rs.getString("recipient_user"),
					(user) -> new Held(user, decrypt(rs, "recipient"), new ArrayList<>(), new ArrayList<>()));
			officer.ids().add(rs.getLong("id"));
			officer.subjects().add(rs.getString("subject"));
		});
		return held;
	}

	/** The held messages went into a digest written in the same transaction. */
	void digested(Collection<Long> ids) {
		if (!ids.isEmpty()) {
			this.named.update("""
					update notification set status = 'DIGESTED', recipient = '-', body_text = null, body_html = null
					where id in (:ids) and status = 'DIGEST'""", new MapSqlParameterSource("ids", ids));
		}
	}

	private String decrypt(ResultSet rs, String column) {
		try {
			return this.cipher.decrypt(rs.getString(column));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	long countFailed() {
		return Objects.requireNonNullElse(
				this.jdbc.queryForObject("select count(*) from notification where status = 'FAILED'", Long.class), 0L);
	}

	private static String abbreviate(String error) {
		String text = Objects.requireNonNullElse(error, "?");
		return (text.length() > 500) ? text.substring(0, 500) : text;
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, (meta) -> meta.getDatabaseProductName());
			return product != null && product.toLowerCase().contains("postgres");
		}
		catch (Exception ex) {
			return false;
		}
	}

	/** An officer's held new-task messages. */
	record Held(String userId, String email, List<Long> ids, List<String> subjects) {
	}

	/** One message on its way: what the sender needs, unsealed. */
	record Delivery(long id, String key, ChannelName channel, MessageKind kind, String recipient, String subject,
			String text, String html, int attempts) {

		@Override
		public String toString() {
			return "Delivery[" + this.id + ", " + this.kind + "]";
		}

	}

}
