package id.pengaduan.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, pauses, resumes and stops the stage clocks, and says which have passed their
 * warning threshold or their due time. Every transition of a complaint that begins or
 * ends a stage goes through here.
 */
@Service
public class Timekeeper {

	private final StageClocks clocks;

	private final SlaClock sla;

	private final ApplicationEventPublisher events;

	Timekeeper(StageClocks clocks, SlaClock sla, ApplicationEventPublisher events) {
		this.clocks = clocks;
		this.sla = sla;
		this.events = events;
	}

	/** The open clock of a stage, if any. */
	public Optional<StageClock> open(Long complaintId, SlaStage stage) {
		return this.clocks.findFirstByComplaintIdAndStageAndStoppedAtIsNullOrderByIdDesc(complaintId, stage);
	}

	/**
	 * Starts the stage with its policy length; a clock of that stage still open is
	 * stopped first.
	 */
	@Transactional
	public StageClock start(Long complaintId, SlaStage stage, String regionCode, String skpd) {
		return start(complaintId, stage, this.sla.policy().daysFor(stage), regionCode, skpd);
	}

	@Transactional
	public StageClock start(Long complaintId, SlaStage stage, int days, String regionCode, String skpd) {
		return start(complaintId, stage, days, regionCode, skpd, this.sla.now());
	}

	/**
	 * Starts the stage at {@code now}, for a caller that already computed a deadline from
	 * that same moment.
	 */
	@Transactional
	public StageClock start(Long complaintId, SlaStage stage, String regionCode, String skpd, Instant now) {
		return start(complaintId, stage, this.sla.policy().daysFor(stage), regionCode, skpd, now);
	}

	/**
	 * Starts the first clocks of a complaint received at {@code now}. It has no clock to
	 * stop yet, so this asks the database nothing: three lookups fewer on every intake
	 * (docs/performance.md, "Intake").
	 */
	@Transactional
	public void startFirst(Long complaintId, String regionCode, Instant now, SlaStage... stages) {
		for (SlaStage stage : stages) {
			save(complaintId, stage, this.sla.policy().daysFor(stage), regionCode, null, now);
		}
	}

	private StageClock start(Long complaintId, SlaStage stage, int days, String regionCode, String skpd, Instant now) {
		stop(complaintId, stage);
		return save(complaintId, stage, days, regionCode, skpd, now);
	}

	private StageClock save(Long complaintId, SlaStage stage, int days, String regionCode, String skpd, Instant now) {
		Instant due = this.sla.due(stage, days, now, regionCode);
		return this.clocks
			.save(new StageClock(complaintId, stage, skpd, regionCode, now, this.sla.warnAt(stage, now, due), due));
	}

	@Transactional
	public Optional<StageClock> stop(Long complaintId, SlaStage stage) {
		Optional<StageClock> open = open(complaintId, stage);
		open.ifPresent(this::stop);
		return open;
	}

	/**
	 * The stage no longer applies (e.g. the SKPD returned the disposition): stopped, but
	 * judged neither way.
	 */
	@Transactional
	public Optional<StageClock> cancel(Long complaintId, SlaStage stage) {
		Optional<StageClock> open = open(complaintId, stage);
		open.ifPresent((clock) -> {
			clock.cancel(this.sla.now());
			if (clock.getBreachedAt() != null) {
				this.events.publishEvent(new StageClockStopped(complaintId, stage));
			}
		});
		return open;
	}

	/** Every open clock: the complaint is closed. */
	@Transactional
	public void stopAll(Long complaintId) {
		this.clocks.findByComplaintIdAndStoppedAtIsNull(complaintId).forEach(this::stop);
	}

	/**
	 * The complaint waits on the complainant: the clock keeps the working days it has
	 * left.
	 */
	@Transactional
	public Optional<StageClock> pause(Long complaintId, SlaStage stage) {
		Optional<StageClock> open = open(complaintId, stage).filter(StageClock::isRunning);
		open.ifPresent((clock) -> clock.pause(this.sla.now(),
				Math.max(0, this.sla.workingDaysLeft(clock.getDueAt(), clock.getRegionCode()))));
		return open;
	}

	/**
	 * The complainant answered: the clock runs again with the working days it had left
	 * when paused.
	 */
	@Transactional
	public Optional<StageClock> resume(Long complaintId, SlaStage stage) {
		Optional<StageClock> paused = open(complaintId, stage).filter((clock) -> clock.getPausedAt() != null);
		paused.ifPresent((clock) -> {
			Instant now = this.sla.now();
			Instant due = this.sla.due(stage, clock.remainingWorkingDays(), now, clock.getRegionCode());
			clock.resume(this.sla.warnAt(stage, now, due), due);
		});
		return paused;
	}

	/**
	 * Open, running clocks of the complaint that passed their threshold and were not
	 * warned yet; marks them.
	 */
	@Transactional
	public List<StageClock> warnDue(Long complaintId) {
		Instant now = this.sla.now();
		List<StageClock> due = new ArrayList<>();
		for (StageClock clock : this.clocks.findByComplaintIdAndStoppedAtIsNull(complaintId)) {
			if (clock.isRunning() && clock.getWarnedAt() == null && !clock.getWarnAt().isAfter(now)
					&& clock.getStage().bindsTheAgency()) {
				clock.markWarned(now);
				due.add(clock);
			}
		}
		return due;
	}

	/**
	 * Open, running clocks of the complaint past their due time and not yet breached;
	 * marks them breached.
	 */
	@Transactional
	public List<StageClock> breachDue(Long complaintId) {
		Instant now = this.sla.now();
		List<StageClock> breached = new ArrayList<>();
		for (StageClock clock : this.clocks.findByComplaintIdAndStoppedAtIsNull(complaintId)) {
			if (clock.isRunning() && clock.getBreachedAt() == null && !clock.getDueAt().isAfter(now)
					&& clock.getStage().bindsTheAgency()) {
				clock.markBreached(now);
				breached.add(clock);
			}
		}
		return breached;
	}

	public List<StageClock> clocksOf(Long complaintId) {
		return this.clocks.findByComplaintIdOrderByIdAsc(complaintId);
	}

	/**
	 * The working days after a breach when the regional secretary takes over (domain.md
	 * 9.4).
	 */
	public Instant secondLevelDue(StageClock clock) {
		return this.sla.due(SlaStage.RESOLUTION, this.sla.policy().secondLevelDays(), clock.getDueAt(),
				clock.getRegionCode());
	}

	private void stop(StageClock clock) {
		Instant now = this.sla.now();
		Instant countedUntil = (clock.getPausedAt() != null) ? clock.getPausedAt() : now;
		clock.stop(now,
				Math.max(0, this.sla.workingDaysBetween(clock.getStartedAt(), countedUntil, clock.getRegionCode())));
		if (clock.getBreachedAt() != null) {
			this.events.publishEvent(new StageClockStopped(clock.getComplaintId(), clock.getStage()));
		}
	}

}
