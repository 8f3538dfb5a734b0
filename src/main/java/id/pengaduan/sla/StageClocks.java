package id.pengaduan.sla;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The stage clocks (repository). */
public interface StageClocks extends JpaRepository<StageClock, Long> {

	List<StageClock> findByComplaintIdOrderByIdAsc(Long complaintId);

	Optional<StageClock> findFirstByComplaintIdAndStageAndStoppedAtIsNullOrderByIdDesc(Long complaintId,
			SlaStage stage);

	List<StageClock> findByComplaintIdAndStoppedAtIsNull(Long complaintId);

}
