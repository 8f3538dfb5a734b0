package id.pengaduan.sla;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The stage clocks (repository). */
public interface StageClocks extends JpaRepository<StageClock, Long> {

	/**
	 * In the order they started: ids come in blocks per node (docs/decisions/0016), so a
	 * later clock may have a lower id when two nodes share the work.
	 */
	List<StageClock> findByComplaintIdOrderByStartedAtAscIdAsc(Long complaintId);

	/**
	 * Running clocks not yet breached that know their length: what a recomputation moves.
	 */
	@Query("select s.id from StageClock s where s.stoppedAt is null and s.pausedAt is null "
			+ "and s.breachedAt is null and s.lengthDays is not null order by s.id")
	List<Long> findRecomputable();

	/** The earliest and latest due date of the running clocks, for the SKB check. */
	@Query("select min(s.dueAt), max(s.dueAt) from StageClock s where s.stoppedAt is null")
	List<Object[]> openDueRange();

}
