package id.pengaduan.supervision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.pengaduan.audit.AuditAction;
import id.pengaduan.audit.AuditLog;
import id.pengaduan.identity.Skpd;
import id.pengaduan.identity.Units;
import id.pengaduan.sla.Holiday;
import id.pengaduan.sla.HolidayCalendar;
import id.pengaduan.sla.Region;
import id.pengaduan.sla.RegionalHoliday;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.Timekeeper;
import id.pengaduan.sla.WorkingWeek;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The working-day calendar: every member of staff sees it; Camunda administrators change
 * it (national, regional days, the SKB of a year, a unit's working week), import the
 * holiday file again and recompute the open clocks after a change. Every change is kept
 * with who made it (docs/sla.md, ADR 0020).
 */
@Controller
class CalendarController {

	/** Camunda's administrators' group; the only one allowed to change the calendar. */
	static final String ADMIN_AUTHORITY = "GROUP_camunda-admin";

	private static final String PAGE = "redirect:/staff/calendar";

	private final HolidayCalendar calendar;

	private final Timekeeper timekeeper;

	private final SlaClock sla;

	private final Units units;

	private final AuditLog audit;

	CalendarController(HolidayCalendar calendar, Timekeeper timekeeper, SlaClock sla, Units units, AuditLog audit) {
		this.calendar = calendar;
		this.timekeeper = timekeeper;
		this.sla = sla;
		this.units = units;
		this.audit = audit;
	}

	@GetMapping("/staff/calendar")
	String show(Authentication user, Model model) {
		Map<Integer, List<Holiday>> byYear = new TreeMap<>();
		this.calendar.holidays()
			.forEach((holiday) -> byYear.computeIfAbsent(holiday.date().getYear(), (year) -> new ArrayList<>())
				.add(holiday));
		model.addAttribute("years", byYear);
		model.addAttribute("decrees", this.calendar.decrees());
		model.addAttribute("yearsWithoutDecree", this.timekeeper.deadlineYearsWithoutDecree());
		model.addAttribute("regional", this.calendar.regionalHolidays());
		model.addAttribute("regions", this.sla.regions());
		model.addAttribute("regionNames", regionNames());
		model.addAttribute("units", units());
		model.addAttribute("weeks", this.calendar.weeks());
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("changes", this.calendar.changes());
		model.addAttribute("kinds", List.of(Holiday.Kind.NATIONAL, Holiday.Kind.COLLECTIVE_LEAVE));
		model.addAttribute("mayEdit", isAdmin(user));
		// The audit log is read at the complaint unit, in Western Indonesia.
		model.addAttribute("zone", java.time.ZoneId.of("Asia/Jakarta"));
		return "staff/calendar";
	}

	@PostMapping("/staff/calendar")
	String put(@RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String name, Authentication user, RedirectAttributes redirect) {
		requireAdmin(user);
		LocalDate day = parse(date);
		if (day == null || name.isBlank() || name.length() > 200 || !isKind(kind)) {
			redirect.addFlashAttribute("error", (day == null) ? "calendar.error.date"
					: (!isKind(kind) ? "calendar.error.kind" : "calendar.error.name"));
			redirect.addFlashAttribute("date", date);
			redirect.addFlashAttribute("name", name);
			return PAGE;
		}
		this.calendar.put(new Holiday(day, Holiday.Kind.valueOf(kind), name.strip()), user.getName());
		redirect.addFlashAttribute("saved", day.toString());
		return PAGE;
	}

	@PostMapping("/staff/calendar/remove")
	String remove(@RequestParam String date, Authentication user, RedirectAttributes redirect) {
		requireAdmin(user);
		LocalDate day = parse(date);
		if (day != null && this.calendar.remove(day, user.getName())) {
			redirect.addFlashAttribute("removed", day.toString());
		}
		return PAGE;
	}

	/** Reads calendar/holidays.csv again; a second run changes nothing. */
	@PostMapping("/staff/calendar/import")
	String importFile(Authentication user, RedirectAttributes redirect) {
		requireAdmin(user);
		HolidayCalendar.ImportResult result = this.calendar.importFile(user.getName());
		this.audit.record(AuditAction.CALENDAR_IMPORTED, user.getName(), null,
				"holidays.csv: +" + result.added() + " ~" + result.changed() + " SKB " + result.years());
		redirect.addFlashAttribute("imported", List.of(result.added(), result.changed(), result.years()));
		return PAGE;
	}

	/** ADR 0020: the open clocks count again in today's calendar, the engine follows. */
	@PostMapping("/staff/calendar/recompute")
	String recompute(Authentication user, RedirectAttributes redirect) {
		requireAdmin(user);
		Timekeeper.Recomputation result = this.timekeeper.recompute();
		this.audit.record(AuditAction.DEADLINES_RECOMPUTED, user.getName(), null,
				result.moved() + "/" + result.clocks());
		redirect.addFlashAttribute("recomputed", List.of(result.moved(), result.clocks()));
		return PAGE;
	}

	@PostMapping("/staff/calendar/decree")
	String decree(@RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String decree,
			Authentication user, RedirectAttributes redirect) {
		requireAdmin(user);
		Map<String, String> errors = new LinkedHashMap<>();
		Integer value = parseYear(year);
		if (value == null) {
			errors.put("year", "calendar.error.year");
		}
		if (decree.isBlank() || decree.length() > 200) {
			errors.put("decree", "calendar.error.decree");
		}
		if (!errors.isEmpty()) {
			return refuse(redirect, "decreeErrors", errors, Map.of("decreeYear", year, "decreeText", decree));
		}
		this.calendar.putDecree(value, decree.strip(), user.getName());
		// As text: a message would print the year with a thousands separator.
		redirect.addFlashAttribute("decreeSaved", String.valueOf(value));
		return PAGE;
	}

	@PostMapping("/staff/calendar/regional")
	String putRegional(@RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "") String name, Authentication user, RedirectAttributes redirect) {
		requireAdmin(user);
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.sla.region(region).isEmpty()) {
			errors.put("region", "calendar.error.region");
		}
		LocalDate day = parse(date);
		if (day == null) {
			errors.put("date", "calendar.error.date");
		}
		if (name.isBlank() || name.length() > 200) {
			errors.put("name", "calendar.error.name");
		}
		if (!errors.isEmpty()) {
			return refuse(redirect, "regionalErrors", errors,
					Map.of("regionalRegion", region, "regionalDate", date, "regionalName", name));
		}
		this.calendar.putRegional(new RegionalHoliday(region, day, name.strip()), user.getName());
		redirect.addFlashAttribute("saved", day.toString());
		return PAGE;
	}

	@PostMapping("/staff/calendar/regional/remove")
	String removeRegional(@RequestParam String region, @RequestParam String date, Authentication user,
			RedirectAttributes redirect) {
		requireAdmin(user);
		LocalDate day = parse(date);
		if (day != null && this.calendar.removeRegional(region, day, user.getName())) {
			redirect.addFlashAttribute("removed", day.toString());
		}
		return PAGE;
	}

	/**
	 * A unit's working week: its days, opening and closing time, a shorter Friday, and
	 * shorter hours for a period such as Ramadan.
	 */
	@PostMapping("/staff/calendar/week")
	String putWeek(@RequestParam(defaultValue = "") String unit,
			@RequestParam(name = "day", required = false) List<String> dayNames,
			@RequestParam(defaultValue = "") String opens, @RequestParam(defaultValue = "") String closes,
			@RequestParam(defaultValue = "") String fridayCloses, @RequestParam(defaultValue = "") String shortFrom,
			@RequestParam(defaultValue = "") String shortTo, @RequestParam(defaultValue = "") String shortCloses,
			Authentication user, RedirectAttributes redirect) {
		requireAdmin(user);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!units().containsKey(unit)) {
			errors.put("unit", "calendar.error.unit");
		}
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String name : (dayNames != null) ? dayNames : List.<String>of()) {
			try {
				days.add(DayOfWeek.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				errors.put("days", "calendar.error.days");
			}
		}
		if (days.isEmpty()) {
			errors.put("days", "calendar.error.days");
		}
		LocalTime open = time(opens);
		LocalTime close = time(closes);
		if (open == null || close == null || !open.isBefore(close)) {
			errors.put("hours", "calendar.error.hours");
		}
		LocalTime friday = fridayCloses.isBlank() ? null : time(fridayCloses);
		if (!fridayCloses.isBlank() && (friday == null || open == null || !open.isBefore(friday))) {
			errors.put("fridayCloses", "calendar.error.fridayCloses");
		}
		boolean shortened = !(shortFrom.isBlank() && shortTo.isBlank() && shortCloses.isBlank());
		LocalDate from = shortened ? parse(shortFrom) : null;
		LocalDate to = shortened ? parse(shortTo) : null;
		LocalTime shortClose = shortened ? time(shortCloses) : null;
		if (shortened && (from == null || to == null || to.isBefore(from) || shortClose == null || open == null
				|| !open.isBefore(shortClose))) {
			errors.put("short", "calendar.error.short");
		}
		if (!errors.isEmpty()) {
			// What was typed comes back beside its message, not the defaults.
			redirect.addFlashAttribute("weekDays", (dayNames != null) ? dayNames : List.of());
			return refuse(redirect, "weekErrors", errors,
					Map.of("weekUnit", unit, "weekOpens", opens, "weekCloses", closes, "weekFriday", fridayCloses,
							"weekShortFrom", shortFrom, "weekShortTo", shortTo, "weekShortCloses", shortCloses));
		}
		this.calendar.putWeek(unit, new WorkingWeek(days, open, close, friday, from, to, shortClose), user.getName());
		redirect.addFlashAttribute("weekSaved", unit);
		return PAGE;
	}

	/**
	 * A field the input rules refuse (a NUL character) is told on the form, like any
	 * other mistake; nothing is changed.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String refused(HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("error", "typeMismatch.java.lang.String");
		return PAGE;
	}

	private static String refuse(RedirectAttributes redirect, String name, Map<String, String> errors,
			Map<String, String> values) {
		redirect.addFlashAttribute(name, errors);
		values.forEach(redirect::addFlashAttribute);
		return PAGE;
	}

	/** The units a working week can be set for: the complaint unit and every SKPD. */
	private Map<String, String> units() {
		Map<String, String> units = new LinkedHashMap<>();
		units.put(HolidayCalendar.COMPLAINT_UNIT, "Unit pengaduan");
		for (Skpd skpd : this.units.all()) {
			units.put(skpd.code(), skpd.name());
		}
		return units;
	}

	private Map<String, String> regionNames() {
		Map<String, String> names = new LinkedHashMap<>();
		for (Region region : this.sla.regions()) {
			names.put(region.code(), region.name());
		}
		return names;
	}

	private static boolean isAdmin(Authentication user) {
		return user != null && user.getAuthorities().stream().anyMatch((a) -> ADMIN_AUTHORITY.equals(a.getAuthority()));
	}

	private static void requireAdmin(Authentication user) {
		if (!isAdmin(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private static boolean isKind(String kind) {
		return "NATIONAL".equals(kind) || "COLLECTIVE_LEAVE".equals(kind);
	}

	/** A day of a calendar year someone can mean; anything else is not a date here. */
	private static LocalDate parse(String date) {
		try {
			LocalDate day = LocalDate.parse(date);
			return Period.isWithinReach(day) ? day : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Integer parseYear(String year) {
		LocalDate day = year.matches("\\d{4}") ? parse(year + "-01-01") : null;
		return (day != null) ? day.getYear() : null;
	}

	private static LocalTime time(String value) {
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
