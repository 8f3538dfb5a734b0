package id.pengaduan.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import id.pengaduan.complaint.SurveyElement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SKM answers (Permenpan RB 14/2017) given after a complaint is closed: the nine
 * elements U1..U9, each scored 1 (tidak baik) to 4 (sangat baik), one survey per
 * complaint and round (its reopen count), kept for the unit's satisfaction index. Asked
 * on the tracking page and through the API.
 */
@Component
public class SatisfactionSurveys {

	private final JdbcClient db;

	SatisfactionSurveys(JdbcClient db) {
		this.db = db;
	}

	public boolean answered(Long complaintId, int round) {
		return this.db.sql("select count(*) from skm_survey where complaint_id = ? and round = ?")
			.params(complaintId, round)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Stores the answers to all nine elements.
	 * @return false when the complaint already has a survey for that round
	 * @throws org.springframework.dao.DuplicateKeyException when another request stored
	 * one at the same moment
	 */
	@Transactional
	public boolean record(Long complaintId, int round, Map<SurveyElement, Integer> scores, String comment, Instant at) {
		if (scores.size() != SurveyElement.values().length
				|| scores.values().stream().anyMatch((score) -> score == null || score < 1 || score > 4)) {
			throw new IllegalArgumentException("SKM asks all nine elements, each scored 1 to 4");
		}
		// Two tabs at once: the second finds the first's row, or (in a race) fails on the
		// unique key and rolls back, and the page says the state changed.
		if (answered(complaintId, round)) {
			return false;
		}
		this.db.sql("insert into skm_survey (complaint_id, round, comment, answered_at) values (?, ?, ?, ?)")
			.params(complaintId, round, (comment != null && !comment.isBlank()) ? comment.strip() : null,
					OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
		Long survey = this.db.sql("select id from skm_survey where complaint_id = ? and round = ?")
			.params(complaintId, round)
			.query(Long.class)
			.single();
		scores.forEach(
				(element, score) -> this.db.sql("insert into skm_answer (survey_id, element, score) values (?, ?, ?)")
					.params(survey, element.name(), score)
					.update());
		return true;
	}

}
