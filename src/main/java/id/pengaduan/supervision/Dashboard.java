package id.pengaduan.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.SurveyElement;
import id.pengaduan.identity.Skpd;
import id.pengaduan.identity.Units;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.SlaStage;
import id.pengaduan.sla.StageClock;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The supervisor's figures, cut to what the viewer may see: open complaints per SKPD and
 * stage, the overdue and at-risk clocks, and the compliance over a period.
 */
@Component
class Dashboard {

	/** The stages whose compliance the dashboard reports (SP4N-LAPOR! and the SOPs). */
	static final List<SlaStage> COMPLIANCE_STAGES = List.of(SlaStage.VERIFICATION, SlaStage.FIRST_RESPONSE,
			SlaStage.RESOLUTION);

	/**
	 * Rows of each clock table on the page: the most urgent, enough to act on; at 100 000
	 * open complaints the whole list made a 72 MB page (docs/performance.md). The CSV has
	 * every row.
	 */
	static final int SHOWN = 500;

	private final SlaFigures figures;

	private final Units units;

	private final SlaClock sla;

	private final MessageSource messages;

	private final SatisfactionFigures satisfaction;

	Dashboard(SlaFigures figures, Units units, SlaClock sla, MessageSource messages, SatisfactionFigures satisfaction) {
		this.satisfaction = satisfaction;
		this.figures = figures;
		this.units = units;
		this.sla = sla;
		this.messages = messages;
	}

	OpenTable open(Scope scope, Locale locale) {
		Map<String, Map<ComplaintState, Long>> counts = new LinkedHashMap<>();
		for (SlaFigures.OpenCount count : this.figures.openComplaints()) {
			if (scope.sees(count.skpd())) {
				counts.computeIfAbsent(count.skpd(), (skpd) -> new EnumMap<>(ComplaintState.class))
					.merge(count.state(), count.complaints(), Long::sum);
			}
		}
		List<OpenRow> rows = new ArrayList<>();
		Map<ComplaintState, Long> total = new EnumMap<>(ComplaintState.class);
		for (Unit unit : units(scope, counts.keySet(), locale)) {
			Map<ComplaintState, Long> row = counts.getOrDefault(unit.code(), Map.of());
			rows.add(new OpenRow(unit, row));
			row.forEach((state, complaints) -> total.merge(state, complaints, Long::sum));
		}
		return new OpenTable(rows, new OpenRow(null, total));
	}

	/**
	 * The clocks past their warning threshold: on the page the {@link #SHOWN} most urgent
	 * of each kind with the counts of all, in the CSV ({@code all}) every one.
	 */
	Lateness lateness(Scope scope, Locale locale, boolean all) {
		Instant now = this.sla.now();
		Map<String, String> names = names(locale);
		int limit = all ? Integer.MAX_VALUE : SHOWN;
		List<ClockRow> overdue = rows(this.figures.clocksPastWarning(now, scope, true, limit), names);
		List<ClockRow> atRisk = rows(this.figures.clocksPastWarning(now, scope, false, limit), names);
		return new Lateness(overdue, atRisk, this.figures.countPastWarning(now, scope));
	}

	private List<ClockRow> rows(List<SlaFigures.LateClock> clocks, Map<String, String> names) {
		return clocks.stream().map((late) -> {
			StageClock clock = late.clock();
			String unit = late.unit();
			return new ClockRow(late.trackingNumber(), new Unit(unit, names.getOrDefault(unit, unit)), clock.getStage(),
					clock.getDueAt(), clock.getDueAt().atZone(this.sla.zoneOf(clock.getRegionCode())).toLocalDate(),
					this.sla.workingDaysLeft(clock.getDueAt(), clock.getRegionCode()));
		}).toList();
	}

	ComplianceTable compliance(Scope scope, Period period, Locale locale) {
		Map<String, Map<SlaStage, Figure>> byUnit = new LinkedHashMap<>();
		for (SlaFigures.StageFigure figure : this.figures.stoppedBetween(period.start(), period.end(),
				COMPLIANCE_STAGES)) {
			if (scope.sees(figure.skpd())) {
				byUnit.computeIfAbsent(figure.skpd(), (skpd) -> new EnumMap<>(SlaStage.class))
					.merge(figure.stage(), new Figure(figure.clocks(), figure.met(), figure.averageWorkingDays()),
							Figure::plus);
			}
		}
		List<ComplianceRow> rows = new ArrayList<>();
		Map<SlaStage, Figure> total = new EnumMap<>(SlaStage.class);
		for (Unit unit : units(scope, byUnit.keySet(), locale)) {
			Map<SlaStage, Figure> row = byUnit.getOrDefault(unit.code(), Map.of());
			rows.add(new ComplianceRow(unit, row));
			row.forEach((stage, figure) -> total.merge(stage, figure, Figure::plus));
		}
		return new ComplianceTable(period, rows, new ComplianceRow(null, total));
	}

	/**
	 * The SKM index (Permenpan RB 14/2017) per unit the viewer sees, of the surveys
	 * answered in the period, and of all of them together.
	 */
	SatisfactionTable satisfaction(Scope scope, Period period, Locale locale) {
		Map<String, SatisfactionIndex> byUnit = new LinkedHashMap<>();
		this.satisfaction.answeredBetween(period.start(), period.end()).forEach((skpd, index) -> {
			if (scope.sees(skpd)) {
				byUnit.put(skpd, index);
			}
		});
		List<SatisfactionRow> rows = new ArrayList<>();
		SatisfactionIndex total = SatisfactionIndex.NONE;
		for (Unit unit : units(scope, byUnit.keySet(), locale)) {
			SatisfactionIndex index = byUnit.getOrDefault(unit.code(), SatisfactionIndex.NONE);
			rows.add(new SatisfactionRow(unit, index));
			total = total.plus(index);
		}
		return new SatisfactionTable(period, rows, new SatisfactionRow(null, total));
	}

