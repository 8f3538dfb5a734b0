package id.pengaduan.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.sla.SlaStage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every dashboard table as CSV, with the headings of the page in the viewer's language.
 */
@Component
class DashboardCsv {

	private final MessageSource messages;

	DashboardCsv(MessageSource messages) {
		this.messages = messages;
	}

	String open(Dashboard.OpenTable table, Locale locale) {
		List<Object> heading = new ArrayList<>(unitHeading(locale));
		heading.add(text("dashboard.open.total", locale));
		table.states().forEach((state) -> heading.add(text("state." + state, locale)));
		Csv csv = new Csv().row(heading);
		for (Dashboard.OpenRow row : table.rows()) {
			List<Object> cells = new ArrayList<>(unitCells(row.unit()));
			cells.add(row.total());
			for (ComplaintState state : table.states()) {
				cells.add(row.count(state));
			}
			csv.row(cells);
		}
		return csv.toString();
	}

	String overdue(List<Dashboard.ClockRow> rows, Locale locale) {
		return clocks(rows, "dashboard.column.daysLate", locale, true);
	}

	String atRisk(List<Dashboard.ClockRow> rows, Locale locale) {
		return clocks(rows, "dashboard.column.daysLeft", locale, false);
	}

	String compliance(Dashboard.ComplianceTable table, Locale locale) {
		List<Object> heading = new ArrayList<>(unitHeading(locale));
		for (SlaStage stage : table.stages()) {
			String name = text(Dashboard.stageKey(stage), locale);
			heading.add(text("dashboard.csv.onTimePercent", locale, name));
			heading.add(text("dashboard.csv.onTime", locale, name));
			heading.add(text("dashboard.csv.stopped", locale, name));
			heading.add(text("dashboard.csv.average", locale, name));
		}
		Csv csv = new Csv().row(heading);
		for (Dashboard.ComplianceRow row : table.rows()) {
			List<Object> cells = new ArrayList<>(unitCells(row.unit()));
			for (SlaStage stage : table.stages()) {
				Dashboard.Figure figure = row.figure(stage);
				cells.add(figure.percent());
				cells.add(figure.isEmpty() ? null : figure.met());
				cells.add(figure.clocks());
				cells.add((figure.averageWorkingDays() != null)
						? String.format(Locale.ROOT, "%.1f", figure.averageWorkingDays()) : null);
			}
			csv.row(cells);
		}
		return csv.toString();
	}

	/** SKM per unit: respondents, each element's mean (1-4), the IKM (25-100), grade. */
	String satisfaction(Dashboard.SatisfactionTable table, Locale locale) {
		List<Object> heading = new ArrayList<>(unitHeading(locale));
		heading.add(text("dashboard.skm.respondents", locale));
		table.elements().forEach((element) -> heading.add(text("skm.element." + element, locale)));
		heading.add(text("dashboard.skm.index", locale));
		heading.add(text("dashboard.skm.grade", locale));
		Csv csv = new Csv().row(heading);
		for (Dashboard.SatisfactionRow row : table.rows()) {
			List<Object> cells = new ArrayList<>(unitCells(row.unit()));
			SatisfactionIndex index = row.index();
			cells.add(index.respondents());
			table.elements().forEach((element) -> cells.add(plain(index.mean(element))));
			cells.add(plain(index.index()));
			cells.add((index.grade() != null)
					? index.grade() + " " + text("dashboard.skm.grade." + index.grade(), locale) : null);
			csv.row(cells);
		}
		return csv.toString();
	}

	private static String plain(java.math.BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	private String clocks(List<Dashboard.ClockRow> rows, String daysKey, Locale locale, boolean overdue) {
		List<Object> heading = new ArrayList<>();
		heading.add(text("dashboard.column.number", locale));
		heading.addAll(unitHeading(locale));
		heading.add(text("dashboard.column.stage", locale));
		heading.add(text("dashboard.column.due", locale));
		heading.add(text(daysKey, locale));
		heading.add(text("dashboard.column.note", locale));
		Csv csv = new Csv().row(heading);
		for (Dashboard.ClockRow row : rows) {
			List<Object> cells = new ArrayList<>();
			cells.add(row.trackingNumber());
			cells.addAll(unitCells(row.unit()));
			cells.add(text(row.stageKey(), locale));
			cells.add(row.dueDate().toString());
			cells.add(overdue ? row.workingDaysLate() : row.workingDaysLeft());
			cells.add(row.legalCeiling()
					? text(overdue ? "dashboard.flag.undueDelay" : "dashboard.flag.undueDelayRisk", locale) : null);
			csv.row(cells);
		}
		return csv.toString();
	}

	private List<Object> unitHeading(Locale locale) {
		return List.of(text("dashboard.column.skpdCode", locale), text("dashboard.column.skpd", locale));
	}

	private List<Object> unitCells(Dashboard.Unit unit) {
		List<Object> cells = new ArrayList<>();
		cells.add(unit.code());
		cells.add(unit.name());
		return cells;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
