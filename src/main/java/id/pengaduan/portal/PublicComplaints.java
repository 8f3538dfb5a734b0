package id.pengaduan.portal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.ComplaintState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public list, read straight from the complaint table: the query names only columns
 * that may be public, so no identity can ever reach the page. Like SP4N-LAPOR!, which
 * publishes what it has forwarded, a complaint is listed once the complaint unit has
 * verified it, and never when the citizen asked for it to stay confidential.
 */
@Component
class PublicComplaints {

	/** States after verification; rejected, withdrawn and transferred ones stay out. */
	static final Set<ComplaintState> LISTED = EnumSet.of(ComplaintState.VERIFIED, ComplaintState.DISPOSED,
			ComplaintState.IN_PROGRESS, ComplaintState.UNDER_INVESTIGATION, ComplaintState.RESPONDED,
			ComplaintState.REOPENED, ComplaintState.ESCALATED, ComplaintState.RESOLVED);

	private final JdbcClient db;

	PublicComplaints(JdbcClient db) {
		this.db = db;
	}

	/** One page (from 1) of the complaints the filter lets through, newest first. */
	Listing find(Filter filter, int page, int pageSize) {
		StringBuilder where = new StringBuilder(" from complaint where confidential = false and state in (:listed)");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("listed", LISTED.stream().map(Enum::name).toList());
		if (filter.category() != null) {
			where.append(" and category = :category");
			params.put("category", filter.category().name());
		}
		if (filter.skpd() != null) {
			where.append(" and skpd = :skpd");
			params.put("skpd", filter.skpd());
		}
		if (filter.state() != null) {
			where.append(" and state = :state");
			params.put("state", filter.state().name());
		}
		long total = this.db.sql("select count(*)" + where).params(params).query(Long.class).single();
		int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
		int current = Math.min(Math.max(page, 1), pages);
		params.put("limit", pageSize);
		params.put("offset", (current - 1) * pageSize);
		List<Row> rows = new ArrayList<>(this.db
			.sql("select tracking_number, category, skpd, region_code, state, submitted_at, description" + where
					+ " order by submitted_at desc, id desc limit :limit offset :offset")
			.params(params)
			.query((rs, row) -> new Row(rs.getString("tracking_number"), Category.valueOf(rs.getString("category")),
					rs.getString("skpd"), rs.getString("region_code"), ComplaintState.valueOf(rs.getString("state")),
					rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), rs.getString("description")))
			.list());
		return new Listing(rows, current, pages, total);
	}

	/** Any part may be null: no filter on it. */
	record Filter(Category category, String skpd, ComplaintState state) {
	}

	record Row(String trackingNumber, Category category, String skpd, String regionCode, ComplaintState state,
			Instant submittedAt, String description) {
	}

	record Listing(List<Row> rows, int page, int pages, long total) {
	}

}
