package id.pengaduan.supervision;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import id.pengaduan.StaffSession;
import id.pengaduan.sla.HolidayCalendar;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The working-day calendar as data: an administrator changes it, every change is audited,
 * others only read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarIntegrationTests {

	// Far from any date other tests count with.
	static final LocalDate DAY = LocalDate.of(2030, 1, 2);

	@LocalServerPort
	int port;

	@Autowired
	SlaClock sla;

	@Autowired
	HolidayCalendar calendar;

	@Autowired
	ComplaintTasks tasks;

	@Test
	void anAdministratorAddsAHolidayThatDeadlinesThenSkipAndTheChangeIsAudited() {
		StaffSession admin = StaffSession.login(this.port, "admin", "admin");
		assertThat(this.sla.calendar().isWorkingDay(DAY)).isTrue();

		HttpResponse<String> saved = admin.post("/staff/calendar", "/staff/calendar",
				Map.of("date", DAY.toString(), "kind", "COLLECTIVE_LEAVE", "name", "Cuti bersama uji"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.sla.calendar().isWorkingDay(DAY)).isFalse();
		String page = admin.get("/staff/calendar").body();
		assertThat(page).contains("Cuti bersama uji").contains("Ditambah/diubah").contains(">admin<");

		admin.post("/staff/calendar", "/staff/calendar/remove", Map.of("date", DAY.toString()));
		assertThat(this.sla.calendar().isWorkingDay(DAY)).isTrue();
		assertThat(admin.get("/staff/calendar").body()).contains("Dihapus");
	}

	@Test
	void theAuditTellsTheTimeByTheApplicationsOneClock() {
		StaffSession admin = StaffSession.login(this.port, "admin", "admin");
		Instant moment = Instant.parse("2030-01-01T03:00:00Z");

		this.tasks.runAt(moment, () -> admin.post("/staff/calendar", "/staff/calendar",
				Map.of("date", DAY.plusDays(1).toString(), "kind", "NATIONAL", "name", "Libur uji jam")));

		assertThat(this.calendar.changes().get(0).name()).isEqualTo("Libur uji jam");
		assertThat(this.calendar.changes().get(0).at()).isEqualTo(moment);
		admin.post("/staff/calendar", "/staff/calendar/remove", Map.of("date", DAY.plusDays(1).toString()));
	}

	@Test
	void otherStaffSeeTheCalendarButCannotChangeIt() {
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");

		String page = verifier.get("/staff/calendar").body();
		HttpResponse<String> refused = verifier.post("/staff/calendar", "/staff/calendar",
				Map.of("date", DAY.toString(), "kind", "NATIONAL", "name", "Libur palsu"));

		assertThat(page).contains("Hari Kemerdekaan Republik Indonesia")
			.contains("Hanya administrator yang dapat mengubah kalender.");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(this.sla.calendar().isWorkingDay(DAY)).isTrue();
	}

	@Test
	void aBadDateIsExplainedAndChangesNothing() {
		StaffSession admin = StaffSession.login(this.port, "admin", "admin");

		admin.post("/staff/calendar", "/staff/calendar", Map.of("date", "31-12-2030", "kind", "NATIONAL", "name", "X"));

		assertThat(admin.get("/staff/calendar").body()).contains("Tanggal tidak valid.");
	}

}
