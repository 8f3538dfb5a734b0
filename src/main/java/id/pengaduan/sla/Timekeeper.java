package id.pengaduan.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts, pauses, resumes and stops the stage clocks, and says which have passed their
 * warning threshold or their due time. Every transition of a complaint that begins or
 * ends a stage goes through here.
 */
@Service
public class Timekeeper {

	private final StageClocks clocks;

	private final SlaClock sla;

	/** Clocks recomputed in one transaction. */
	static final int RECOMPUTE_BATCH = 200;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	Timekeeper(StageClocks clocks, SlaClock sla, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager) {
		this.clocks = clocks;
		this.sla = sla;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** The open clock of a stage, if any. */
	public Optional<StageClock> open(Long complaintId, SlaStage stage) {
		List<StageClock> all = clocks(complaintId);
		for (int i = all.size() - 1; i >= 0; i--) {
			StageClock clock = all.get(i);
			if (clock.getStage() == stage && clock.getStoppedAt() == null) {
				return Optional.of(clock);
			}
		}
		return Optional.empty();
	}

	/**
	 * The complaint's clocks, oldest first, read from the database once per transaction
	 * and kept beside it: completing the verification stops one clock and starts two, and
	 * each step asked the database for the open clock of its stage (a query that first
	 * flushes the session) — four round trips where one does (docs/performance.md, "Task
	 * completion"). Only this class writes clocks, and it adds each new clock to the
	 * list, so the list is what the database would answer inside the transaction. The
	 * list lives in a synchronization of the transaction, so a transaction started inside
	 * it (REQUIRES_NEW) has its own.
	 */
	private List<StageClock> clocks(Long complaintId) {
		Map<Long, List<StageClock>> read = readInThisTransaction();
		if (read == null) {
			return new ArrayList<>(this.clocks.findByComplaintIdOrderByStartedAtAscIdAsc(complaintId));
		}
		return read.computeIfAbsent(complaintId,
				(id) -> new ArrayList<>(this.clocks.findByComplaintIdOrderByStartedAtAscIdAsc(id)));
	}

	/**
	 * The clocks this transaction has read or started, by complaint; null outside one.
	 */
	private static Map<Long, List<StageClock>> readInThisTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof ClocksRead read) {
				return read.byComplaint;
			}
		}
		ClocksRead read = new ClocksRead();
		TransactionSynchronizationManager.registerSynchronization(read);
		return read.byComplaint;
	}

	private static final class ClocksRead implements TransactionSynchronization {

		private final Map<Long, List<StageClock>> byComplaint = new HashMap<>();

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
	 * stop yet, so this asks the database nothing, and the process start that follows in
	 * the same transaction finds the verification clock without asking either
	 * (docs/performance.md, "Intake").
	 */
	@Transactional
	public void startFirst(Long complaintId, String regionCode, Instant now, SlaStage... stages) {
		knownEmpty(complaintId);
		for (SlaStage stage : stages) {
			save(complaintId, stage, this.sla.policy().daysFor(stage), regionCode, null, now);
		}
	}

	private StageClock start(Long complaintId, SlaStage stage, int days, String regionCode, String skpd, Instant now) {
		stop(complaintId, stage);
		return save(complaintId, stage, days, regionCode, skpd, now);
	}

	private StageClock save(Long complaintId, SlaStage stage, int days, String regionCode, String skpd, Instant now) {
		Instant due = this.sla.due(stage, days, now, regionCode, skpd);
		StageClock clock = this.clocks.save(new StageClock(complaintId, stage, skpd, regionCode, now, days,
				this.sla.warnAt(stage, now, due, regionCode, skpd), due));
		clocks(complaintId).add(clock);
		return clock;
	}

	/** A complaint stored in this transaction has no clocks yet: nothing to read. */
	private static void knownEmpty(Long complaintId) {
		Map<Long, List<StageClock>> read = readInThisTransaction();
		if (read != null) {
			read.putIfAbsent(complaintId, new ArrayList<>());
		}
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
		openClocks(complaintId).forEach(this::stop);
	}

	/**
	 * The complaint waits on the complainant: the clock keeps the working days it has
	 * left.
	 */
	@Transactional
	public Optional<StageClock> pause(Long complaintId, SlaStage stage) {
		Optional<StageClock> open = open(complaintId, stage).filter(StageClock::isRunning);
		open.ifPresent((clock) -> clock.pause(this.sla.now(),
				Math.max(0, this.sla.workingDaysLeft(clock.getDueAt(), clock.getRegionCode(), clock.getSkpd()))));
		return open;
	}

	/**
	 * The file is incomplete and waits on the complainant: the UU 25/2009 ceilings stop
	 * counting against the agency, which has answered (Pasal 45: the answer may say what
	 * is missing), so the dashboard does not flag an undue delay.
	 */
	@Transactional
	public void pauseLegalCeilings(Long complaintId) {
		pause(complaintId, SlaStage.LEGAL_RESPONSE);
		pause(complaintId, SlaStage.LEGAL_DECISION);
	}

	/**
	 * The file is complete: the ceilings count again from now, the date of the complete
	 * file (domain.md 9.3 #4; UU 25/2009 Pasal 50(1)), in every round.
	 */
	@Transactional
	public void restartLegalCeilings(Long complaintId, String regionCode) {
		start(complaintId, SlaStage.LEGAL_RESPONSE, regionCode, null);
		start(complaintId, SlaStage.LEGAL_DECISION, regionCode, null);
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
			int days = clock.remainingWorkingDays();
			Instant due = this.sla.due(stage, days, now, clock.getRegionCode(), clock.getSkpd());
			clock.resume(now, days, this.sla.warnAt(stage, now, due, clock.getRegionCode(), clock.getSkpd()), due);
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
		for (StageClock clock : openClocks(complaintId)) {
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
		for (StageClock clock : openClocks(complaintId)) {
			if (clock.isRunning() && clock.getBreachedAt() == null && !clock.getDueAt().isAfter(now)
					&& clock.getStage().bindsTheAgency()) {
				clock.markBreached(now);
				breached.add(clock);
			}
		}
		return breached;
	}

	public List<StageClock> clocksOf(Long complaintId) {
		return this.clocks.findByComplaintIdOrderByStartedAtAscIdAsc(complaintId);
	}

	private List<StageClock> openClocks(Long complaintId) {
		return clocks(complaintId).stream().filter((clock) -> clock.getStoppedAt() == null).toList();
	}

	/**
	 * The working days after a breach when the regional secretary takes over (domain.md
	 * 9.4).
	 */
	public Instant secondLevelDue(StageClock clock) {
		// The due time is already the end of its day: no office-hours rule applies to it.
		return this.sla.workingDaysAfterDeadline(clock.getDueAt(), this.sla.policy().secondLevelDays(),
				clock.getRegionCode(), clock.getSkpd());
	}

	/**
	 * After a calendar change (ADR 0020): every running clock that is not yet breached
	 * counts its length again from the same moment in today's calendar. A clock whose
	 * warning or due date moves publishes {@link StageClockRecomputed}, so the engine's
	 * timers, the tasks and the complaint follow in the same transaction. A batch at a
	 * time, each in its own transaction, so a hundred thousand open clocks never sit in
	 * one.
	 */
	public Recomputation recompute() {
		List<Long> ids = this.clocks.findRecomputable();
		int moved = 0;
		for (int from = 0; from < ids.size(); from += RECOMPUTE_BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + RECOMPUTE_BATCH));
			Integer count = this.transactions.execute((status) -> {
				int changed = 0;
				for (StageClock clock : this.clocks.findAllById(batch)) {
					if (recompute(clock)) {
						changed++;
					}
				}
				return changed;
			});
			moved += (count != null) ? count : 0;
		}
		return new Recomputation(ids.size(), moved);
	}

	private boolean recompute(StageClock clock) {
		if (!clock.isRunning() || clock.getBreachedAt() != null || clock.lengthDays() == null) {
			return false;
		}
		Instant due = this.sla.due(clock.getStage(), clock.lengthDays(), clock.countedFrom(), clock.getRegionCode(),
				clock.getSkpd());
		Instant warn = this.sla.warnAt(clock.getStage(), clock.countedFrom(), due, clock.getRegionCode(),
				clock.getSkpd());
		Instant oldWarn = clock.getWarnAt();
		Instant oldDue = clock.getDueAt();
		clock.recompute(warn, due);
		if (oldWarn.equals(clock.getWarnAt()) && oldDue.equals(clock.getDueAt())) {
			return false;
		}
		this.events.publishEvent(new StageClockRecomputed(clock.getComplaintId(), clock.getStage(), oldWarn, oldDue,
				clock.getWarnAt(), clock.getDueAt()));
		return true;
	}

	/**
	 * The years in which an open clock falls due and whose SKB has not been entered:
	 * those deadlines count only the fixed-date holidays (docs/sla.md).
	 */
	public List<Integer> deadlineYearsWithoutDecree() {
		List<Object[]> rows = this.clocks.openDueRange();
		if (rows.isEmpty() || rows.get(0)[0] == null) {
			return List.of();
		}
		java.time.ZoneId zone = this.sla.zoneOf(null);
		WorkingDayCalendar calendar = this.sla.calendar();
		List<Integer> missing = new ArrayList<>();
		for (int year = ((Instant) rows.get(0)[0]).atZone(zone).getYear(); year <= ((Instant) rows.get(0)[1])
			.atZone(zone)
			.getYear(); year++) {
			if (!calendar.hasDecree(year)) {
				missing.add(year);
			}
		}
		return missing;
	}

	/** How many running clocks were looked at, and how many of them moved. */
	public record Recomputation(int clocks, int moved) {
	}

	private void stop(StageClock clock) {
		Instant now = this.sla.now();
		Instant countedUntil = (clock.getPausedAt() != null) ? clock.getPausedAt() : now;
		clock.stop(now, Math.max(0, this.sla.workingDaysBetween(clock.getStartedAt(), countedUntil,
				clock.getRegionCode(), clock.getSkpd())));
		if (clock.getBreachedAt() != null) {
			this.events.publishEvent(new StageClockStopped(clock.getComplaintId(), clock.getStage()));
		}
	}

}
