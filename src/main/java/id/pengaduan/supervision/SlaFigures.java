package id.pengaduan.supervision;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.sla.SlaStage;
import id.pengaduan.sla.StageClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The few grouped queries behind the dashboard and the metrics, read straight from the
 * database so that every engine node reports the same figures.
 */
@Component
@Transactional(readOnly = true)
class SlaFigures {

	/** The complaint states that are still open, in the order of the process. */
	static final List<ComplaintState> OPEN_STATES = Arrays.stream(ComplaintState.values())
		.filter((state) -> !state.isClosed())
		.toList();

	/** Clocks the agency runs; the complainant's own windows are never late for us. */
	static final List<SlaStage> AGENCY_STAGES = Arrays.stream(SlaStage.values())
		.filter(SlaStage::bindsTheAgency)
		.toList();

	private final EntityManager entities;

	SlaFigures(EntityManager entities) {
		this.entities = entities;
	}

	/** The unit code of the escalation level (regional secretary, inspectorate). */
	static final String ESCALATION_LEVEL = "eskalasi";

	/**
	 * Who answers for a clock: the SKPD it was started for, else the escalation level for
	 * an escalation, else the complaint unit ({@code null}). The UU 25/2009 ceilings
	 * start at intake, before any SKPD is known, and run for whoever holds the complaint
	 * now.
	 */
	static String unitOf(SlaStage stage, String clockSkpd, String complaintSkpd) {
		if (clockSkpd != null) {
			return clockSkpd;
		}
		if (stage == SlaStage.ESCALATION) {
			return ESCALATION_LEVEL;
		}
		return stage.isLegalCeiling() ? complaintSkpd : null;
	}

	/** Open complaints per SKPD (null: not disposed yet) and state. */
	List<OpenCount> openComplaints() {
		return this.entities
			.createQuery("select c.skpd, c.state, count(c) from Complaint c where c.state in :open "
					+ "group by c.skpd, c.state", Tuple.class)
			.setParameter("open", OPEN_STATES)
			.getResultList()
			.stream()
			.map((row) -> new OpenCount(row.get(0, String.class), row.get(1, ComplaintState.class),
					row.get(2, Long.class)))
			.toList();
	}

	/**
	 * Open, running agency clocks past their warning threshold at {@code now}: the
	 * overdue ones and those at risk. Paused clocks wait on the complainant and are
	 * neither.
	 */
	List<LateClock> clocksPastWarning(Instant now) {
		return this.entities
			.createQuery("select s, c.trackingNumber, c.skpd from StageClock s, Complaint c "
					+ "where c.id = s.complaintId and s.stoppedAt is null and s.pausedAt is null "
					+ "and s.warnAt <= :now and s.stage in :agency", Tuple.class)
			.setParameter("now", now)
			.setParameter("agency", AGENCY_STAGES)
			.getResultList()
			.stream()
			.map((row) -> new LateClock(row.get(0, StageClock.class), row.get(1, String.class),
					row.get(2, String.class)))
			.toList();
	}

	/** The clocks a scope answers for, as a JPQL condition on {@code s} and {@code c}. */
	private static final String IN_SCOPE = "(:everything = true or s.skpd in :skpds "
			+ "or (s.skpd is null and s.stage in :ceilings and c.skpd in :skpds))";

	private static final String PAST_WARNING = "from StageClock s, Complaint c where c.id = s.complaintId "
			+ "and s.stoppedAt is null and s.pausedAt is null and s.warnAt <= :now and s.stage in :agency and "
			+ IN_SCOPE;

	/**
	 * The first {@code limit} running clocks past their warning threshold that the scope
	 * answers for, overdue ones or only those at risk, the earliest due first (the most
	 * working days late, or the fewest left).
	 */
	List<LateClock> clocksPastWarning(Instant now, Scope scope, boolean overdue, int limit) {
		var query = this.entities.createQuery("select s, c.trackingNumber, c.skpd " + PAST_WARNING
				+ (overdue ? " and s.dueAt < :now" : " and s.dueAt >= :now") + " order by s.dueAt, c.trackingNumber",
				Tuple.class);
		return scoped(query, now, scope).setMaxResults(limit)
			.getResultList()
			.stream()
			.map((row) -> new LateClock(row.get(0, StageClock.class), row.get(1, String.class),
					row.get(2, String.class)))
			.toList();
	}

