package id.pengaduan.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The stage clocks (repository). */
public interface StageClocks extends JpaRepository<StageClock, Long> {

	List<StageClock> findByComplaintIdOrderByIdAsc(Long complaintId);

	Optional<StageClock> findFirstByComplaintIdAndStageAndStoppedAtIsNullOrderByIdDesc(Long complaintId,
			SlaStage stage);

	List<StageClock> findByComplaintIdAndStoppedAtIsNull(Long complaintId);

	/**
	 * Open, running clocks past their due time, the latest first... by due time ascending
	 * = most late first.
	 */
	List<StageClock> findByStoppedAtIsNullAndPausedAtIsNullAndDueAtBeforeOrderByDueAtAsc(Instant now);

	/** Open, running clocks past their warning threshold but not yet due. */
	List<StageClock> findByStoppedAtIsNullAndPausedAtIsNullAndWarnAtBeforeAndDueAtAfterOrderByDueAtAsc(Instant now,
			Instant sameNow);

	/** Clocks that stopped in a period, for the compliance figures. */
	List<StageClock> findByStoppedAtBetween(Instant from, Instant to);

	long countByStoppedAtIsNullAndPausedAtIsNullAndDueAtBefore(Instant now);

}
