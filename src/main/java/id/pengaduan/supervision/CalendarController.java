package id.pengaduan.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

import id.pengaduan.sla.Holiday;
import id.pengaduan.sla.HolidayCalendar;
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
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working-day calendar: every member of staff sees it, Camunda administrators change
 * it, and every change is kept with who made it (docs/sla.md).
 */
@Controller
class CalendarController {

	/** Camunda's administrators' group; the only one allowed to change the calendar. */
	static final String ADMIN_AUTHORITY = "GROUP_camunda-admin";

	private final HolidayCalendar calendar;

	CalendarController(HolidayCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/staff/calendar")
	String show(Authentication user, Model model) {
		Map<Integer, java.util.List<Holiday>> byYear = new TreeMap<>();
		this.calendar.holidays()
			.forEach(
					(holiday) -> byYear.computeIfAbsent(holiday.date().getYear(), (year) -> new java.util.ArrayList<>())
						.add(holiday));
		model.addAttribute("years", byYear);
		model.addAttribute("changes", this.calendar.changes());
		model.addAttribute("kinds", Holiday.Kind.values());
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
			return "redirect:/staff/calendar";
		}
		this.calendar.put(new Holiday(day, Holiday.Kind.valueOf(kind), name.strip()), user.getName());
		redirect.addFlashAttribute("saved", day.toString());
		return "redirect:/staff/calendar";
	}

	@PostMapping("/staff/calendar/remove")
	String remove(@RequestParam String date, Authentication user, RedirectAttributes redirect) {
		requireAdmin(user);
		LocalDate day = parse(date);
		if (day != null && this.calendar.remove(day, user.getName())) {
			redirect.addFlashAttribute("removed", day.toString());
		}
		return "redirect:/staff/calendar";
	}

	/**
	 * A field the input rules refuse (a NUL character) is told on the form, like any
	 * other mistake; nothing is changed.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String refused(HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("error", "typeMismatch.java.lang.String");
		return "redirect:/staff/calendar";
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

}