	/** Policy length of a stage, for the column headings. */
	int daysFor(SlaStage stage) {
		return this.sla.policy().daysFor(stage);
	}

	/**
	 * Rows to show: the complaint unit and every SKPD for those who see all, their own
	 * SKPD for the others, and any unit the figures name that the registry no longer
	 * knows.
	 */
	private List<Unit> units(Scope scope, Collection<String> seen, Locale locale) {
		Map<String, String> names = names(locale);
		Set<String> codes = new LinkedHashSet<>();
		if (scope.everything()) {
			codes.add(null);
		}
		this.units.all().stream().map(Skpd::code).filter(scope::sees).forEach(codes::add);
		codes.addAll(seen);
		return codes.stream().map((code) -> new Unit(code, names.getOrDefault(code, code))).toList();
	}

	/** Names of the SKPD, the complaint unit ({@code null}) and the escalation level. */
	private Map<String, String> names(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		names.put(null, this.messages.getMessage("dashboard.complaintUnit", null, locale));
		names.put(SlaFigures.ESCALATION_LEVEL, this.messages.getMessage("dashboard.escalationLevel", null, locale));
		for (Skpd skpd : this.units.all()) {
			names.put(skpd.code(), skpd.name());
		}
		return names;
	}

	/** An SKPD, the complaint unit ({@code code} null) or the escalation level. */
	record Unit(String code, String name) {
	}

	record OpenTable(List<OpenRow> rows, OpenRow total) {

		public List<ComplaintState> states() {
			return SlaFigures.OPEN_STATES;
		}

	}

	/** Open complaints of one unit per state; the total row has no unit. */
	record OpenRow(Unit unit, Map<ComplaintState, Long> counts) {

		public long count(ComplaintState state) {
			return this.counts.getOrDefault(state, 0L);
		}

		public long total() {
			return this.counts.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** One clock past its threshold: working days left, negative once it is late. */
	record ClockRow(String trackingNumber, Unit unit, SlaStage stage, Instant dueAt, LocalDate dueDate,
			int workingDaysLeft) {

		public int workingDaysLate() {
			return Math.max(0, -this.workingDaysLeft);
		}

		/** A UU 25/2009 ceiling: near it, undue delay (penundaan berlarut) threatens. */
		public boolean legalCeiling() {
			return this.stage.isLegalCeiling();
		}

		public String stageKey() {
			return Dashboard.stageKey(this.stage);
		}

	}

	/** The rows shown and the counts of all (the rows may be the first few only). */
	record Lateness(List<ClockRow> overdue, List<ClockRow> atRisk, SlaFigures.LateCounts counts) {

		public long undueDelayRisks() {
			return this.counts.undueDelayRisks();
		}

		public boolean overdueCut() {
			return this.counts.overdue() > this.overdue.size();
		}

		public boolean atRiskCut() {
			return this.counts.atRisk() > this.atRisk.size();
		}

	}

	record ComplianceTable(Period period, List<ComplianceRow> rows, ComplianceRow total) {

		public List<SlaStage> stages() {
			return COMPLIANCE_STAGES;
		}

		public boolean isEmpty() {
			return this.total.figures().isEmpty();
		}

	}

	record SatisfactionTable(Period period, List<SatisfactionRow> rows, SatisfactionRow total) {

		public List<SurveyElement> elements() {
			return List.of(SurveyElement.values());
		}

		public boolean isEmpty() {
			return this.total.index().isEmpty();
		}

	}

	/** One unit's SKM figures; the total row has no unit. */
	record SatisfactionRow(Unit unit, SatisfactionIndex index) {
	}

	/** One unit's figures per stage; the total row has no unit. */
	record ComplianceRow(Unit unit, Map<SlaStage, Figure> figures) {

		public Figure figure(SlaStage stage) {
			return this.figures.getOrDefault(stage, Figure.NONE);
		}

	}

	/**
	 * Clocks stopped in the period, how many by their due time, working days used on
	 * average.
	 */
	record Figure(long clocks, long met, Double averageWorkingDays) {

		static final Figure NONE = new Figure(0, 0, null);

		public boolean isEmpty() {
			return this.clocks == 0;
		}

		/** Share met, in whole percent; null without clocks. */
		public Long percent() {
			return isEmpty() ? null : Math.round(this.met * 100.0 / this.clocks);
		}

		Figure plus(Figure other) {
			long clocks = this.clocks + other.clocks;
			Double average = null;
			if (this.averageWorkingDays == null) {
				average = other.averageWorkingDays;
			}
			else if (other.averageWorkingDays == null) {
				average = this.averageWorkingDays;
			}
			else if (clocks > 0) {
				average = (this.averageWorkingDays * this.clocks + other.averageWorkingDays * other.clocks) / clocks;
			}
			return new Figure(clocks, this.met + other.met, average);
		}

	}

	/**
	 * Message key of a stage's name: the deadline labels, and our own for the legal
	 * ceilings.
	 */
	static String stageKey(SlaStage stage) {
		return stage.isLegalCeiling() ? "dashboard.stage." + stage : "deadline." + stage;
	}

}
