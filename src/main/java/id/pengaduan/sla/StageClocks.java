package id.pengaduan.sla;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The stage clocks (repository). */
public interface StageClocks extends JpaRepository<StageClock, Long> {

	/**
	 * In the order they started: ids come in blocks per node (docs/decisions/0016), so a
	 * later clock may have a lower id when two nodes share the work.
	 */
	List<StageClock> findByComplaintIdOrderByStartedAtAscIdAsc(Long complaintId);

}
