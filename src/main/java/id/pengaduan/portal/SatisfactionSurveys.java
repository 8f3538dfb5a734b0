package id.pengaduan.portal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SKM answers (Permenpan RB 14/2017) given after a complaint is closed: element U8,
 * "Penanganan Pengaduan, Saran dan Masukan", scored 1 (tidak baik) to 4 (sangat baik),
 * one per complaint, kept for the unit's satisfaction index.
 */
@Component
class SatisfactionSurveys {

	/** The SKM element this survey asks about; stored with every answer. */
	static final String ELEMENT = "U8";

	private final JdbcClient db;

	SatisfactionSurveys(JdbcClient db) {
		this.db = db;
	}

	Optional<Integer> scoreOf(Long complaintId) {
		return this.db.sql("select score from satisfaction_survey where complaint_id = ?")
			.param(complaintId)
			.query(Integer.class)
			.optional();
	}

	/**
	 * Stores the answer.
	 * @return false when the complaint already has one
	 */
	boolean record(Long complaintId, int score, String comment, Instant at) {
		if (score < 1 || score > 4) {
			throw new IllegalArgumentException("SKM scores run from 1 to 4");
		}
		try {
			this.db
				.sql("insert into satisfaction_survey (complaint_id, element, score, comment, answered_at)"
						+ " values (?, ?, ?, ?, ?)")
				.params(complaintId, ELEMENT, score, (comment != null && !comment.isBlank()) ? comment.strip() : null,
						OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
