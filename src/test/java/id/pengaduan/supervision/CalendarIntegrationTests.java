package id.pengaduan.supervision;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import id.pengaduan.Citizen;
import id.pengaduan.StaffSession;
import id.pengaduan.sla.HolidayCalendar;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

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

	@Autowired
	JdbcTemplate jdbc;

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

	@Test
	void theHolidayFileCanBeImportedAgainAndASecondRunChangesNothing() {
		StaffSession admin = StaffSession.login(this.port, "admin", "admin");
		// Labour Day 2031, a Thursday.
		LocalDate labourDay = LocalDate.of(2031, 5, 1);
		admin.post("/staff/calendar", "/staff/calendar/remove", Map.of("date", labourDay.toString()));
		assertThat(this.sla.calendar().isWorkingDay(labourDay)).isTrue();

		admin.post("/staff/calendar", "/staff/calendar/import", Map.of());
		String first = admin.get("/staff/calendar").body();
		admin.post("/staff/calendar", "/staff/calendar/import", Map.of());
		String second = admin.get("/staff/calendar").body();

		assertThat(first).contains("Impor selesai: 1 hari ditambah, 0 hari diubah, 0 tahun SKB dicatat.");
		assertThat(second).contains("Impor selesai: 0 hari ditambah, 0 hari diubah, 0 tahun SKB dicatat.");
		assertThat(this.sla.calendar().isWorkingDay(labourDay)).isFalse();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'CALENDAR_IMPORTED' and actor = 'admin'",
				Integer.class))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aRunningDeadlineInAYearWithoutItsDecreeIsFlaggedUntilTheDecreeIsEntered() {
		// Monday 9 Jan 2034: no SKB of 2034 is in the calendar.
		this.tasks.runAt(Instant.parse("2034-01-09T02:00:00Z"), () -> Citizen.submit(this.port, Map.of()));
		StaffSession admin = StaffSession.login(this.port, "admin", "admin");
		StaffSession verifier = StaffSession.login(this.port, "verifikator", "demo");

		assertThat(warning(admin.get("/staff/calendar").body())).contains("2034")
			.contains("SKB 3 Menteri-nya belum dimasukkan");
		assertThat(warning(verifier.get("/staff/dashboard").body())).contains("2034");

		admin.post("/staff/calendar", "/staff/calendar/decree", Map.of("year", "20x4", "decree", ""));
		String refused = admin.get("/staff/calendar").body();
		assertThat(refused).contains("id=\"decree-year-error\">Isi tahun dengan empat angka, misalnya 2027.</span>")
			.contains("id=\"decree-text-error\">Isi nomor SKB (paling banyak 200 karakter).</span>");

		admin.post("/staff/calendar", "/staff/calendar/decree",
				Map.of("year", "2034", "decree", "SKB Menag, Menaker, MenPANRB 2033"));
		assertThat(admin.get("/staff/calendar").body()).contains("SKB tahun 2034 tercatat.");
		assertThat(warning(admin.get("/staff/calendar").body())).doesNotContain("2034");
	}

	@Test
	void aRegionalHolidayIsADayOffForThatRegionsClocksOnly() {
		StaffSession admin = StaffSession.login(this.port, "admin", "admin");
		LocalDate anniversary = LocalDate.of(2030, 4, 2);

		admin.post("/staff/calendar", "/staff/calendar/regional",
				Map.of("region", "atlantis", "date", "2030-13-01", "name", ""));
		String refused = admin.get("/staff/calendar").body();
		admin.post("/staff/calendar", "/staff/calendar/regional",
				Map.of("region", "kota-semarang", "date", anniversary.toString(), "name", "Hari Jadi Kota uji"));

		assertThat(refused).contains("id=\"regional-region-error\">Pilih daerah dari daftar.</span>")
			.contains("id=\"regional-date-error\">Tanggal tidak valid.</span>")
			.contains("id=\"regional-name-error\">Isi keterangan (paling banyak 200 karakter).</span>");
		assertThat(this.sla.calendar("kota-semarang", null).isWorkingDay(anniversary)).isFalse();
		assertThat(this.sla.calendar("kab-kendal", null).isWorkingDay(anniversary)).isTrue();
		assertThat(this.sla.calendar().isWorkingDay(anniversary)).isTrue();
		assertThat(admin.get("/staff/calendar").body()).contains("Hari Jadi Kota uji").contains("Kota Semarang");

		admin.post("/staff/calendar", "/staff/calendar/regional/remove",
				Map.of("region", "kota-semarang", "date", anniversary.toString()));
		assertThat(this.sla.calendar("kota-semarang", null).isWorkingDay(anniversary)).isTrue();
	}

	@Test
	void aUnitThatWorksSaturdaysCountsThemAndBadHoursAreExplained() {
		StaffSession admin = StaffSession.login(this.port, "admin", "admin");
		LocalDate saturday = LocalDate.of(2030, 1, 5);

		admin.post("/staff/calendar", "/staff/calendar/week",
				Map.of("unit", "disdik", "day", "MONDAY", "opens", "16:00", "closes", "08:00"));
		String refused = admin.get("/staff/calendar").body();
		assertThat(refused)
			.contains("id=\"week-hours-error\">Isi jam buka dan jam tutup; jam tutup harus sesudah jam buka.</span>")
			.contains("name=\"opens\" value=\"16:00\"");
		assertThat(this.sla.calendar(null, "disdik").isWorkingDay(saturday)).isFalse();

		admin.post("/staff/calendar", "/staff/calendar/week", Map.of("unit", "disdik", "day",
				"MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY", "opens", "08:00", "closes", "14:00"));
		assertThat(admin.get("/staff/calendar").body()).contains("Hari kerja unit disdik tersimpan.");
		assertThat(this.sla.calendar(null, "disdik").isWorkingDay(saturday)).isTrue();
		assertThat(this.sla.calendar(null, "dinkes").isWorkingDay(saturday)).isFalse();

		// Back to the default week, for the other tests on this database.
		admin.post("/staff/calendar", "/staff/calendar/week", Map.of("unit", "disdik", "day",
				"MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY", "opens", "08:00", "closes", "16:00"));
	}

	private static String warning(String page) {
		int start = page.indexOf("id=\"decree-missing\"");
		return (start < 0) ? "" : page.substring(start, page.indexOf("</p>", start));
	}

}
