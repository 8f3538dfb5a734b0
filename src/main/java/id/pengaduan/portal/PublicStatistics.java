package id.pengaduan.portal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.sla.SlaClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures on the home page, counted from the complaint and state_change tables: the
 * public sees how many complaints came in and were settled, and how long an answer takes.
 * Confidential complaints count too; only numbers leave this class.
 */
@Component
class PublicStatistics {

	/** Averages over a quarter, so that the first days of a month show a figure too. */
	static final Duration ANSWER_PERIOD = Duration.ofDays(90);

	private final JdbcClient db;

	private final SlaClock sla;

	PublicStatistics(JdbcClient db, SlaClock sla) {
		this.db = db;
		this.sla = sla;
	}

	Figures figures(ZoneId zone) {
		Instant now = this.sla.now();
		OffsetDateTime monthStart = now.atZone(zone)
			.toLocalDate()
			.withDayOfMonth(1)
			.atStartOfDay(zone)
			.toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);
		long received = this.db.sql("select count(*) from complaint where submitted_at >= ?")
			.param(monthStart)
			.query(Long.class)
			.single();
		List<String> closed = Arrays.stream(ComplaintState.values())
			.filter(ComplaintState::isClosed)
			.map(Enum::name)
			.toList();
		long open = this.db.sql("select count(*) from complaint where state not in (:closed)")
			.param("closed", closed)
			.query(Long.class)
			.single();
		long resolved = this.db
			.sql("select count(distinct complaint_id) from state_change"
					+ " where to_state = 'RESOLVED' and (from_state is null or from_state <> 'RESOLVED') and at >= ?")
			.param(monthStart)
			.query(Long.class)
			.single();
		// Working days from receipt to the first published answer, as the deadlines
		// count.
		List<Integer> days = this.db
			.sql("select c.submitted_at, c.region_code, min(s.at) as answered_at from complaint c"
					+ " join state_change s on s.complaint_id = c.id where s.event = 'history.RESPONDED'"
					+ " group by c.id, c.submitted_at, c.region_code having min(s.at) >= ?")
			.param(OffsetDateTime.ofInstant(now.minus(ANSWER_PERIOD), ZoneOffset.UTC))
			.query((rs, row) -> {
				String region = rs.getString("region_code");
				Instant submitted = rs.getObject("submitted_at", OffsetDateTime.class).toInstant();
				Instant answered = rs.getObject("answered_at", OffsetDateTime.class).toInstant();
				return this.sla.workingDaysBetween(submitted, answered, region);
			})
			.list();
		Double average = days.isEmpty() ? null
				: Math.round(days.stream().mapToInt(Integer::intValue).average().orElse(0) * 10) / 10.0;
		return new Figures(received, open, resolved, average, days.size());
	}

	/**
	 * @param received complaints submitted this month
	 * @param inProgress complaints not closed yet, whenever they came
	 * @param resolved complaints closed as resolved this month
	 * @param averageWorkingDaysToAnswer over the answers of {@link #ANSWER_PERIOD}; null
	 * when there were none
	 * @param answers how many answers the average is taken over
	 */
	record Figures(long received, long inProgress, long resolved, Double averageWorkingDaysToAnswer, int answers) {
	}

}
