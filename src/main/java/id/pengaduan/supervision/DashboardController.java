package id.pengaduan.supervision;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pengaduan.audit.AuditAction;
import id.pengaduan.audit.AuditLog;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.identity.StaffMember;
import id.pengaduan.identity.Units;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.SlaStage;
import id.pengaduan.sla.Timekeeper;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The supervisor's SLA dashboard: every figure as a table (charts are an addition for
 * browsers with JavaScript) and every table as CSV.
 */
@Controller
class DashboardController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Dashboard dashboard;

	private final DashboardCsv csv;

	private final Units units;

	private final SlaClock sla;

	private final MessageSource messages;

	private final ObjectMapper json;

	private final AuditLog audit;

	private final Timekeeper timekeeper;

	DashboardController(Dashboard dashboard, DashboardCsv csv, Units units, SlaClock sla, MessageSource messages,
			ObjectMapper json, AuditLog audit, Timekeeper timekeeper) {
		this.audit = audit;
		this.timekeeper = timekeeper;
		this.dashboard = dashboard;
		this.csv = csv;
		this.units = units;
		this.sla = sla;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/staff/dashboard")
	String show(Principal principal,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			Model model) {
		Scope scope = scope(principal);
		Period period = period(from, to);
		Dashboard.OpenTable open = this.dashboard.open(scope, locale);
		Dashboard.Lateness lateness = this.dashboard.lateness(scope, locale, false);
		Dashboard.ComplianceTable compliance = this.dashboard.compliance(scope, period, locale);
		model.addAttribute("scope", scope);
		model.addAttribute("asOf", this.sla.now().atZone(zone()));
		model.addAttribute("yearsWithoutDecree", this.timekeeper.deadlineYearsWithoutDecree());
		model.addAttribute("open", open);
		model.addAttribute("lateness", lateness);
		model.addAttribute("compliance", compliance);
		model.addAttribute("period", period);
		model.addAttribute("warningPercent", this.sla.policy().warningPercent());
		model.addAttribute("verificationDays", this.dashboard.daysFor(SlaStage.VERIFICATION));
		model.addAttribute("firstResponseDays", this.dashboard.daysFor(SlaStage.FIRST_RESPONSE));
		model.addAttribute("openChart", toJson(openChart(open, locale)));
		model.addAttribute("complianceChart", toJson(complianceChart(compliance, locale)));
		return "staff/dashboard";
	}

	@GetMapping("/staff/dashboard/{table}.csv")
	ResponseEntity<String> csv(@PathVariable String table, Principal principal,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale) {
		Scope scope = scope(principal);
		Period period = period(from, to);
		String body = switch (table) {
			case "open" -> this.csv.open(this.dashboard.open(scope, locale), locale);
			case "overdue" -> this.csv.overdue(this.dashboard.lateness(scope, locale, true).overdue(), locale);
			case "at-risk" -> this.csv.atRisk(this.dashboard.lateness(scope, locale, true).atRisk(), locale);
			case "compliance" -> this.csv.compliance(this.dashboard.compliance(scope, period, locale), locale);
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
		// Every table that leaves the application is logged (UU 27/2022).
		this.audit.record(AuditAction.EXPORTED, principal.getName(), null, "sla-" + table);
		String name = "sla-" + table + "-" + (table.equals("compliance") ? period.from() + "-" + period.to()
				: this.sla.now().atZone(zone()).toLocalDate().toString()) + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	/** Fails closed: a login with no role sees no figures at all. */
	private Scope scope(Principal principal) {
		StaffMember member = this.units.member(principal.getName());
		if (member.roles().isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return Scope.of(member);
	}

	/** A day outside any sensible calendar answers 400, page and CSV alike. */
	private Period period(LocalDate from, LocalDate to) {
		try {
			return Period.of(from, to, this.sla.now(), zone());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	private ZoneId zone() {
		return ZoneId.of(this.sla.policy().defaultZone());
	}

	/** Stacked bars: one bar per unit, one segment per state that has any complaint. */
	private Map<String, Object> openChart(Dashboard.OpenTable open, Locale locale) {
		List<Dashboard.OpenRow> rows = open.rows().stream().filter((row) -> row.total() > 0).toList();
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (ComplaintState state : open.states()) {
			if (open.total().count(state) > 0) {
				datasets.add(Map.of("label", text("state." + state, locale), "data",
						rows.stream().map((row) -> row.count(state)).toList()));
			}
		}
		return Map.of("kind", "stacked", "labels", rows.stream().map((row) -> row.unit().name()).toList(), "datasets",
				datasets);
	}

	/** Grouped bars: share met per unit and stage, in percent. */
	private Map<String, Object> complianceChart(Dashboard.ComplianceTable compliance, Locale locale) {
		List<Dashboard.ComplianceRow> rows = compliance.rows()
			.stream()
			.filter((row) -> !row.figures().isEmpty())
			.toList();
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (SlaStage stage : compliance.stages()) {
			if (!compliance.total().figure(stage).isEmpty()) {
				List<Long> data = new ArrayList<>();
				rows.forEach((row) -> data.add(row.figure(stage).percent()));
				datasets.add(Map.of("label", text(Dashboard.stageKey(stage), locale), "data", data));
			}
		}
		return Map.of("kind", "percent", "labels", rows.stream().map((row) -> row.unit().name()).toList(), "datasets",
				datasets);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private String toJson(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