	/**
	 * How many running clocks the scope answers for are overdue, at risk, and of those
	 * how many are a UU 25/2009 ceiling.
	 */
	LateCounts countPastWarning(Instant now, Scope scope) {
		String sums = "select sum(case when s.dueAt < :now then 1 else 0 end), "
				+ "sum(case when s.dueAt >= :now then 1 else 0 end), sum(case when s.stage in :ceilings then 1 else 0 end) ";
		Tuple row;
		if (scope.everything()) {
			// Every clock counts: no join with the complaints, half the work at 100 000
			// open complaints (docs/performance.md, "The dashboard").
			row = this.entities
				.createQuery(sums + "from StageClock s where s.stoppedAt is null and s.pausedAt is null "
						+ "and s.warnAt <= :now and s.stage in :agency", Tuple.class)
				.setParameter("now", now)
				.setParameter("agency", AGENCY_STAGES)
				.setParameter("ceilings", LEGAL_CEILINGS)
				.getSingleResult();
		}
		else {
			row = scoped(this.entities.createQuery(sums + PAST_WARNING, Tuple.class), now, scope).getSingleResult();
		}
		return new LateCounts(number(row.get(0)), number(row.get(1)), number(row.get(2)));
	}

	private static <T> jakarta.persistence.TypedQuery<T> scoped(jakarta.persistence.TypedQuery<T> query, Instant now,
			Scope scope) {
		// An empty list is no valid "in ()"; no SKPD code is blank.
		return query.setParameter("now", now)
			.setParameter("agency", AGENCY_STAGES)
			.setParameter("everything", scope.everything())
			.setParameter("skpds", scope.skpds().isEmpty() ? List.of("") : scope.skpds())
			.setParameter("ceilings", LEGAL_CEILINGS);
	}

	private static long number(Object value) {
		return (value != null) ? ((Number) value).longValue() : 0;
	}

	/** The UU 25/2009 ceilings, which run for whoever holds the complaint. */
	static final List<SlaStage> LEGAL_CEILINGS = Arrays.stream(SlaStage.values())
		.filter(SlaStage::isLegalCeiling)
		.toList();

	/**
	 * Clocks of the given stages stopped in [from, to): met, total, average working days.
	 */
	List<StageFigure> stoppedBetween(Instant from, Instant to, Collection<SlaStage> stages) {
		return this.entities
			.createQuery("select s.skpd, s.stage, count(s), "
					+ "sum(case when s.stoppedAt <= s.dueAt then 1 else 0 end), avg(s.workingDaysUsed) "
					+ "from StageClock s where s.stoppedAt >= :from and s.stoppedAt < :to and s.stage in :stages "
					+ "and s.cancelled = false " + "group by s.skpd, s.stage", Tuple.class)
			.setParameter("from", from)
			.setParameter("to", to)
			.setParameter("stages", stages)
			.getResultList()
			.stream()
			.map((row) -> new StageFigure(row.get(0, String.class), row.get(1, SlaStage.class),
					row.get(2, Number.class).longValue(), row.get(3, Number.class).longValue(),
					(row.get(4) != null) ? row.get(4, Number.class).doubleValue() : null))
			.toList();
	}

	/** Clocks that ran out (all time), per SKPD and stage. */
	List<BreachCount> breaches() {
		return this.entities
			.createQuery("select s.skpd, c.skpd, s.stage, count(s) from StageClock s, Complaint c "
					+ "where c.id = s.complaintId and s.breachedAt is not null group by s.skpd, c.skpd, s.stage",
					Tuple.class)
			.getResultList()
			.stream()
			.map((row) -> new BreachCount(
					unitOf(row.get(2, SlaStage.class), row.get(0, String.class), row.get(1, String.class)),
					row.get(2, SlaStage.class), row.get(3, Long.class)))
			.toList();
	}

	record LateCounts(long overdue, long atRisk, long undueDelayRisks) {
	}

	record OpenCount(String skpd, ComplaintState state, long complaints) {
	}

	record LateClock(StageClock clock, String trackingNumber, String complaintSkpd) {

		String unit() {
			return unitOf(this.clock.getStage(), this.clock.getSkpd(), this.complaintSkpd);
		}

	}

	record StageFigure(String skpd, SlaStage stage, long clocks, long met, Double averageWorkingDays) {
	}

	record BreachCount(String unit, SlaStage stage, long clocks) {
	}

}
