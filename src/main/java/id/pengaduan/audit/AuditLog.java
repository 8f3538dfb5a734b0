package id.pengaduan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import id.pengaduan.complaint.Complaint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit entries and reads the log: its own entries together with the staff steps
 * of every complaint's history, newest first, a page at a time. There is deliberately no
 * update and no delete: an entry, once written, is evidence.
 */
@Component
public class AuditLog {

	/** A page of the log on screen. */
	public static final int PAGE_SIZE = 50;

	/** Rows read at a time for an export: the whole log is never in memory. */
	public static final int EXPORT_BATCH = 500;

	private final JdbcClient db;

	private final Clock clock;

	AuditLog(JdbcClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	/**
	 * Appends an entry, in the caller's transaction when there is one, so that an entry
	 * and what it records stand or fall together.
	 * @param actor the staff user id
	 * @param trackingNumber the complaint concerned, or null (an export)
	 * @param detail what exactly, never personal data (a neutral file name, a table name)
	 */
	@Transactional
	public void record(AuditAction action, String actor, String trackingNumber, String detail) {
		this.db.sql("insert into audit_entry (at, actor, action, tracking_number, detail) values (?, ?, ?, ?, ?)")
			.params(utc(this.clock.instant()), actor, action.name(), trackingNumber, detail)
			.update();
	}

	/** One page (from 0) of the entries that pass the filter, newest first. */
	@Transactional(readOnly = true)
	public Page page(Filter filter, int page) {
		int number = Math.max(page, 0);
		List<Entry> entries = query(filter, null, null, "desc", PAGE_SIZE + 1, (long) number * PAGE_SIZE);
		boolean more = entries.size() > PAGE_SIZE;
		return new Page(more ? entries.subList(0, PAGE_SIZE) : entries, number, more);
	}

	/**
	 * Every entry that passes the filter up to {@code until}, oldest first, handed out in
	 * batches. Each batch starts after the last entry of the one before (not at an
	 * offset, which the database would count through again for every batch), and the
	 * bound keeps entries written meanwhile from prolonging the export.
	 */
	public void export(Filter filter, Instant until, int batchSize, Consumer<List<Entry>> batches) {
		Entry last = null;
		List<Entry> batch;
		do {
			batch = query(filter, until, last, "asc", batchSize, 0);
			if (!batch.isEmpty()) {
				batches.accept(batch);
				last = batch.get(batch.size() - 1);
			}
		}
		while (batch.size() == batchSize);
	}

	private List<Entry> query(Filter filter, Instant until, Entry after, String direction, int limit, long offset) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> own = new ArrayList<>();
		List<String> steps = new ArrayList<>(List.of("s.actor not in (:system, :complainant)"));
		params.put("system", Complaint.SYSTEM);
		params.put("complainant", Complaint.COMPLAINANT);
		if (filter.trackingNumber() != null) {
			own.add("tracking_number = :trackingNumber");
			steps.add("c.tracking_number = :trackingNumber");
			params.put("trackingNumber", filter.trackingNumber());
		}
		if (filter.actor() != null) {
			own.add("actor = :actor");
			steps.add("s.actor = :actor");
			params.put("actor", filter.actor());
		}
		if (filter.from() != null) {
			own.add("at >= :from");
			steps.add("s.at >= :from");
			params.put("from", utc(filter.from()));
		}
		Instant end = (filter.to() != null && (until == null || filter.to().isBefore(until))) ? filter.to() : until;
		if (end != null) {
			own.add("at < :end");
			steps.add("s.at < :end");
			params.put("end", utc(end));
		}
		String next = "";
		if (after != null) {
			// Written so that the time alone can use the index, in each half of the
			// union.
			next = " where log.at >= :afterAt and (log.at > :afterAt or log.kind > :afterKind"
					+ " or (log.kind = :afterKind and log.id > :afterId))";
			params.put("afterAt", utc(after.at()));
			params.put("afterKind", after.kind().ordinal());
			params.put("afterId", after.id());
		}
		params.put("limit", limit);
		params.put("offset", offset);
		// kind: the ordinal of Kind, a number so that both databases compare it alike.
		String sql = "select * from (select at, actor, tracking_number, 0 as kind, action as what, detail, id"
				+ " from audit_entry" + (own.isEmpty() ? "" : " where " + String.join(" and ", own))
				+ " union all select s.at, s.actor, c.tracking_number, 1, s.event, s.to_state, s.id"
				+ " from state_change s join complaint c on c.id = s.complaint_id where " + String.join(" and ", steps)
				+ ") log" + next + " order by at " + direction + ", kind " + direction + ", id " + direction
				+ " limit :limit offset :offset";
		return this.db.sql(sql).params(params).query(AuditLog::entry).list();
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
				rs.getString("tracking_number"), Kind.values()[rs.getInt("kind")], rs.getString("what"),
				rs.getString("detail"), rs.getLong("id"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * Which entries to show; every part optional.
	 *
	 * @param to exclusive
	 */
	public record Filter(String trackingNumber, String actor, Instant from, Instant to) {

		public Filter {
			trackingNumber = given(trackingNumber);
			actor = given(actor);
		}

		private static String given(String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

	/** Where an entry comes from: the log's own table or the complaint's history. */
	public enum Kind {

		AUDIT, STEP

	}

	/**
	 * One line of the log.
	 *
	 * @param what an {@link AuditAction} name, or for a staff step its history event key
	 * @param detail an audit entry's detail, or for a staff step the state it left the
	 * complaint in
	 * @param id the row's id in its own table
	 */
	public record Entry(Instant at, String actor, String trackingNumber, Kind kind, String what, String detail,
			long id) {

		/** The message key that names what happened. */
		public String whatKey() {
			return (this.kind == Kind.STEP) ? this.what : "audit.action." + this.what;
		}

		/** The message key of the detail, or null when the detail is shown as it is. */
		public String detailKey() {
			return (this.kind == Kind.STEP && this.detail != null) ? "state." + this.detail : null;
		}

	}

	/** A page of entries and whether another follows. */
	public record Page(List<Entry> entries, int number, boolean hasNext) {

		public boolean hasPrevious() {
			return this.number > 0;
		}

	}

}
