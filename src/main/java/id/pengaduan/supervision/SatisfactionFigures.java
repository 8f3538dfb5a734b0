package id.pengaduan.supervision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import id.pengaduan.complaint.SurveyElement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SKM answers of a period per SKPD (the complaint's SKPD; {@code null} for the
 * complaint unit), read from the portal's survey tables.
 */
@Component
class SatisfactionFigures {

	private final JdbcClient db;

	SatisfactionFigures(JdbcClient db) {
		this.db = db;
	}

	/** Surveys answered in [from, to), by SKPD. */
	Map<String, SatisfactionIndex> answeredBetween(Instant from, Instant to) {
		OffsetDateTime start = OffsetDateTime.ofInstant(from, ZoneOffset.UTC);
		OffsetDateTime end = OffsetDateTime.ofInstant(to, ZoneOffset.UTC);
		Map<String, Long> respondents = new HashMap<>();
		this.db
			.sql("select c.skpd, count(*) from skm_survey s join complaint c on c.id = s.complaint_id"
					+ " where s.answered_at >= ? and s.answered_at < ? group by c.skpd")
			.params(start, end)
			.query((rs) -> {
				respondents.put(rs.getString(1), rs.getLong(2));
			});
		Map<String, Map<SurveyElement, SatisfactionIndex.Tally>> tallies = new HashMap<>();
		this.db
			.sql("select c.skpd, a.element, sum(a.score), count(*) from skm_answer a"
					+ " join skm_survey s on s.id = a.survey_id join complaint c on c.id = s.complaint_id"
					+ " where s.answered_at >= ? and s.answered_at < ? group by c.skpd, a.element")
			.params(start, end)
			.query((rs) -> {
				tallies.computeIfAbsent(rs.getString(1), (skpd) -> new EnumMap<>(SurveyElement.class))
					.put(SurveyElement.valueOf(rs.getString(2)),
							new SatisfactionIndex.Tally(rs.getLong(3), rs.getLong(4)));
			});
		Map<String, SatisfactionIndex> byUnit = new HashMap<>();
		respondents.forEach(
				(skpd, count) -> byUnit.put(skpd, SatisfactionIndex.of(count, tallies.getOrDefault(skpd, Map.of()))));
		return byUnit;
	}

}
